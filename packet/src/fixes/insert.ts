// Writing a new key into a mapping, or a new entry into a list, the way the
// file is already written: block or flow, in natural key order, at the
// mapping's own indentation, creating missing parents on the way.

import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { PathSegment } from '../diagnostic';
import { locate, type Located } from '../model/yaml-nodes';
import { Flow, inline, isInline, isYMap, itemLines, mapLines, pairLines, type TextWriter, type YMap, type YValue } from './emit';
import { keyOrder } from './key-order';
import { afterContent, columnOf, endsWithNewline, lineContentEnd, lineStartOf, startsLine, trimBack } from './layout';
import type { FixContext, TextEdit } from './types';

const pad = (n: number) => ' '.repeat(n);

type KeyedPair = Pair<Scalar, Node | null> & { key: Scalar & { range: [number, number, number] } };

function keyedPairs(map: YAMLMap): KeyedPair[] {
  return map.items.filter((p): p is KeyedPair => isPair(p) && isScalar(p.key) && !!p.key.range);
}

/** Where a pair's content ends: its value's end, or its key's when the value is empty. */
export function pairEnd(p: KeyedPair | Pair): number {
  const k = (p.key as Node | null)?.range?.[1] ?? 0;
  const v = (p.value as Node | null)?.range?.[1] ?? 0;
  return Math.max(k, v);
}

/** The offset just past the `:` that follows a key. */
function colonEnd(text: string, key: Scalar): number {
  const i = text.indexOf(':', key.range![1]);
  return i < 0 ? key.range![1] : i + 1;
}

function isEmptyValue(v: Node | null | undefined): boolean {
  return !v || (isScalar(v) && v.value === null);
}

/** Joins lines, each indented by `col`, with the file's line ending. */
function block(lines: string[], col: number, eol: string): string {
  return lines.map((l) => pad(col) + l).join(eol);
}

/** Lines for `value` placed under a key in column `keyCol` (value not inline). */
function linesUnder(ctx: FixContext, value: YValue, keyCol: number, w: TextWriter): string {
  const { layout } = ctx;
  if (Array.isArray(value)) return block(itemLines(value, layout, w), keyCol + (layout.indentSeq ? layout.unit : 0), layout.eol);
  return block(mapLines(value as YMap, layout, w), keyCol + layout.unit, layout.eol);
}

/**
 * Writes `value` as the value of an existing key whose value is empty (or
 * `null`/`~`), or replaces an existing value outright.
 */
export function writeValueOf(ctx: FixContext, at: Located & { key: Scalar }, value: YValue, w: TextWriter): TextEdit {
  const { text, layout } = ctx;
  const keyCol = columnOf(text, at.key.range![0]);
  const from = colonEnd(text, at.key);
  const old = at.value;
  const hasSource = old?.range && old.range[1] > old.range[0];
  if (isInline(value)) {
    const to = hasSource ? old!.range![1] : from;
    return { start: from, end: to, newText: ` ${inline(value, w)}` };
  }
  const body = layout.eol + linesUnder(ctx, value, keyCol, w);
  // An empty value may still carry a comment on the key's line: keep it there.
  if (!hasSource) {
    const end = lineContentEnd(text, from);
    return { start: end, end, newText: body };
  }
  return { start: from, end: old!.range![1], newText: body };
}

/** Inserts `key: value` into the mapping at `mapPath`, creating the mapping (and its parents) when missing. */
export function insertKey(ctx: FixContext, mapPath: readonly PathSegment[], key: string, value: YValue, w: TextWriter): TextEdit | undefined {
  const doc = ctx.doc;
  const at: Located | undefined = mapPath.length === 0 ? { value: doc.contents as Node | null } : locate(doc, mapPath);
  if (!at) {
    const last = mapPath[mapPath.length - 1];
    if (typeof last !== 'string') return undefined;
    return insertKey(ctx, mapPath.slice(0, -1), last, { [key]: value }, w);
  }
  const node = at.value;
  if (isEmptyValue(node)) {
    if (at.key) return writeValueOf(ctx, at as Located & { key: Scalar }, { [key]: value }, w);
    if (mapPath.length === 0) return appendAtEnd(ctx, pairLines(key, value, ctx.layout, w));
    return undefined;
  }
  if (!isMap(node)) return undefined;
  const pairs = keyedPairs(node);
  if (pairs.some((p) => String(p.key.value) === key)) return undefined;
  const order = keyOrder(mapPath);
  const idx = order.indexOf(key);
  const known = pairs.filter((p) => order.includes(String(p.key.value)));
  const prev = idx < 0 ? pairs[pairs.length - 1] : [...known].reverse().find((p) => order.indexOf(String(p.key.value)) < idx);
  const before = prev ? undefined : (known.find((p) => order.indexOf(String(p.key.value)) > idx) ?? pairs[0]);
  if (node.flow || pairs.length === 0) return flowInsert(ctx, node, key, value, prev, before, w);
  const col = columnOf(ctx.text, pairs[0].key.range[0]);
  const gap = mapPath.length === 0 && ctx.layout.sectionGap;
  const lines = pairLines(key, likeSiblings(pairs, value), ctx.layout, w);
  return prev ? insertAfter(ctx, pairEnd(prev), lines, col, gap) : insertBefore(ctx, before!, lines, col, gap, mapPath.length === 0);
}

