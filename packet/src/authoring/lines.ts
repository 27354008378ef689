import { LineIndex } from '../parse/line-index';
import { buildQuickTree } from './quick-tree/sections';
import { quickTree } from './quick-tree/lookup';
import type { QuickTree } from './quick-tree/types';

const memo = new WeakMap<QuickTree, LineIndex>();

/**
 * Offset ↔ position conversion for a text, kept as long as the quick tree of
 * that text is: requests answered from the quick tree never pay for a full
 * parse just to convert positions. The quick tree's own line starts follow
 * YAML (a lone \r does not end a line there); positions follow the one rule
 * of LineIndex, as diagnostics and rename do.
 */
export function quickLines(text: string): LineIndex {
  const tree = quickTree(text);
  let lines = memo.get(tree);
  if (!lines) {
    lines = LineIndex.of(text);
    memo.set(tree, lines);
  }
  return lines;
}

/** The exception types a packet's text uses, for completion in other packets. */
export function exceptionTypesIn(text: string): string[] {
  // Not memoised: reading another document must not push the edited one's tree out of the cache.
  const tree = buildQuickTree(text);
  const out: string[] = [];
  const root = tree.root;
  const exceptions = root.type === 'map' ? root.entries.find((e) => e.colon && e.key === 'exceptions')?.value : undefined;
  const types = exceptions?.type === 'map' ? exceptions.entries.find((e) => e.colon && e.key === 'types')?.value : undefined;
  if (types?.type !== 'seq') return out;
  for (const it of types.items) {
    if (it.value?.type !== 'map') continue;
    const t = it.value.entries.find((e) => e.colon && e.key === 'type')?.value;
    if (t?.type === 'scalar' && t.style !== 'block' && t.value) out.push(t.value);
  }
  return out;
}
