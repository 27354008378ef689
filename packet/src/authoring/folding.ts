import type { Span } from '../diagnostic';
import { isOpaque, lineOf, quickTree } from './quick-tree/lookup';
import type { QNode, QuickTree } from './quick-tree/types';

export interface PacketFold {
  /** From the line holding `span.start` to the line holding `span.end`. */
  span: Span;
  kind?: 'comment';
}

/**
 * Folds for every key or list entry that spans lines, and for runs of
 * comment lines. One fold per starting line (the largest), as editors show one.
 */
export function foldingRanges(text: string): PacketFold[] {
  const tree = quickTree(text);
  const byLine = new Map<number, PacketFold>();
  const add = (start: number, end: number, kind?: 'comment') => {
    const first = lineOf(tree, start);
    if (lineOf(tree, end) <= first) return;
    const had = byLine.get(first);
    if (!had || had.span.end < end) byLine.set(first, { span: { start, end }, kind });
  };
  const walk = (node: QNode | undefined) => {
    if (!node || node.type === 'scalar') return;
    if (node.type === 'map') {
      for (const e of node.entries) {
        add(e.start, e.end);
        walk(e.value);
      }
    } else {
      for (const it of node.items) {
        add(it.start, it.end);
        walk(it.value);
      }
    }
  };
  walk(tree.root);
  for (const c of commentRuns(tree)) add(c.start, c.end, 'comment');
  return [...byLine.values()].sort((a, b) => a.span.start - b.span.start);
}

/** Runs of two or more lines that hold only a comment. */
function commentRuns(tree: QuickTree): Span[] {
  const out: Span[] = [];
  const text = tree.text;
  let run: Span | undefined;
  let count = 0;
  for (let li = 0; li < tree.lineStarts.length; li++) {
    const ls = tree.lineStarts[li];
    let p = ls;
    while (text[p] === ' ' || text[p] === '\t') p++;
    const isComment = text[p] === '#' && !isOpaque(tree, p);
    if (isComment) {
      const le = li + 1 < tree.lineStarts.length ? tree.lineStarts[li + 1] - 1 : text.length;
      if (run) run.end = le;
      else run = { start: p, end: le };
      count++;
      continue;
    }
    if (run && count > 1) out.push(run);
    run = undefined;
    count = 0;
  }
  if (run && count > 1) out.push(run);
  return out;
}
