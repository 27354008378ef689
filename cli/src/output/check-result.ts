import * as path from 'node:path';
import type { PacketAnalysis, PacketDiagnostic, Severity } from '../../../packet/src';
import type { ReadinessSummary } from '../readiness-summary';

/** One file's outcome: its problems, or why it could not be read. */
export interface FileResult {
  /** Absolute path. */
  file: string;
  /** As shown to people: relative to the working folder when inside it. */
  display: string;
  analysis?: PacketAnalysis;
  diagnostics: PacketDiagnostic[];
  readError?: string;
  readiness?: ReadinessSummary;
}

export interface CheckTotals {
  files: number;
  error: number;
  warning: number;
  info: number;
  unreadable: number;
}

export function totals(results: readonly FileResult[]): CheckTotals {
  const t: CheckTotals = { files: results.length, error: 0, warning: 0, info: 0, unreadable: 0 };
  for (const r of results) {
    if (r.readError) t.unreadable++;
    for (const d of r.diagnostics) t[d.severity]++;
  }
  return t;
}

/** Relative path for display, with forward slashes so output is the same on every system. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  const shown = rel === '' ? path.basename(file) : rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
  return shown.split(path.sep).join('/');
}

/** One-based line and column of a diagnostic's start and end, columns in UTF-16 units. */
export function region(analysis: PacketAnalysis, d: { span: { start: number; end: number } }) {
  const s = analysis.parsed.lines.positionAt(d.span.start);
  const e = analysis.parsed.lines.positionAt(d.span.end);
  return { line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function severityCounts(list: readonly { severity: Severity }[]): string {
  const c = { error: 0, warning: 0, info: 0 };
  for (const d of list) c[d.severity]++;
  return [plural(c.error, 'error'), plural(c.warning, 'warning'), `${c.info} info`].join(', ');
}
