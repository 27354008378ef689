// Writes dist/handoff.schema.json: the packet schema as one self-contained
// file, for yamlValidation (Red Hat YAML) and for SchemaStore. schemas/ stays
// the normative, split form; here every section file goes under `$defs` and
// every `$ref` becomes a pointer into this one document, so a validator never
// has to fetch anything (offline, behind a proxy, or before the site exists).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT_SCHEMA_ID, schemaFiles } from './build-schema-validator.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLED_SCHEMA_PATH = join(root, 'dist', 'handoff.schema.json');

/** `sections/owners.schema.json` → `owners`: the key of that file under the bundle's `$defs`. */
const keyOf = (id) => basename(new URL(id).pathname).replace(/\.schema\.json$/, '');

export function bundleSchema() {
  const byId = new Map();
  for (const file of schemaFiles()) {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof schema.$id !== 'string') throw new Error(`${file} has no $id`);
    byId.set(schema.$id, schema);
  }
  const rootSchema = byId.get(ROOT_SCHEMA_ID);
  if (!rootSchema) throw new Error(`root schema ${ROOT_SCHEMA_ID} not found`);

  /** A `$ref` of the file `baseId`, as a pointer into the bundle. */
  const rewrite = (ref, baseId) => {
    const target = new URL(ref, baseId);
    const fragment = decodeURIComponent(target.hash.slice(1));
    target.hash = '';
    const id = target.toString();
    if (!byId.has(id)) throw new Error(`${baseId}: $ref ${ref} points outside schemas/`);
    if (fragment !== '' && !fragment.startsWith('/')) throw new Error(`${baseId}: $ref ${ref} uses an anchor; only JSON pointers are bundled`);
    const prefix = id === ROOT_SCHEMA_ID ? '' : `/$defs/${keyOf(id)}`;
    return `#${prefix}${fragment}`;
  };
  const walk = (node, baseId) => {
    if (Array.isArray(node)) return node.map((n) => walk(n, baseId));
    if (!node || typeof node !== 'object') return node;
    const out = {};
    for (const [k, v] of Object.entries(node)) out[k] = k === '$ref' && typeof v === 'string' ? rewrite(v, baseId) : walk(v, baseId);
    return out;
  };

  const defs = {};
  for (const [id, schema] of byId) {
    if (id === ROOT_SCHEMA_ID) continue;
    const key = keyOf(id);
    if (key in defs || key in (rootSchema.$defs ?? {})) throw new Error(`two schema files bundle to $defs/${key}`);
    // An embedded $id would make its `#/…` refs point into itself; they are rewritten to the bundle's root instead.
    const { $id: _id, $schema: _schema, ...body } = walk(schema, id);
    defs[key] = body;
  }
  const bundled = walk(rootSchema, ROOT_SCHEMA_ID);
  bundled.$defs = { ...(bundled.$defs ?? {}), ...defs };
  return bundled;
}

export function buildBundledSchema() {
  const text = `${JSON.stringify(bundleSchema(), null, 2)}\n`;
  mkdirSync(dirname(BUNDLED_SCHEMA_PATH), { recursive: true });
  const tmp = `${BUNDLED_SCHEMA_PATH}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, BUNDLED_SCHEMA_PATH);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildBundledSchema();
  console.log(`bundled schema written to ${BUNDLED_SCHEMA_PATH}`);
}
