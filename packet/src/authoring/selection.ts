import type { Span } from '../diagnostic';
import { quickTree } from './quick-tree/lookup';
import type { QEntry, QItem, QNode } from './quick-tree/types';

/**
 * Nested ranges to grow the selection through, innermost first: the word,
 * the value or key, the whole entry, the list or mapping, and so on out to the
 * whole file. Each contains the one before.
 */
export function selectionRanges(text: string, offset: number): Span[] {
  const tree = quickTree(text);
  const chain: Span[] = [{ start: 0, end: text.length }];
  let node: QNode | undefined = tree.root;
  while (node) {
    if (node.type === 'scalar') {
      if (node.span.start <= offset && offset <= node.span.end) chain.push(node.span);
      break;
    }
    chain.push({ start: node.start, end: node.end });
    if (node.type === 'map') {
      const e: QEntry | undefined = node.entries.find((x) => x.start <= offset && offset <= Math.max(x.end, x.keySpan.end));
      if (!e) break;
      chain.push({ start: e.start, end: Math.max(e.end, e.keySpan.end) });
      if (offset <= e.keySpan.end) {
        chain.push(e.keySpan);
        break;
      }
      node = e.value;
    } else {
      const it: QItem | undefined = node.items.find((x) => x.start <= offset && offset <= x.end);
      if (!it) break;
      chain.push({ start: it.start, end: it.end });
      node = it.value;
    }
  }
  const word = wordAt(text, offset);
  if (word) chain.push(word);
  // Keep each range strictly inside the one before it; drop repeats.
  const out: Span[] = [];
  for (const s of chain) {
    const outer = out[out.length - 1];
    if (outer && (s.start < outer.start || s.end > outer.end || (s.start === outer.start && s.end === outer.end))) continue;
    out.push(s);
  }
  return out.reverse();
}

function wordAt(text: string, offset: number): Span | undefined {
  const isWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_-]/.test(c);
  let start = offset;
  let end = offset;
  while (start > 0 && isWord(text[start - 1])) start--;
  while (end < text.length && isWord(text[end])) end++;
  return end > start ? { start, end } : undefined;
}
