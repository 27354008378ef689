import type { Document } from 'yaml';
import type { FixData, PathSegment, Span } from '../diagnostic';
import type { IdIndex } from '../model/id-index';
import type { ParsedPacket } from '../parse/parse-packet';

/** What every rule sees: one parse, one id index, shared by all rules. */
export interface RuleContext {
  parsed: ParsedPacket;
  doc: Document.Parsed;
  /** The document as plain data; any field may be missing or mistyped. */
  value: Record<string, unknown>;
  index: IdIndex;
  /** Extra known exception types from settings. */
  exceptionTypes: readonly string[];
  /** The best span for a path (value, else key, else nearest ancestor). */
  spanFor(path: readonly PathSegment[], prefer?: 'key' | 'value'): Span;
}

/** A rule's finding before severity and suppression are applied. */
export interface Finding {
  message: string;
  span: Span;
  data?: FixData;
}

export interface Rule {
  id: string;
  check(ctx: RuleContext): Finding[];
}
