import type { PathSegment, Span } from '../../diagnostic';
import { buildQuickTree } from './sections';
import { nodeEnd } from './flow';
import type { QEntry, QMap, QNode, QScalar, QSeq, QuickTree } from './types';

// One entry: requests come in bursts on the version being edited, and a tree
// kept longer survives into the old generation, where collecting it costs
// far more than rebuilding it (measured: p95 after an edit 3x worse with three).
const CACHE_SIZE = 1;
const cache: QuickTree[] = [];

/**
 * The quick tree of `text`, memoised: completion, hover and the outline of
 * one document version share a single pass over its lines.
 */
export function quickTree(text: string): QuickTree {
  for (const t of cache) if (t.text === text) return t;
  const tree = buildQuickTree(text);
  cache.unshift(tree);
  if (cache.length > CACHE_SIZE) cache.pop();
  return tree;
}

export function lineOf(tree: QuickTree, offset: number): number {
  const starts = tree.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** True when `offset` is inside a scalar that spans lines (no key can start there). */
export function isOpaque(tree: QuickTree, offset: number): boolean {
  return tree.isOpaque(offset);
}

/** Where something starting at column `col` of the line at `pos` belongs. */
export interface Container {
  /** Path of the mapping or sequence that would hold it. */
  path: PathSegment[];
  /** That mapping or sequence, or undefined when it does not exist yet (`key:` with nothing under it). */
  node: QMap | QSeq | undefined;
  /** Set when the place is the continuation of a scalar: nothing structural goes there. */
  inScalar?: boolean;
}

/**
 * Finds, by indentation alone, the container for content starting at column
 * `col` at offset `pos`. Only what starts before `pos` counts, so the line
 * being typed never decides its own place. `dash` says the content is a list
 * item, which YAML allows at the same column as its parent key.
 */
export function containerFor(tree: QuickTree, pos: number, col: number, dash: boolean): Container {
  let node: QMap | QSeq = tree.root;
  const path: PathSegment[] = [];
  // What starts on the cursor's own line, from its column on, is being typed: it decides nothing.
  const line = lineOf(tree, pos);
  const lineEnd = line + 1 < tree.lineStarts.length ? tree.lineStarts[line + 1] : Infinity;
  const typed = (n: QNode) => {
    const start = n.type === 'scalar' ? n.span.start : n.start;
    return start >= pos && start < lineEnd;
  };
  if (tree.root.start >= pos && !(tree.root.type === 'map' && tree.root.entries.some((e) => e.start < pos))) {
    return { path, node: tree.root.type === 'map' || dash ? tree.root : undefined };
  }
  for (;;) {
    if (node.type === 'map') {
      const e = lastBefore(node.entries, pos);
      if (col <= node.col) {
        if (dash && col === node.col && e?.colon && (e.value === undefined || typed(e.value) || (e.value.type === 'seq' && !e.value.flow))) {
          return { path: [...path, e.key], node: e.value?.type === 'seq' && !typed(e.value) ? e.value : undefined };
        }
        return { path, node };
      }
      if (!e || !e.colon) return { path, node };
      path.push(e.key);
      const v = e.value;
      if (!v || typed(v)) return { path, node: undefined };
      if (v.type === 'scalar' || v.flow) return { path, node: undefined, inScalar: true };
      node = v;
    } else {
      if (col <= node.col) return { path, node };
      const i = lastIndexBefore(node.items, pos);
      if (i < 0) return { path, node };
      path.push(i);
      const v = node.items[i].value;
      if (!v || typed(v)) return { path, node: undefined };
      if (v.type === 'scalar' || v.flow) return { path, node: undefined, inScalar: true };
      node = v;
    }
  }
}

/** What sits at an offset: a key, or a scalar value, with its path. */
export interface NodeHit {
  path: PathSegment[];
  /** `key`: the offset is on a mapping key; `value`: on a scalar value (path names the scalar). */
  on: 'key' | 'value';
  span: Span;
  entry?: QEntry;
  scalar?: QScalar;
  /** The mapping holding the key, when `on` is `key`. */
  map?: QMap;
}

export function nodeAt(tree: QuickTree, offset: number): NodeHit | undefined {
  const path: PathSegment[] = [];
  let node: QNode | undefined = tree.root;
  while (node) {
    if (node.type === 'scalar') {
      return node.span.start <= offset && offset <= node.span.end ? { path, on: 'value', span: node.span, scalar: node } : undefined;
    }
    if (node.type === 'map') {
      const map: QMap = node;
      const e: QEntry | undefined = map.entries.find((x) => x.start <= offset && offset <= Math.max(x.end, x.keySpan.end));
      if (!e) return undefined;
      if (offset <= e.keySpan.end && e.colon) return { path: [...path, e.key], on: 'key', span: e.keySpan, entry: e, map };
      path.push(e.key);
      node = e.value;
    } else {
      const seq: QSeq = node;
      const i = seq.items.findIndex((x) => x.start <= offset && offset <= x.end);
      if (i < 0) return undefined;
      path.push(i);
      node = seq.items[i].value;
    }
  }
  return undefined;
}

/** Follows a path of keys and indexes down the tree. */
export function nodeAtPath(tree: QuickTree, path: readonly PathSegment[]): QNode | undefined {
  let node: QNode | undefined = tree.root;
  for (const seg of path) {
    if (!node) return undefined;
    if (typeof seg === 'number') node = node.type === 'seq' ? node.items[seg]?.value : undefined;
    else node = node.type === 'map' ? entryOf(node, seg)?.value : undefined;
  }
  return node;
}

export function entryOf(map: QMap, key: string): QEntry | undefined {
  for (const e of map.entries) if (e.colon && e.key === key) return e;
  return undefined;
}

/** The plain string of a scalar node, else undefined. */
export function scalarText(node: QNode | undefined): string | undefined {
  return node?.type === 'scalar' && node.style !== 'block' ? node.value : undefined;
}

function lastBefore<T extends { start: number }>(list: T[], pos: number): T | undefined {
  const i = lastIndexBefore(list, pos);
  return i < 0 ? undefined : list[i];
}

function lastIndexBefore(list: { start: number }[], pos: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export { nodeEnd };
