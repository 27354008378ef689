import type { PathSegment } from '../diagnostic';
import { locate } from '../model/yaml-nodes';
import { isSeq, isScalar } from 'yaml';
import { readablePath } from './find-node';
import { appendItem } from './insert';
import type { FixContext, FixDraft } from './types';

/** Rules whose list entry is the rule's own pick among several right answers. */
const CHOSEN_FOR_THE_AUTHOR = new Set(['unowned-responsibility']);

/** Adds `value` to the list at `path` (created when missing), unless it is already there. */
export function addToListFixes(ctx: FixContext, path: PathSegment[], value: string): FixDraft[] {
  const list = locate(ctx.doc, path)?.value;
  if (isSeq(list) && list.items.some((i) => isScalar(i) && String(i.value) === value)) return [];
  const w = ctx.writer();
  const edit = appendItem(ctx, path, value, w);
  if (!edit) return [];
  const where = readablePath(ctx.analysis.parsed.value, path);
  return [{ title: `Add \`${value}\` to \`${where}\``, edits: [edit], isPreferred: true, safe: !CHOSEN_FOR_THE_AUTHOR.has(ctx.diagnostic.rule) }];
}
