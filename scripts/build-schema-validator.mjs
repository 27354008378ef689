// Compiles the packet schemas once, at build time, into standalone validation
// code, so neither the language server nor the CLI compiles a schema at start-up.
import { mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'packet', 'generated');

export const ROOT_SCHEMA_ID = 'https://handoff-packet.dev/schemas/v1/handoff.schema.json';

export function schemaFiles() {
  const files = [join(root, 'schemas', 'handoff.schema.json')];
  const sections = join(root, 'schemas', 'sections');
  for (const f of readdirSync(sections).sort()) if (f.endsWith('.json')) files.push(join(sections, f));
  return files;
}

export function createAjv(options = {}) {
  const ajv = new Ajv2020.default({ allErrors: true, strict: true, verbose: true, ...options });
  // Editor annotations that VS Code's and Red Hat's YAML tooling read.
  ajv.addVocabulary(['enumDescriptions', 'markdownEnumDescriptions', 'markdownDescription']);
  for (const f of schemaFiles()) ajv.addSchema(JSON.parse(readFileSync(f, 'utf8')));
  return ajv;
}

function writeAtomically(path, text) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export function buildSchemaValidator() {
  const ajv = createAjv({ code: { source: true, esm: false, lines: false } });
  const validate = ajv.getSchema(ROOT_SCHEMA_ID);
  if (!validate) throw new Error(`root schema ${ROOT_SCHEMA_ID} not found`);
  const code = standaloneCode.default(ajv, validate);
  mkdirSync(outDir, { recursive: true });
  writeAtomically(join(outDir, 'schema-validator.cjs'), code);
  writeAtomically(
    join(outDir, 'schema-validator.d.cts'),
    "import type { ErrorObject } from 'ajv';\ndeclare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };\nexport = validate;\n",
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildSchemaValidator();
  console.log('schema validator written to packet/generated/');
}
