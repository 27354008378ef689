import type { PathSegment } from '../diagnostic';
// The JSON Schemas are the one source of the words shown on hover and in
// completion. They are imported, so the bundler inlines them: no file is read
// at run time.
import handoff from '../../../schemas/handoff.schema.json';
import changes from '../../../schemas/sections/changes.schema.json';
import common from '../../../schemas/sections/common.schema.json';
import exceptions from '../../../schemas/sections/exceptions.schema.json';
import limits from '../../../schemas/sections/limits.schema.json';
import metrics from '../../../schemas/sections/metrics.schema.json';
import operations from '../../../schemas/sections/operations.schema.json';
import owners from '../../../schemas/sections/owners.schema.json';
import permissions from '../../../schemas/sections/permissions.schema.json';
import review from '../../../schemas/sections/review.schema.json';
import steps from '../../../schemas/sections/steps.schema.json';
import support from '../../../schemas/sections/support.schema.json';
import systems from '../../../schemas/sections/systems.schema.json';
import workflow from '../../../schemas/sections/workflow.schema.json';

export interface JsonSchema {
  $ref?: string;
  title?: string;
  description?: string;
  markdownDescription?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  $defs?: Record<string, JsonSchema>;
  examples?: unknown[];
  minItems?: number;
}

const FILES: Record<string, JsonSchema> = {
  'handoff.schema.json': handoff as unknown as JsonSchema,
  'sections/changes.schema.json': changes as unknown as JsonSchema,
  'sections/common.schema.json': common as unknown as JsonSchema,
  'sections/exceptions.schema.json': exceptions as unknown as JsonSchema,
  'sections/limits.schema.json': limits as unknown as JsonSchema,
  'sections/metrics.schema.json': metrics as unknown as JsonSchema,
  'sections/operations.schema.json': operations as unknown as JsonSchema,
  'sections/owners.schema.json': owners as unknown as JsonSchema,
  'sections/permissions.schema.json': permissions as unknown as JsonSchema,
  'sections/review.schema.json': review as unknown as JsonSchema,
  'sections/steps.schema.json': steps as unknown as JsonSchema,
  'sections/support.schema.json': support as unknown as JsonSchema,
  'sections/systems.schema.json': systems as unknown as JsonSchema,
  'sections/workflow.schema.json': workflow as unknown as JsonSchema,
};

/** A schema node with its `$ref`s followed; the words come from the outermost node that has them. */
export interface ResolvedSchema {
  /** The innermost node: type, enum, properties, items, anyOf. */
  node: JsonSchema;
  file: string;
  title?: string;
  /** Markdown. */
  doc?: string;
  /** The `$defs` name the value finally refers to (`ownerRef`, `authority`, …), if any. */
  defName?: string;
}

export interface EnumValue {
  value: string;
  /** Markdown. */
  doc?: string;
}

export function rootSchema(): ResolvedSchema {
  return resolve(FILES['handoff.schema.json'], 'handoff.schema.json');
}

/** The schema for the value at `path`, or undefined where the format defines nothing. */
export function schemaAt(path: readonly PathSegment[]): ResolvedSchema | undefined {
  let here: ResolvedSchema | undefined = rootSchema();
  for (const seg of path) {
    if (!here) return undefined;
    const holder: ResolvedSchema | undefined = variantFor(here, typeof seg === 'number' ? 'array' : 'object');
    if (!holder) return undefined;
    const child: JsonSchema | undefined = typeof seg === 'number' ? holder.node.items : holder.node.properties?.[seg];
    here = child ? resolve(child, holder.file) : undefined;
  }
  return here;
}

/** For a union (`anyOf`), the variant that is an object or an array; the schema itself otherwise. */
export function variantFor(s: ResolvedSchema, want: 'object' | 'array' | 'scalar'): ResolvedSchema | undefined {
  const variants = s.node.anyOf ?? s.node.oneOf;
  if (!variants) return kindOf(s.node) === want ? s : undefined;
  for (const v of variants) {
    const r = resolve(v, s.file);
    if (kindOf(r.node) === want) return { ...r, title: s.title ?? r.title, doc: s.doc ?? r.doc };
  }
  return undefined;
}

export function kindOf(node: JsonSchema): 'object' | 'array' | 'scalar' | 'union' {
  if (node.anyOf || node.oneOf) return 'union';
  if (node.type === 'object' || node.properties) return 'object';
  if (node.type === 'array' || node.items) return 'array';
  return 'scalar';
}

/** Property names of an object schema, in the schema's (the format's) order. */
export function propertyNames(s: ResolvedSchema): string[] {
  const obj = variantFor(s, 'object');
  return obj ? Object.keys(obj.node.properties ?? {}) : [];
}

export function propertySchema(s: ResolvedSchema, key: string): ResolvedSchema | undefined {
  const obj = variantFor(s, 'object');
  const child = obj?.node.properties?.[key];
  return child && obj ? resolve(child, obj.file) : undefined;
}

export function isRequired(s: ResolvedSchema, key: string): boolean {
  return variantFor(s, 'object')?.node.required?.includes(key) ?? false;
}

/** The closed vocabulary of a scalar schema, with each value's meaning. */
export function enumValues(s: ResolvedSchema): EnumValue[] {
  const scalar = variantFor(s, 'scalar');
  const values = scalar?.node.enum;
  if (!scalar || !values) return [];
  const docs = scalar.node.markdownEnumDescriptions ?? scalar.node.enumDescriptions ?? [];
  return values.map((v, i) => ({ value: String(v), doc: docs[i] }));
}

/** Follows `$ref` (across files) until a node without one; keeps the outermost title and description. */
export function resolve(node: JsonSchema, file: string): ResolvedSchema {
  let title = node.title;
  let doc = node.markdownDescription ?? node.description;
  let defName: string | undefined;
  let current = node;
  let currentFile = file;
  for (let hops = 0; current.$ref && hops < 16; hops++) {
    const target = lookupRef(current.$ref, currentFile);
    if (!target) break;
    defName = target.defName ?? defName;
    current = target.node;
    currentFile = target.file;
    title ??= current.title;
    doc ??= current.markdownDescription ?? current.description;
  }
  return { node: current, file: currentFile, title, doc, defName };
}

function lookupRef(ref: string, fromFile: string): { node: JsonSchema; file: string; defName?: string } | undefined {
  const [filePart, pointer = ''] = ref.split('#');
  const dir = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/') + 1) : '';
  const file = filePart ? normalise(dir + filePart) : fromFile;
  let node: unknown = FILES[file];
  let defName: string | undefined;
  for (const part of pointer.split('/').filter(Boolean)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    defName = part;
  }
  return node && typeof node === 'object' ? { node: node as JsonSchema, file, defName: pointer ? defName : undefined } : undefined;
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}
