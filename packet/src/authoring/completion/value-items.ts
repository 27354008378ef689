import type { PathSegment, Span } from '../../diagnostic';
import { CHANGE_CLASSES, CHANGE_KINDS } from '../../format';
import { referenceKindAt } from '../quick-index';
import { entryOf, nodeAtPath, scalarText } from '../quick-tree/lookup';
import type { QuickTree } from '../quick-tree/types';
import { enumValues, schemaAt, variantFor } from '../schema-model';
import { exceptionTypeItems } from './exception-type-items';
import { idItems, order } from './id-items';
import type { CompletionOptions, PacketCompletion } from './types';

export interface ValueRequest {
  path: PathSegment[];
  range: Span;
  /** Values the list already holds (left out). */
  siblings: readonly string[];
  /** Put before each value: a space after a bare colon, or `- ` for a new list item. */
  insertPrefix: string;
}

/** Values that fit at `path`: ids, exception types, change kinds, a closed vocabulary, or a boolean. */
export function valueItems(tree: QuickTree, req: ValueRequest, options: CompletionOptions): PacketCompletion[] {
  const { path, range, siblings, insertPrefix } = req;
  if (path.length === 4 && path[0] === 'exceptions' && path[1] === 'types' && typeof path[2] === 'number' && path[3] === 'type') {
    return exceptionTypeItems(tree, path[2], range, options, insertPrefix);
  }
  const refKind = referenceKindAt(path);
  if (refKind) return idItems(refKind, path, tree, range, siblings, insertPrefix);
  const schema = schemaAt(path);
  const scalar = schema && variantFor(schema, 'scalar');
  if (!scalar) return [];
  const out: PacketCompletion[] = [];
  const skip = new Set(siblings);
  const isChangeKind = scalar.defName === 'changeKind';
  const isResponsibility = scalar.defName === 'responsibility';
  for (const v of enumValues(scalar)) {
    if (skip.has(v.value)) continue;
    let detail = scalar.title;
    if (isChangeKind) detail = `default class: ${CHANGE_KINDS[v.value] ?? '?'}${movedNote(path, v.value)}`;
    if (isResponsibility) detail = ownedBy(tree, v.value, path);
    out.push({ label: v.value, kind: isChangeKind ? 'change-kind' : 'value', detail, documentation: v.doc, range, insertText: insertPrefix + v.value, snippet: false, sortText: order(out.length) });
  }
  if (out.length === 0 && scalar.node.type === 'boolean') {
    for (const b of ['true', 'false']) {
      out.push({ label: b, kind: 'value', detail: scalar.title, documentation: scalar.doc, range, insertText: insertPrefix + b, snippet: false, sortText: order(out.length) });
    }
  }
  if (out.length === 0 && scalar.node.const !== undefined) {
    const c = String(scalar.node.const);
    out.push({ label: c, kind: 'value', detail: scalar.title, documentation: scalar.doc, range, insertText: insertPrefix + c, snippet: false, sortText: order(0) });
  }
  return out;
}

/** Under a class other than its default, a kind moves there for this packet: say so. */
function movedNote(path: readonly PathSegment[], kind: string): string {
  const cls = path[0] === 'changes' ? path[1] : undefined;
  if (typeof cls !== 'string' || !(CHANGE_CLASSES as readonly string[]).includes(cls) || CHANGE_KINDS[kind] === cls) return '';
  return ` → moves to ${cls}`;
}

/** Who already owns a responsibility, so the author sees gaps and overlaps while typing. */
function ownedBy(tree: QuickTree, responsibility: string, path: readonly PathSegment[]): string {
  const owners = nodeAtPath(tree, ['owners']);
  const holders: string[] = [];
  if (owners?.type === 'seq') {
    owners.items.forEach((it, i) => {
      if (it.value?.type !== 'map' || (path[0] === 'owners' && path[1] === i)) return;
      const owns = entryOf(it.value, 'owns')?.value;
      if (owns?.type === 'seq' && owns.items.some((x) => scalarText(x.value) === responsibility)) holders.push(scalarText(entryOf(it.value, 'id')?.value) ?? `owner ${i + 1}`);
    });
  }
  return holders.length > 0 ? `also owned by ${holders.join(', ')}` : 'not owned by anyone yet';
}
