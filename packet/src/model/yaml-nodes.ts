import { isAlias, isMap, isNode, isPair, isScalar, isSeq, visit, type Alias, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
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

// Anchors, aliases and merge keys. A parse links each alias to the node its
// anchor names (once, in one pass: yaml's own Alias.resolve walks the whole
// document per alias). Every read below then sees through an alias, and a
// mapping's fields include those merged in with `<<`, as YAML 1.1 tools read
// them: a field written in the mapping wins over a merged one, and earlier
// sources win over later ones.

const aliasTargets = new WeakMap<Alias, Node>();
const aliased = new WeakSet<Node>();
const anchorSpans = new WeakMap<Node, Span>();
const linksByDoc = new WeakMap<Document, AliasLink[]>();
const loopsByDoc = new WeakMap<Document, Span>();

/** An alias written inside the node it names (`&w { <<: *w }`): its value never ends. */
export function selfReferringAlias(doc: Document): Span | undefined {
  return loopsByDoc.get(doc);
}

/** An alias (`*name`) and where its anchor (`&name`) is written. */
export interface AliasLink {
  span: Span;
  anchor: Span;
}

/** The aliases of a parsed document, linked to their anchors (none when the text has no `&`). */
export function aliasLinksOf(doc: Document): AliasLink[] {
  return linksByDoc.get(doc) ?? [];
}

/**
 * Links every alias of `doc` to its anchored node; an alias with no anchor
 * before it stays unlinked. `text` (the parsed text) places each `&name`.
 */
export function linkAliases(doc: Document | undefined, text: string): void {
  if (!doc || !text.includes('&')) return;
  const anchors = new Map<string, Node>();
  const links: AliasLink[] = [];
  linksByDoc.set(doc, links);
  try {
    visit(doc, {
      Node(_key, node) {
        if (isAlias(node)) {
          const target = anchors.get(node.source);
          if (target) {
            aliasTargets.set(node, target);
            aliased.add(target);
            const anchor = anchorSpans.get(target) ?? spanOf(target);
            if (node.range && anchor) links.push({ span: { start: node.range[0], end: node.range[1] }, anchor });
            // yaml would expand it until its alias limit, and call it a bomb.
            if (node.range && target.range && target.range[0] <= node.range[0] && node.range[1] <= target.range[1] && !loopsByDoc.has(doc)) {
              loopsByDoc.set(doc, { start: node.range[0], end: node.range[1] });
            }
          }
        } else if (node.anchor) {
          anchors.set(node.anchor, node);
          // The node's range starts after its properties, so `&name` is the last one before it.
          const at = node.range ? text.lastIndexOf(`&${node.anchor}`, node.range[0]) : -1;
          if (at >= 0) anchorSpans.set(node, { start: at, end: at + 1 + node.anchor.length });
        }
        return undefined;
      },
    });
  } catch {
    // A document deep enough to overflow the stack was reported by the parse.
  }
}

/** The node an alias stands for (itself when it is no alias, undefined when its anchor is unknown). */
export function deref(node: unknown): unknown {
  return isAlias(node) ? aliasTargets.get(node) : node;
}

/** Where `&name` is written for an anchored node. */
export function anchorSpanOf(node: Node): Span | undefined {
  return anchorSpans.get(node);
}

/** The anchored node an alias refers to, when the parse linked it. */
export function aliasTarget(alias: Alias): Node | undefined {
  return aliasTargets.get(alias);
}

/**
 * True when `node`, or a node inside it, is an anchor some alias refers to:
 * a key that holds only shared values (`x-defaults:`, `.shared:`, as
 * docker-compose and GitLab CI files keep them) is read for its anchors.
 */
export function holdsUsedAnchor(node: unknown, depth = 0): boolean {
  if (!isNode(node) || depth > MAX_MERGE_DEPTH) return false;
  if (aliased.has(node)) return true;
  if (isMap(node)) return node.items.some((p) => isPair(p) && holdsUsedAnchor(p.value, depth + 1));
  if (isSeq(node)) return node.items.some((n) => holdsUsedAnchor(n, depth + 1));
  return false;
}

/** A `<<` key, read as a merge key (yaml gives it a symbol value) or not. */
export function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const v = key.value;
  return (typeof v === 'symbol' && v.description === '<<') || (v === '<<' && (!key.type || key.type === 'PLAIN'));
}

/** Merges nest (a merged mapping may merge another); deeper than this is a loop or an attack. */
const MAX_MERGE_DEPTH = 16;

