import { isMap, isNode, isPair, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import { isPlainObject } from '../model/yaml-nodes';
import { capSyntaxProblems, editedLineIndex, MAX_NESTING_DEPTH, parseAllBounded, refusedBySize, scalarHazards, textHazards, type PacketLimits } from '../limits';
import { inputDiagnostics } from './input-checks';
import { mayHoldEscapedSurrogate, parsePacket, MAX_ALIAS_COUNT, type ParsedPacket } from './parse-packet';
import { freeOfCrossReferences } from './cross-references';
import { PACKET_YAML_OPTIONS } from './yaml-options';
import { findReparseUnit, type ReparseUnit } from './reparse-unit';

// A one-character edit in a 50,000-line packet should not cost a parse of
// 50,000 lines. When the old parse was clean and the edit stays inside one
// top-level section or one list entry, only that part's text is parsed; the
// new nodes replace the old ones, the nodes after it move by the length
// change, and the plain value is copied along the path to the change only
// (unchanged sections stay the same objects). Whatever could make the part
// read differently alone than in its file (anchors, aliases, tags, errors,
// lines that would end the part early) sends the edit to a full parse.


/** The changed range: old [from, oldTo) became new [from, newTo). */
export function changedRange(before: string, after: string): { from: number; oldTo: number; newTo: number } {
  const shorter = Math.min(before.length, after.length);
  // Whole blocks first (a native compare of two slices), then characters:
  // a per-character loop over two 2 MB texts costs ten milliseconds a keystroke.
  const BLOCK = 4096;
  let from = 0;
  while (from + BLOCK <= shorter && before.slice(from, from + BLOCK) === after.slice(from, from + BLOCK)) from += BLOCK;
  while (from < shorter && before.charCodeAt(from) === after.charCodeAt(from)) from++;
  let tail = 0;
  const room = shorter - from;
  while (tail + BLOCK <= room && before.slice(before.length - tail - BLOCK, before.length - tail) === after.slice(after.length - tail - BLOCK, after.length - tail)) tail += BLOCK;
  while (tail < room && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { from, oldTo: before.length - tail, newTo: after.length - tail };
}

/**
 * The parse of `text`, re-using `previous` where that is safe. `previous`
 * is consumed: its nodes may be moved into the result, so the caller must
 * not read it afterwards.
 */
export function reparsePacket(previous: ParsedPacket | undefined, text: string, limits?: Partial<PacketLimits>): ParsedPacket {
  return (previous && tryReparse(previous, text, limits)) ?? parsePacket(text, limits);
}

/** The incremental parse, or undefined where only a full parse is safe. */
export function tryReparse(previous: ParsedPacket, text: string, limits?: Partial<PacketLimits>): ParsedPacket | undefined {
  const doc = previous.doc;
  if (!previous.reparseable || !doc || previous.text === text || refusedBySize(text, limits)) return undefined;
  const { from, oldTo, newTo } = changedRange(previous.text, text);
  const unit = findReparseUnit(doc.contents, previous.text, from, oldTo);
  if (!unit) return undefined;
  const delta = text.length - previous.text.length;
  const chunk = text.slice(unit.start, unit.end + delta);
  if (!chunkStaysOneUnit(chunk, unit, unit.end + delta < text.length) || !freeOfCrossReferences(chunk)) return undefined;
  const fresh = parseUnit(chunk, unit);
  if (!fresh) return undefined;
  let value: unknown;
  try {
    value = replaceAt(previous.value, unit.path, fresh.value);
  } catch {
    return undefined;
  }
  // Nothing is changed until every check above has passed.
  const old = unit.parent.items[unit.index] as Node | Pair;
  const move = mover(unit, from, oldTo, delta, rangesOf(old), rangesOf(fresh.node));
  if (!move) return undefined;
  for (const a of unit.ancestors) if (!movedRange(a, move)) return undefined;
  if (doc.range && !doc.range.every((v) => move(v) !== undefined)) return undefined;
  for (const a of unit.ancestors) a.range = movedRange(a, move)!;
  if (doc.range) doc.range = doc.range.map((v) => move(v)!) as [number, number, number];
  shiftFollowing(unit, delta);
  unit.parent.items[unit.index] = fresh.node as never;
  const problems = [...inputDiagnostics(text), ...textHazards(text)];
  if (mayHoldEscapedSurrogate(text)) problems.push(...scalarHazards(doc, text));
  return { text, doc, lines: editedLineIndex(previous.lines, text, from, oldTo, newTo), value, problems: capSyntaxProblems(problems), reparseable: true };
}

/**
 * Every line after the first stays inside the unit: blank, a comment, or
 * indented deeper than the unit's key or dash (a section's list may sit at
 * column 0 under its key). A line that would start a sibling, close the
 * parent or mark a document means the unit's bounds changed.
 */
function chunkStaysOneUnit(chunk: string, unit: ReparseUnit, endsBeforeText: boolean): boolean {
  if (endsBeforeText && !chunk.endsWith('\n')) return false;
  if (/\r(?!\n)/.test(chunk) || chunk.includes('\u0000') || chunk.includes('\t')) return false;
  const lines = chunk.split('\n');
  const first = lines[0];
  if (unit.kind === 'item') {
    if (!first.startsWith(' '.repeat(unit.column) + '-') || !/^(?: |\r?$)/.test(first.slice(unit.column + 1))) return false;
  } else if (/^[\s#\-?:]/.test(first)) return false;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const indent = line.length - line.trimStart().length;
    const rest = line.slice(indent);
    if (rest === '' || rest === '\r' || rest.startsWith('#')) continue;
    if (indent > unit.column) continue;
    if (unit.kind === 'pair' && indent === 0 && /^-(?: |\r?$)/.test(rest)) continue;
    return false;
  }
  return true;
}

/** The unit's text parsed alone: its one new node (or pair) at absolute offsets, and its plain value. */
function parseUnit(chunk: string, unit: ReparseUnit): { node: Node | Pair; value: unknown } | undefined {
  let parsed;
  try {
    parsed = parseAllBounded(chunk, PACKET_YAML_OPTIONS, MAX_NESTING_DEPTH - 2 * unit.ancestors.length - 2);
  } catch {
    return undefined;
  }
  if (parsed.tooDeepAt !== undefined || parsed.docs.length !== 1) return undefined;
  const part = parsed.docs[0];
  if (part.errors.length > 0 || part.warnings.length > 0) return undefined;
  const root = part.contents;
  let node: Node | Pair;
  if (unit.kind === 'item') {
    if (!isSeq(root) || root.flow || root.items.length !== 1 || !isNode(root.items[0])) return undefined;
    node = root.items[0] as Node;
  } else {
    if (!isMap(root) || root.flow || root.items.length !== 1) return undefined;
    const pair = root.items[0];
    const oldKey = (unit.parent.items[unit.index] as Pair).key;
    if (!isScalar(pair.key) || !isScalar(oldKey) || pair.key.value !== oldKey.value || pair.key.range?.[0] !== 0) return undefined;
    node = pair;
  }
  let js: unknown;
  try {
    js = part.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
  if (unit.kind === 'item') return shifted(node, unit.start, (js as unknown[])[0]);
  const key = ((node as Pair).key as Scalar).value as string;
  return isPlainObject(js) ? shifted(node, unit.start, js[key]) : undefined;
}

function shifted(node: Node | Pair, by: number, value: unknown): { node: Node | Pair; value: unknown } {
  shiftTree(node, by);
  return { node, value };
}

type Move = (v: number) => number | undefined;

/**
 * How an offset of the old text maps to the new: before the edit it stays,
 * after it moves by the length change, and one that was an end of the
 * replaced node becomes the new node's matching end. Anything else inside
 * the edit has no safe answer.
 */
function mover(unit: ReparseUnit, from: number, oldTo: number, delta: number, oldEnds: number[], newEnds: number[]): Move | undefined {
  if (oldEnds.length !== newEnds.length) return undefined;
  return (v) => {
    if (v < unit.start) return v;
    if (v >= unit.end) return v + delta;
    // Inside the unit: an ancestor's end that was the old node's end follows the new node.
    const k = oldEnds.lastIndexOf(v);
    if (k >= 0) return newEnds[k];
    if (v < from || (v === from && from < oldTo)) return v;
    if (v > oldTo || (v === oldTo && from < oldTo)) return v + delta;
    return undefined;
  };
}

/** The range offsets of a node (or of a pair's key and value), in a fixed order. */
function rangesOf(n: Node | Pair): number[] {
  if (isPair(n)) return [...rangesOf(n.key as Node), ...(isNode(n.value) ? rangesOf(n.value) : [])];
  return n.range ? [...n.range] : [];
}

function movedRange(node: Node, move: Move): [number, number, number] | undefined {
  if (!node.range) return undefined;
  const out = node.range.map(move);
  return out.every((v) => v !== undefined) ? (out as [number, number, number]) : undefined;
}

/** Every node after the unit, at every level from its parent to the root, moves by `delta`. */
function shiftFollowing(unit: ReparseUnit, delta: number): void {
  if (delta === 0) return;
  const chain = unit.ancestors;
  for (let level = chain.length - 1; level >= 0; level--) {
    const collection = chain[level];
    // The child on the path at this level: the unit itself, or the ancestor below.
    const onPath = level === chain.length - 1 ? unit.index : indexOfChild(collection, chain[level + 1]);
    for (let i = onPath + 1; i < collection.items.length; i++) shiftTree(collection.items[i] as Node | Pair, delta);
    // The key of the pair holding the next ancestor sits before the edit and stays.
  }
}

function indexOfChild(collection: { items: unknown[] }, child: Node): number {
  return collection.items.findIndex((item) => item === child || (isPair(item) && item.value === child));
}

/**
 * Moves a node and everything under it by `delta`, in place: yaml gives each
 * node a range array of its own (the fuzz tests compare every range, so a
 * shared one would show), and this runs over half a large packet per edit.
 */
function shiftTree(n: Node | Pair | null | undefined, delta: number): void {
  if (!n || delta === 0) return;
  if (isPair(n)) {
    shiftTree(n.key as Node, delta);
    shiftTree(n.value as Node, delta);
    return;
  }
  const r = n.range;
  if (r) {
    r[0] += delta;
    r[1] += delta;
    r[2] += delta;
  }
  const items = (n as { items?: unknown[] }).items;
  if (items) for (let i = 0; i < items.length; i++) shiftTree(items[i] as Node | Pair, delta);
}

/** A copy of `value` with the value at `path` replaced; everything off the path is shared, not copied. */
function replaceAt(value: unknown, path: readonly (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  if (Array.isArray(value) && typeof head === 'number') {
    const copy = value.slice();
    copy[head] = replaceAt(value[head], rest, next);
    return copy;
  }
  if (isPlainObject(value) && typeof head === 'string') return { ...value, [head]: replaceAt(value[head], rest, next) };
  throw new Error('incremental parse: the plain value does not follow the document');
}
