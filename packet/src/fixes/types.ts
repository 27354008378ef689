import type { Document } from 'yaml';
import type { PacketAnalysis } from '../analysis';
import type { CheckOptions } from '../check';
import type { PacketDiagnostic } from '../diagnostic';
import type { Layout } from './layout';
import type { TextWriter } from './emit';

/** A replacement of the text between two offsets of the document the fix was computed for. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface PacketFix {
  /** Short imperative title for the editor's quick-fix menu. */
  title: string;
  /** Non-overlapping edits against the analysed text. */
  edits: TextEdit[];
  /** The one fix that is clearly right for the problem. */
  isPreferred?: boolean;
  /** `newText` holds `${1:placeholder}` tab stops (asked for with `snippets: true`). */
  snippet?: boolean;
  /**
   * Whether "Fix all" may apply it without asking: it makes no decision for the
   * author (it corrects an unambiguous typo, or adds structure whose open
   * parts are visible `TODO:` placeholders).
   */
  safe: boolean;
}

export interface FixOptions {
  /** Write placeholders as snippet tab stops instead of plain `TODO:` text. */
  snippets?: boolean;
}

export interface FixAllOptions {
  /** The options the diagnostics were computed with, to recheck between passes. */
  check?: CheckOptions;
  /** Fix only problems of these rules (default: every rule with a safe fix). */
  rules?: ReadonlySet<string>;
}

/** What a fix module sees: one analysis, one diagnostic, and how to write text for this file. */
export interface FixContext {
  analysis: PacketAnalysis;
  diagnostic: PacketDiagnostic;
  doc: Document.Parsed;
  text: string;
  layout: Layout;
  /** A fresh writer per fix, so tab stops of one fix are numbered from 1. */
  writer(): TextWriter;
}

/** A fix as a module builds it; safety is judged from what it wrote. */
export type FixDraft = Omit<PacketFix, 'snippet'>;
