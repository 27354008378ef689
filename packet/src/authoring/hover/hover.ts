import type { Span } from '../../diagnostic';
import { CHANGE_KINDS, KNOWN_EXCEPTION_TYPES } from '../../format';
import { DECLARATION_LISTS, STEP_END } from '../../model/id-index';
import { capitalise, knownExceptionTypes, knownTypeMarkdown } from '../exception-types';
import { summarise } from '../describe';
import { declarationKindAt, quickIndex, referenceKindAt } from '../quick-index';
import { nodeAt, quickTree, type NodeHit } from '../quick-tree/lookup';
import type { QuickTree } from '../quick-tree/types';
import { enumValues, isRequired, propertyNames, schemaAt, variantFor } from '../schema-model';

export interface PacketHover {
  /** Markdown. */
  markdown: string;
  span: Span;
}

export interface HoverOptions {
  /** Exception types from the `handoff.exceptionTypes` setting. */
  exceptionTypes?: readonly string[];
}

/**
 * What the thing under the cursor means: a key's purpose (from the schema),
 * a vocabulary value's meaning, or the summary of the entry an id points at.
 * Reads the quick tree only, so it answers at once on any file size.
 */
export function hoverAt(text: string, offset: number, options: HoverOptions = {}): PacketHover | undefined {
  const tree = quickTree(text);
  const hit = nodeAt(tree, offset);
  if (!hit) return undefined;
  const markdown = aliasHover(text, hit) ?? (hit.on === 'key' ? keyHover(hit) : valueHover(tree, hit, options));
  return markdown ? { markdown, span: hit.span } : undefined;
}

const MERGE_NOTE = 'A field written in this mapping wins over a merged one, as in YAML 1.1, docker-compose and GitLab CI files.';

/** A merge key (`<<`) or an alias (`*name`): what it brings in, and from where. The quick tree does not resolve them, so the text is read. */
function aliasHover(text: string, hit: NodeHit): string | undefined {
  if (hit.on === 'key') {
    if (hit.path[hit.path.length - 1] !== '<<') return undefined;
    return `**Merge key** · \`<<\`\n\nCopies every field of the mapping it names (an alias such as \`*defaults\`, or a list of them) into this mapping, and the checks read them as written here. ${MERGE_NOTE}`;
  }
  const value = hit.scalar?.style === 'plain' ? hit.scalar.value : '';
  const m = /^\*([^\s,[\]{}]+)$/.exec(value.trim());
  if (!m) return undefined;
  const name = m[1];
  const at = text.lastIndexOf(`&${name}`, hit.span.start);
  if (at < 0) return `**Alias** · \`*${name}\`\n\nNo anchor \`&${name}\` is written before this alias, so it stands for nothing. Define the anchor first.`;
  const line = countLines(text, at) + 1;
  const merged = hit.path[hit.path.length - 1] === '<<' ? ` Its fields are merged into this mapping. ${MERGE_NOTE}` : '';
  return `**Alias** · \`*${name}\`\n\nStands for the value anchored as \`&${name}\` on line ${line}.${merged}`;
}

function countLines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function keyHover(hit: NodeHit): string | undefined {
  const key = hit.path[hit.path.length - 1] as string;
  const parentPath = hit.path.slice(0, -1);
  const parent = schemaAt(parentPath);
  const schema = schemaAt(hit.path);
  if (!schema) {
    const known = parent ? propertyNames(parent) : [];
    if (known.length === 0) return undefined;
    return `**\`${key}\`** is not a key the format defines here, so tools ignore what it says.\n\nKeys that belong here: ${known.map((k) => `\`${k}\``).join(', ')}.`;
  }
  const required = parent && isRequired(parent, key) ? ' · required' : '';
  const parts = [`**${schema.title ?? key}** · \`${key}\`${required}`];
  if (schema.doc) parts.push(schema.doc);
  const refKind = referenceKindAt(hit.path) ?? referenceKindAt([...hit.path, 0]);
  if (refKind) parts.push(`Takes ${refKind === 'step' ? 'step ids (or `done`)' : `${refKind} ids`} declared under \`${DECLARATION_LISTS[refKind].join('.')}\`.`);
  const values = enumValues(schema).length > 0 ? enumValues(schema) : (schemaAt([...hit.path, 0]) && enumValues(schemaAt([...hit.path, 0])!)) || [];
  if (values.length > 0) parts.push(`Values: ${values.map((v) => `\`${v.value}\``).join(', ')}.`);
  return parts.join('\n\n');
}

function valueHover(tree: QuickTree, hit: NodeHit, options: HoverOptions): string | undefined {
  const path = hit.path;
  const value = hit.scalar?.value ?? '';
  if (hit.scalar?.style === 'block' || value === '') return undefined;
  if (path.length === 4 && path[0] === 'exceptions' && path[1] === 'types' && path[3] === 'type') return exceptionTypeHover(value, options);

  const index = quickIndex(tree);
  const declKind = declarationKindAt(path);
  if (declKind) {
    const decls = index.declared(declKind).get(value) ?? [];
    const decl = decls.find((d) => d.span.start === hit.span.start) ?? decls[0];
    if (!decl) return undefined;
    const twice = decls.length > 1 ? `\n\n**${decls.length} entries declare this id**: references cannot tell them apart. Rename all but one.` : '';
    return summarise(decl, index).markdown + twice;
  }
  const refKind = referenceKindAt(path);
  if (refKind) {
    if (refKind === 'step' && value === STEP_END) return '**`done`** ends the run here: no step follows.';
    // No reference count here: it would read every section, and the hover would wait for it.
    const decl = index.declared(refKind).get(value)?.[0];
    if (decl) return summarise(decl).markdown;
    return `**\`${value}\`** is not declared: no entry under \`${DECLARATION_LISTS[refKind].join('.')}\` has this id.`;
  }

  const schema = schemaAt(path);
  const scalar = schema && variantFor(schema, 'scalar');
  if (!scalar) return undefined;
  const values = enumValues(scalar);
  if (values.length === 0) return undefined;
  const label = (scalar.title ?? String(path[path.length - 1])).toLowerCase();
  const match = values.find((v) => v.value === value);
  if (!match) return `**\`${value}\`** is not a valid ${label}. Use one of ${values.map((v) => `\`${v.value}\``).join(', ')}.`;
  const parts = [`**\`${value}\`** · ${label}`];
  if (match.doc) parts.push(match.doc);
  if (scalar.defName === 'changeKind' && !match.doc?.includes('Default class')) parts.push(`Default class: \`${CHANGE_KINDS[value]}\`.`);
  return parts.join('\n\n');
}

function exceptionTypeHover(type: string, options: HoverOptions): string {
  if ((KNOWN_EXCEPTION_TYPES as readonly string[]).includes(type)) {
    const known = knownExceptionTypes().find((t) => t.type === type)!;
    return knownTypeMarkdown(known);
  }
  if (options.exceptionTypes?.includes(type)) {
    return `**\`${type}\`** · your team's exception type\n\nDeclared in the \`handoff.exceptionTypes\` setting. ${capitalise('`means` should say what it looks like, so a reviewer recognises it.')}`;
  }
  return `**\`${type}\`** · this packet's own exception type\n\nNot one of the six known types; that is allowed. Say in \`means\` what it looks like, so a reviewer recognises it, and give it a \`response\` and an \`owner\`.`;
}
