import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import type { PathSegment } from '../diagnostic';
import { locate, type Located } from '../model/yaml-nodes';
import { hasGuess, inline, type TextWriter, type YMap } from './emit';
import { fieldValue } from './field-values';
import { insertKey, writeValueOf } from './insert';
import { keyOrder } from './key-order';
import type { FixContext, FixDraft, TextEdit } from './types';

/** Missing fields of one mapping, each with its placeholder or inferred value, in the mapping's natural order. */
export function insertFieldsFixes(ctx: FixContext, path: PathSegment[], fields: string[]): FixDraft[] {
  const target = locate(ctx.doc, path)?.value;
  const present = new Map<string, Pair<Scalar, Node | null>>();
  if (isMap(target)) for (const p of target.items) if (isPair(p) && isScalar(p.key)) present.set(String(p.key.value), p as Pair<Scalar, Node | null>);
  const order = keyOrder(path);
  const wanted = [...new Set(fields)].sort((a, b) => rank(order, a) - rank(order, b));
  // A field written but left blank (`approver:`, `safe: []`) gets its value
  // in place; a field with a value of its own is not the fix's to touch.
  const absent = wanted.filter((f) => !present.has(f));
  const blank = wanted.filter((f) => present.has(f) && isBlankNode(present.get(f)!.value));
  if (absent.length + blank.length === 0) return [];
  const w = ctx.writer();
  const values: YMap = {};
  for (const f of [...absent, ...blank]) values[f] = fieldValue(ctx.analysis, path, f);
  const edits: TextEdit[] = [];
  if (absent.length > 0) {
    const missing: YMap = {};
    for (const f of absent) missing[f] = values[f];
    const inserted = insertInOrder(ctx, path, missing, w);
    if (!inserted) return [];
    edits.push(...inserted);
  }
  for (const f of blank) {
    const pair = present.get(f)!;
    edits.push(writeValueOf(ctx, { key: pair.key, value: pair.value, pair }, values[f], w));
  }
  const names = wanted.filter((f) => f in values).map((f) => `\`${f}\``);
  const title = `Add ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`}`;
  return [{ title, edits, isPreferred: true, safe: !Object.values(values).some(hasGuess) }];
}

/** Nothing written: null, blank text or an empty list (what the rules call blank). */
function isBlankNode(v: Node | null): boolean {
  if (!v) return true;
  if (isScalar(v)) return v.value === null || (typeof v.value === 'string' && v.value.trim() === '');
  return isSeq(v) && v.items.length === 0;
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i < 0 ? order.length : i;
}

/**
 * Inserts each field as if the earlier ones were already there: fields that
 * share an insertion point are joined into one edit, in order.
 */
function insertInOrder(ctx: FixContext, path: PathSegment[], values: YMap, w: TextWriter): TextEdit[] | undefined {
  const at = locate(ctx.doc, path);
  if (!at) {
    const last = path[path.length - 1];
    if (typeof last !== 'string') return undefined;
    const edit = insertKey(ctx, path.slice(0, -1), last, values, w);
    return edit ? [edit] : undefined;
  }
  const node = at.value as Node | null | undefined;
  const empty = !node || (isScalar(node) && node.value === null);
  if (isMap(node) && node.items.length === 0 && node.flow && node.range) return [{ start: node.range[0], end: node.range[1], newText: inline(values, w) }];
  if (empty) return at.key ? [writeValueOf(ctx, at as Located & { key: Scalar }, values, w)] : undefined;
  const edits: TextEdit[] = [];
  for (const [key, value] of Object.entries(values)) {
    const edit = insertKey(ctx, path, key, value, w);
    if (!edit) return undefined;
    const same = edits.find((e) => e.start === edit.start && e.end === e.start && edit.end === edit.start);
    if (same) same.newText += edit.newText;
    else edits.push(edit);
  }
  return edits;
}