/** The mappings a merge key's value brings in, in order: one mapping, an alias to one, or a list of those. */
export function mergeSources(value: unknown): YAMLMap<unknown, unknown>[] {
  const v = deref(value);
  const list = isSeq(v) ? v.items.map(deref) : [v];
  return list.filter((m): m is YAMLMap<unknown, unknown> => isMap(m));
}

/** Finds the pair whose key is the plain string `key` in a mapping, a merged-in field included. */
export function pairOf(map: unknown, key: string): Pair<Scalar, Node | null> | undefined {
  return findPair(deref(map), key, 0);
}

function findPair(map: unknown, key: string, depth: number): Pair<Scalar, Node | null> | undefined {
  if (!isMap(map)) return undefined;
  const items = (map as YAMLMap<unknown, unknown>).items;
  const index = items.length <= INDEXED_FROM ? undefined : keyIndex(items, key);
  const own = index ? index.at(key) : (items.find((item) => keyOf(item) === key) as Pair<Scalar, Node | null> | undefined);
  if (own || depth >= MAX_MERGE_DEPTH) return own;
  const merges = index ? index.merges : items.filter((item) => isPair(item) && isMergeKey(item.key));
  for (const m of merges) {
    for (const source of mergeSources((m as Pair<unknown, unknown>).value)) {
      const found = findPair(source, key, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

/** Mappings up to this size are scanned: an index costs more than it saves. */
const INDEXED_FROM = 32;
const KEY_INDEX = new WeakMap<unknown[], { length: number; positions: Map<string, number>; merges: unknown[] }>();

/**
 * Every finding in a mapping of 20,000 keys looks up its key: a scan each
 * time would be quadratic. The index is checked against the live items, so
 * a pair replaced in place (incremental.ts keeps its key) is still found.
 */
function keyIndex(items: unknown[], key: string): { at(key: string): Pair<Scalar, Node | null> | undefined; merges: unknown[] } {
  let index = KEY_INDEX.get(items);
  const at = index?.positions.get(key);
  if (!index || index.length !== items.length || (at !== undefined && keyOf(items[at]) !== key)) {
    const fresh = { length: items.length, positions: new Map<string, number>(), merges: [] as unknown[] };
    items.forEach((item, i) => {
      if (isPair(item) && isMergeKey(item.key)) fresh.merges.push(item);
      const k = keyOf(item);
      if (k !== undefined && !fresh.positions.has(k)) fresh.positions.set(k, i);
    });
    KEY_INDEX.set(items, fresh);
    index = fresh;
  }
  const found = index;
  return {
    at: (k) => {
      const i = found.positions.get(k);
      return i === undefined ? undefined : (items[i] as Pair<Scalar, Node | null>);
    },
    merges: found.merges,
  };
}

/** A pair's key as text; merge keys (`<<`) are no field of their own. */
function keyOf(item: unknown): string | undefined {
  return isPair(item) && isScalar(item.key) && !isMergeKey(item.key) ? String(item.key.value) : undefined;
}

/**
 * Every field of a mapping as YAML 1.1 reads it, merged fields included, each
 * once: the pairs written in it, then those merged in that it does not override.
 */
export function mergedPairs(map: unknown): Pair<Scalar, Node | null>[] {
  const out: Pair<Scalar, Node | null>[] = [];
  const seen = new Set<string>();
  const walk = (m: unknown, depth: number) => {
    if (!isMap(m) || depth > MAX_MERGE_DEPTH) return;
    const merges: unknown[] = [];
    for (const item of (m as YAMLMap<unknown, unknown>).items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      if (isMergeKey(item.key)) {
        merges.push(item.value);
        continue;
      }
      const k = String(item.key.value);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(item as Pair<Scalar, Node | null>);
    }
    for (const v of merges) for (const source of mergeSources(v)) walk(source, depth + 1);
  };
  walk(deref(map), 0);
  return out;
}

/** Walks `path` from the document root; stops (returning what it has) where the tree ends. */
export function locate(doc: Document | undefined, path: readonly PathSegment[]): Located | undefined {
  if (!doc) return undefined;
  let here: Located = { value: doc.contents as Node | null };
  for (const seg of path) {
    const v = deref(here.value);
    if (typeof seg === 'number') {
      if (!isSeq(v) || seg >= v.items.length) return undefined;
      here = { value: (deref(v.items[seg]) ?? v.items[seg]) as Node | null };
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
