// The document model: what a rendered packet says, independent of HTML or
// Markdown. The model builder is the only place that knows the packet format;
// the writers only know these shapes. Every piece that comes from the file
// keeps its source span so the preview can link it back to the editor.

import type { Severity, Span } from '../diagnostic';

export type Tone = 'danger' | 'warning' | 'ok' | 'info' | 'muted';

export interface Badge {
  label: string;
  tone: Tone;
  /** Longer explanation, shown on hover. */
  hint?: string;
}

/** One piece of text from the packet, or a placeholder saying it is missing. */
export interface Text {
  text: string;
  span?: Span;
  /** True for "not set"-style placeholders the renderer wrote, not the packet. */
  placeholder?: boolean;
  badges?: Badge[];
}

/** A table cell or field value: one text, or several shown as a list. */
export interface Cell {
  parts: Text[];
  /** Show the parts as a bulleted list rather than inline. */
  list?: boolean;
  span?: Span;
  tone?: Tone;
}

export interface Field {
  label: string;
  value: Cell;
  span?: Span;
}

export interface Column {
  label: string;
  tone?: Tone;
  hint?: string;
}

export interface Row {
  cells: Cell[];
  span?: Span;
  tone?: Tone;
}

export interface Group {
  title: string;
  tone?: Tone;
  hint?: string;
  span?: Span;
  blocks: Block[];
}

export type Block =
  | { kind: 'fields'; fields: Field[] }
  | { kind: 'table'; caption?: string; columns: Column[]; rows: Row[]; empty: string }
  | { kind: 'list'; label?: string; items: Text[]; span?: Span; empty: string }
  /** Side by side in HTML (`columns`) or one after another (`stack`). */
  | { kind: 'groups'; layout: 'columns' | 'stack'; groups: Group[] }
  | { kind: 'flow'; flow: FlowModel }
  | { kind: 'note'; tone: Tone; text: string; span?: Span };

export interface Section {
  /** Stable anchor name, e.g. `permissions`. */
  id: string;
  title: string;
  /** The section's key through the end of its value. */
  span?: Span;
  /** The section is absent from the file. */
  missing: boolean;
  blocks: Block[];
}

export interface FlowNode {
  /** Position in `steps`; ids may repeat or be missing, positions do not. */
  index: number;
  label: string;
  /** BFS distance from the first step; undefined when unreachable. */
  depth?: number;
  entry: boolean;
  unreachable: boolean;
  deadEnd: boolean;
  span?: Span;
}

export interface FlowEdge {
  from: number;
  /** Index of the target step, `done`, or `missing` for an undeclared id. */
  to: number | 'done' | 'missing';
  /** The id as written, for the missing case. */
  target: string;
  /** No `next` was written: the step falls through to the one after it. */
  implicit?: boolean;
  span?: Span;
}

export interface FlowModel {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export type ReadinessStatus = 'answered' | 'partial' | 'unanswered';

export interface ReadinessQuestion {
  number: number;
  question: string;
  status: ReadinessStatus;
  /** Where the answer is in the file (first is the click target). */
  evidence: Span[];
  /** What is missing for a full answer. */
  missing: string[];
}

export interface ReadinessView {
  questions: ReadinessQuestion[];
}

export interface ProblemView {
  rule: string;
  severity: Severity;
  message: string;
  span: Span;
  /** One-based, for people. */
  line: number;
  column: number;
}

export interface PacketDocument {
  title: Text;
  version?: Text;
  /** Set when readiness is available; the header shows it. */
  readiness?: ReadinessView;
  problems: ProblemView[];
  counts: Record<Severity, number>;
  /**
   * Why the packet could not be read at all (no sections shown), or a warning
   * that only part of it could be read.
   */
  notice?: { tone: Tone; text: string };
  sections: Section[];
}
