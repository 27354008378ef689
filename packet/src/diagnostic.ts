// The library speaks in UTF-16 offsets into the document text. Turning them
// into line/column (CLI, SARIF) or LSP ranges (server) happens at the edges.

export type Severity = 'error' | 'warning' | 'info';
/** A configured severity: `off` silences a rule. */
export type SeverityOrOff = Severity | 'off';

export interface Span {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/**
 * Typed data a quick fix reads back from the diagnostic. Each variant names
 * the edit it stands for; the fix module turns it into text edits.
 */
export type FixData =
  | { fix: 'replace-value'; candidates: string[] }
  | { fix: 'rename-key'; candidates: string[] }
  | { fix: 'remove-key' }
  | { fix: 'insert-section'; section: string }
  | { fix: 'insert-fields'; path: PathSegment[]; fields: string[] }
  | { fix: 'add-to-list'; path: PathSegment[]; value: string }
  | { fix: 'set-value'; path: PathSegment[]; key: string; value: string }
  | { fix: 'declare-id'; kind: IdKind; id: string };

export type PathSegment = string | number;

export type IdKind = 'owner' | 'system' | 'step' | 'action' | 'metric';

export interface PacketDiagnostic {
  /** Stable rule id from packet-rules.md; the LSP `code`, SARIF `ruleId`. */
  rule: string;
  severity: Severity;
  message: string;
  span: Span;
  data?: FixData;
}
