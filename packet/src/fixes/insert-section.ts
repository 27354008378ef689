import { SECTIONS, type SectionName } from '../format';
import { sectionSkeleton } from './skeletons';
import { insertKey } from './insert';
import type { FixContext, FixDraft } from './types';

/** A missing section: its skeleton, between its neighbours in format order. */
export function insertSectionFixes(ctx: FixContext, section: string): FixDraft[] {
  if (!(SECTIONS as readonly string[]).includes(section)) return [];
  const w = ctx.writer();
  const edit = insertKey(ctx, [], section, sectionSkeleton(ctx.analysis, section as SectionName), w);
  if (!edit) return [];
  return [{ title: section === 'packet' ? 'Add `packet: 1`' : `Add the \`${section}\` section`, edits: [edit], isPreferred: true, safe: true }];
}
