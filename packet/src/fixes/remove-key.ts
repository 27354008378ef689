import { isPair, isScalar, type Node, type Pair } from 'yaml';
import { pairWithKeyAt } from './find-node';
import { pairEnd } from './insert';
import { afterContent, lineStartOf, startsLine, trimBack } from './layout';
import type { FixContext, FixDraft, TextEdit } from './types';

/** Removes the (later, duplicate) key the diagnostic points at, with its value. */
export function removeKeyFixes(ctx: FixContext): FixDraft[] {
  const found = pairWithKeyAt(ctx.doc, ctx.diagnostic.span.start);
  if (!found) return [];
  const { pair, map } = found;
  const items = map.items as Pair[];
  const i = items.indexOf(pair as Pair);
  const edit = removal(ctx, items, i, Boolean(map.flow));
  if (!edit) return [];
  return [{ title: `Remove this duplicate \`${String(pair.key.value)}\``, edits: [edit], isPreferred: true, safe: false }];
}

function keyStart(p: Pair | undefined): number | undefined {
  return p && isPair(p) && isScalar(p.key) ? p.key.range?.[0] : undefined;
}

function removal(ctx: FixContext, items: Pair[], i: number, flow: boolean): TextEdit | undefined {
  const { text } = ctx;
  const pair = items[i];
  const start = keyStart(pair);
  if (start === undefined) return undefined;
  if (flow && i > 0) return { start: trimBack(text, pairEnd(items[i - 1])), end: trimBack(text, pairEnd(pair)), newText: '' };
  const next = keyStart(items[i + 1]);
  if (flow || !startsLine(text, start)) {
    // First entry of a flow map, or the key right after `- `: the next key takes its place.
    return next === undefined ? undefined : { start, end: next, newText: '' };
  }
  return { start: lineStartOf(text, start), end: afterContent(text, pairEnd(pair as Pair<Node, Node>)), newText: '' };
}
