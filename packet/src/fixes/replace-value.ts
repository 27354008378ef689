import { scalarText } from './emit';
import { scalarAt } from './find-node';
import type { FixContext, FixDraft } from './types';

/** Replaces the value the diagnostic points at with each candidate, nearest first. */
export function replaceValueFixes(ctx: FixContext, candidates: string[]): FixDraft[] {
  const { span } = ctx.diagnostic;
  const node = scalarAt(ctx.doc, span.start, span.end);
  if (!node?.range) return [];
  const current = String(node.value);
  const list = [...new Set(candidates)].filter((c) => c !== current);
  const one = list.length === 1;
  return list.map((c) => ({
    title: `Change to \`${c}\``,
    edits: [{ start: node.range![0], end: node.range![1], newText: ctx.writer().lit(scalarText(c)) }],
    isPreferred: one,
    safe: one,
  }));
}
