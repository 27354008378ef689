import type { Range } from 'vscode-languageserver';
import type { ChangeApprover, ChangeKind } from '../../../packet/src';

// The `handoff/changeImpact` request's shape, apart from its handler
// (change-impact.ts): the extension imports these without pulling the
// packet library into its bundle.

/** `handoff/changeImpact`: the open document's version against `base`. */
export const CHANGE_IMPACT_REQUEST = 'handoff/changeImpact';

export interface ChangeImpactParams {
  uri: string;
  /** The text of the version to compare with. */
  base: string;
  /** What the report's title calls the comparison, e.g. `handoff.yaml against HEAD`. */
  title: string;
  /** How the report names a place in the base version, e.g. `HEAD`. */
  baseName: string;
}

/** A change someone must sign off before it ships, at its place in the open version. */
export interface ChangeImpactMark {
  range: Range;
  kind: ChangeKind | 'unclassified';
  class: 'review_required' | 'new_scope';
  message: string;
}

/** Null when the document is not open. */
export interface ChangeImpactResult {
  uri: string;
  version: number;
  /** The report, in Markdown (for a pull request, or a Markdown preview). */
  markdown: string;
  /** Empty when the versions could not be compared (the report says why). */
  marks: ChangeImpactMark[];
  approver?: ChangeApprover;
}
