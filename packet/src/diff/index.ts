// Change impact: what changed between two versions of a packet, and how much
// review each change needs. Pure, like the rest of the library.
export { diffPackets, type Comparable } from './diff-packets';
export { CLASS_ORDER, classAtLeast, classRank, isChangeKind, readChangeRules } from './change-rules';
export { MATERIAL_SIMILARITY, wordSimilarity } from './values';
export type { ChangeAction, ChangeApprover, ChangeKind, ChangeReport, ChangeRuleRef, PacketChange } from './types';
export { approverLine, changeReportMarkdown, classSummary, type MarkdownOptions } from './markdown';
