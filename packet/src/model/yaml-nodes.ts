import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { PathSegment, Span } from '../diagnostic';

/** A located place in the YAML tree: the key (if it sits in a mapping) and its value. */
export interface Located {
  key?: Scalar;
  value?: Node | null;
  /** The pair holding it, when it sits in a mapping. */
  pair?: Pair<unknown, unknown>;
}

export function spanOf(node: { range?: [number, number, number] | null } | null | undefined): Span | undefined {
  if (!node || !node.range) return undefined;
  return { start: node.range[0], end: node.range[1] };
}

/** Finds the pair whose key is the plain string `key` in a mapping. */
export function pairOf(map: unknown, key: string): Pair<Scalar, Node | null> | undefined {
  if (!isMap(map)) return undefined;
  const items = (map as YAMLMap<unknown, unknown>).items;
  if (items.length <= INDEXED_FROM) return items.find((item) => keyOf(item) === key) as Pair<Scalar, Node | null> | undefined;
  // Every finding in a mapping of 20,000 keys looks up its key: a scan each
  // time would be quadratic. The index is checked against the live items, so
  // a pair replaced in place (incremental.ts keeps its key) is still found.
  let index = KEY_INDEX.get(items);
  let at = index?.positions.get(key);
  if (!index || index.length !== items.length || (at !== undefined && keyOf(items[at]) !== key)) {
    index = { length: items.length, positions: new Map() };
    items.forEach((item, i) => {
      const k = keyOf(item);
      if (k !== undefined && !index!.positions.has(k)) index!.positions.set(k, i);
    });
    KEY_INDEX.set(items, index);
    at = index.positions.get(key);
  }
  return at === undefined ? undefined : (items[at] as Pair<Scalar, Node | null>);
}

/** Mappings up to this size are scanned: an index costs more than it saves. */
const INDEXED_FROM = 32;
const KEY_INDEX = new WeakMap<unknown[], { length: number; positions: Map<string, number> }>();

function keyOf(item: unknown): string | undefined {
  return isPair(item) && isScalar(item.key) ? String(item.key.value) : undefined;
}

/** Walks `path` from the document root; stops (returning what it has) where the tree ends. */
export function locate(doc: Document | undefined, path: readonly PathSegment[]): Located | undefined {
  if (!doc) return undefined;
  let here: Located = { value: doc.contents as Node | null };
  for (const seg of path) {
    const v = here.value;
    if (typeof seg === 'number') {
      if (!isSeq(v) || seg >= v.items.length) return undefined;
      here = { value: v.items[seg] as Node | null };
    } else {
      const pair = pairOf(v, seg);
      if (!pair) return undefined;
      here = { key: pair.key, value: pair.value, pair };
    }
  }
  return here;
}

/**
 * The best span to underline for a path: the value when it has a range,
 * else the key, else the nearest ancestor that exists.
 */
export function spanForPath(doc: Document | undefined, path: readonly PathSegment[], prefer: 'key' | 'value' = 'value'): Span | undefined {
  for (let n = path.length; n >= 0; n--) {
    const at = locate(doc, path.slice(0, n));
    if (!at) continue;
    const keySpan = spanOf(at.key);
    const valueSpan = spanOf(at.value ?? undefined);
    if (n < path.length) return keySpan ?? valueSpan;
    return prefer === 'key' ? (keySpan ?? valueSpan) : (valueSpan && valueSpan.end > valueSpan.start ? valueSpan : keySpan ?? valueSpan);
  }
  return undefined;
}

/** The span of the key of the entry at `path`, or of the closest existing ancestor key. */
export function keySpanForPath(doc: Document | undefined, path: readonly PathSegment[]): Span | undefined {
  return spanForPath(doc, path, 'key');
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
