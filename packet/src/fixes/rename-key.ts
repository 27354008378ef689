import { scalarText } from './emit';
import { mapHasKey, pairWithKeyAt } from './find-node';
import type { FixContext, FixDraft } from './types';

/** Renames the key the diagnostic points at to each candidate that is not already a key of that mapping. */
export function renameKeyFixes(ctx: FixContext, candidates: string[]): FixDraft[] {
  const found = pairWithKeyAt(ctx.doc, ctx.diagnostic.span.start);
  const key = found?.pair.key;
  if (!found || !key?.range) return [];
  const list = [...new Set(candidates)].filter((c) => c !== String(key.value) && !mapHasKey(found.map, c));
  const one = list.length === 1 && candidates.length === 1;
  return list.map((c) => ({
    title: `Rename to \`${c}\``,
    edits: [{ start: key.range![0], end: key.range![1], newText: ctx.writer().lit(scalarText(c)) }],
    isPreferred: one,
    safe: one,
  }));
}
