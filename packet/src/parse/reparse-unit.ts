import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/**
 * The smallest part of a parsed packet that an edit can be re-parsed in on
 * its own: a top-level section (`steps:` and all under it) or, deeper, one
 * entry of a block list (`- id: …` and its lines). Its text runs from the
 * start of its first line to the start of the next sibling's first line (or
 * of the next sibling of an ancestor, or the end of the text), so trailing
 * comments and blank lines belong to it.
 */
export interface ReparseUnit {
  readonly kind: 'pair' | 'item';
  /** The collection whose `items[index]` the unit is. */
  readonly parent: YAMLMap | YAMLSeq;
  readonly index: number;
  /** Offset of the start of the unit's first line. */
  readonly start: number;
  /** Offset where the next sibling's first line starts (exclusive end). */
  readonly end: number;
  /** Column of the unit's key (0) or of its list dash. */
  readonly column: number;
  /** Keys and indices from the root of the plain value down to the unit's value. */
  readonly path: readonly (string | number)[];
  /** Collections from the root down to `parent`, whose own ranges span the unit. */
  readonly ancestors: readonly (YAMLMap | YAMLSeq)[];
}

/** Keys whose plain-object copy would not behave like yaml's own conversion. */
const SPECIAL_KEYS = new Set(['__proto__', '<<']);

function stringKey(pair: Pair): string | undefined {
  const key = pair.key;
  if (!isScalar(key) || typeof key.value !== 'string' || !key.range || SPECIAL_KEYS.has(key.value)) return undefined;
  return key.value;
}

const lineStart = (text: string, offset: number): number => text.lastIndexOf('\n', offset - 1) + 1;

/**
 * Where each entry of a block list starts: the start of the line holding its
 * dash. An entry whose dash is not alone at the start of its line (a
 * compact `- - x`, or the entry on the line after the dash) gives undefined:
 * those are left to the enclosing unit.
 */
function itemStarts(seq: YAMLSeq, text: string): { starts: number[]; column: number } | undefined {
  const starts: number[] = [];
  let column = -1;
  for (const item of seq.items) {
    const node = item as Node | null;
    if (!node?.range) return undefined;
    const from = lineStart(text, node.range[0]);
    const lead = /^( *)- +$/.exec(text.slice(from, node.range[0]));
    if (!lead || (column >= 0 && lead[1].length !== column)) return undefined;
    column = lead[1].length;
    starts.push(from);
  }
  return starts.length > 0 ? { starts, column } : undefined;
}

/** Index of the last start at or before `offset`, by binary search; -1 if none. */
function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The deepest unit whose text holds the whole edited range [`from`, `to`)
 * (in the old text) with room to spare at its end: an edit that reaches the
 * next sibling's first character could change where that sibling starts.
 * Undefined when no unit holds it (an edit in the header comments, across
 * two sections, or in a file that is not a block mapping at the top).
 */
export function findReparseUnit(root: unknown, text: string, from: number, to: number): ReparseUnit | undefined {
  if (!isMap(root) || root.flow || root.items.length === 0) return undefined;
  const tops: number[] = [];
  for (const pair of root.items) {
    const start = stringKey(pair) === undefined ? -1 : (pair.key as Node).range![0];
    if (start < 0 || lineStart(text, start) !== start) return undefined;
    tops.push(start);
  }
  const i = lastAtOrBefore(tops, from);
  const end = i + 1 < tops.length ? tops[i + 1] : text.length;
  if (i < 0 || to >= end) return undefined;
  const pair = root.items[i];
  let unit: ReparseUnit = { kind: 'pair', parent: root, index: i, start: tops[i], end, column: 0, path: [stringKey(pair)!], ancestors: [root] };
  // Walk down through block mappings and lists; each list entry holding the edit is a smaller unit.
  let node: unknown = pair.value;
  let bound = end;
  const path: (string | number)[] = [...unit.path];
  const ancestors: (YAMLMap | YAMLSeq)[] = [root];
  for (let depth = 0; depth < 200; depth++) {
    if (isSeq(node) && !node.flow) {
      const found = itemStarts(node, text);
      if (!found) break;
      const j = lastAtOrBefore(found.starts, from);
      const itemEnd = j + 1 < found.starts.length ? found.starts[j + 1] : bound;
      if (j < 0 || to >= itemEnd) break;
      ancestors.push(node);
      path.push(j);
      unit = { kind: 'item', parent: node, index: j, start: found.starts[j], end: itemEnd, column: found.column, path: [...path], ancestors: [...ancestors] };
      node = node.items[j];
      bound = itemEnd;
    } else if (isMap(node) && !node.flow) {
      // A nested pair is not a unit of its own (its key must stay unique among
      // siblings): it only leads to the list entries below it.
      const keys = node.items.map((p) => (stringKey(p) === undefined ? -1 : (p.key as Node).range![0]));
      if (keys.some((k) => k < 0)) break;
      const j = lastAtOrBefore(keys, from);
      if (j < 0) break;
      const next = j + 1 < keys.length ? lineStart(text, keys[j + 1]) : bound;
      if (to >= next) break;
      ancestors.push(node);
      path.push(stringKey(node.items[j])!);
      node = node.items[j].value;
      bound = next;
    } else break;
  }
  return unit;
}