/** A list of plain entries is written inline when its sibling lists are (`safe_when: [a]` next to `unsafe_when: [b]`). */
function likeSiblings(pairs: KeyedPair[], value: YValue): YValue {
  if (!Array.isArray(value) || !value.every((v) => isInline(v) && !isYMap(v))) return value;
  const lists = pairs.map((p) => p.value).filter((v): v is YAMLSeq => isSeq(v));
  return lists.length > 0 && lists.every((l) => l.flow) ? new Flow(value) : value;
}

function appendAtEnd(ctx: FixContext, lines: string[]): TextEdit {
  const { text, layout } = ctx;
  const lead = endsWithNewline(text) ? '' : layout.eol;
  const gap = text.trim().length > 0 && layout.sectionGap ? layout.eol : '';
  return { start: text.length, end: text.length, newText: lead + gap + block(lines, 0, layout.eol) + layout.eol };
}

/** New lines after the line where `end` falls (after the content of a pair or entry). */
function insertAfter(ctx: FixContext, end: number, lines: string[], col: number, gap: boolean): TextEdit {
  const { text, layout } = ctx;
  const at = afterContent(text, end);
  const atEof = at === text.length && !endsWithNewline(text);
  const newText = (atEof ? layout.eol : '') + (gap ? layout.eol : '') + block(lines, col, layout.eol) + (atEof ? '' : layout.eol);
  return { start: at, end: at, newText };
}

function insertBefore(ctx: FixContext, first: KeyedPair, lines: string[], col: number, gap: boolean, topLevel: boolean): TextEdit {
  const { text, layout } = ctx;
  const keyStart = first.key.range[0];
  if (!startsLine(text, keyStart)) {
    // The key follows `- ` of a list entry: the new key takes the dash's line.
    const rest = lines.slice(1).map((l) => pad(col) + l);
    return { start: keyStart, end: keyStart, newText: [lines[0], ...rest].join(layout.eol) + layout.eol + pad(col) };
  }
  let at = lineStartOf(text, keyStart);
  // Comments right above a key belong to it, so go above them; but a comment
  // block opening the file is the file's header and stays first.
  let walk = at;
  while (walk > 0) {
    const prev = lineStartOf(text, walk - 1);
    const line = text.slice(prev, walk);
    if (!/^\s*#/.test(line) || columnOf(text, prev + line.indexOf('#')) !== col) break;
    walk = prev;
  }
  if (!(topLevel && walk === 0)) at = walk;
  return { start: at, end: at, newText: block(lines, col, layout.eol) + layout.eol + (gap ? layout.eol : '') };
}

function flowInsert(ctx: FixContext, node: YAMLMap, key: string, value: YValue, prev: KeyedPair | undefined, before: KeyedPair | undefined, w: TextWriter): TextEdit | undefined {
  if (!node.range) return undefined;
  const entry = `${w.lit(key)}: ${inline(value, w)}`;
  if (!prev && !before) {
    if (!node.flow) return undefined;
    return { start: node.range[0], end: node.range[1], newText: `{ ${entry} }` };
  }
  if (prev) {
    const end = trimBack(ctx.text, pairEnd(prev));
    return { start: end, end, newText: `${w.lit(', ')}${entry}` };
  }
  const start = before!.key.range[0];
  return { start, end: start, newText: `${entry}${w.lit(', ')}` };
}

/** Adds `item` at the end of the list at `listPath`, creating the list when missing. */
export function appendItem(ctx: FixContext, listPath: readonly PathSegment[], item: YValue, w: TextWriter): TextEdit | undefined {
  const at = locate(ctx.doc, listPath);
  const scalarItem = isInline(item) && !isYMap(item);
  if (!at) {
    const last = listPath[listPath.length - 1];
    if (typeof last !== 'string') return undefined;
    return insertKey(ctx, listPath.slice(0, -1), last, scalarItem ? new Flow([item]) : [item], w);
  }
  const node = at.value;
  if (isEmptyValue(node)) {
    if (!at.key) return undefined;
    return writeValueOf(ctx, at as Located & { key: Scalar }, scalarItem ? new Flow([item]) : [item], w);
  }
  if (isScalar(node) && node.range) {
    // A single value where a list may stand (`next: classify`): make it a list.
    if (!scalarItem) return undefined;
    return { start: node.range[0], end: node.range[1], newText: `[${ctx.text.slice(node.range[0], node.range[1])}${w.lit(', ')}${inline(item, w)}]` };
  }
  if (!isSeq(node) || !node.range) return undefined;
  return node.flow ? flowAppend(ctx, at, node, item, scalarItem, w) : blockAppend(ctx, node, item, w);
}

function flowAppend(ctx: FixContext, at: Located, node: YAMLSeq, item: YValue, scalarItem: boolean, w: TextWriter): TextEdit | undefined {
  const last = node.items[node.items.length - 1] as Node | undefined;
  if (last?.range) {
    const end = trimBack(ctx.text, last.range[1]);
    return { start: end, end, newText: `${w.lit(', ')}${inline(item, w)}` };
  }
  if (scalarItem) return { start: node.range![0], end: node.range![1], newText: `[${inline(item, w)}]` };
  // An entry with fields in an empty `[]`: write the list out in block style.
  if (!at.key) return undefined;
  return writeValueOf(ctx, at as Located & { key: Scalar }, [item], w);
}

function blockAppend(ctx: FixContext, node: YAMLSeq, item: YValue, w: TextWriter): TextEdit | undefined {
  const last = node.items[node.items.length - 1] as Node | null | undefined;
  const end = Math.max(last?.range?.[1] ?? 0, node.range![0] + 1);
  const col = columnOf(ctx.text, node.range![0]);
  return insertAfter(ctx, end, itemLines([item], ctx.layout, w), col, false);
}
