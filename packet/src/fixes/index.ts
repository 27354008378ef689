// Quick fixes: what each diagnostic's FixData stands for, as text edits that
// keep the file's layout, comments and key order.
export { fixesFor } from './fixes-for';
export { fixAll } from './fix-all';
export { applyEdits } from './apply-edits';
export { sectionSkeleton, skeletonText } from './skeletons';
export { TextWriter, mapLines, pairLines } from './emit';
export { layoutOf, type Layout } from './layout';
export type { PacketFix, TextEdit, FixOptions, FixAllOptions } from './types';
export { isPlaceholder, PLACEHOLDER_PREFIX } from '../text/placeholders';
export { SKELETON } from './packet-skeleton';
export { startFromSkeleton } from './start-packet';
