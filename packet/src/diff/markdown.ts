import type { ChangeClass } from '../format';
import type { ChangeReport, PacketChange } from './types';

/** Most consequential first; unclassified changes need a look before safe ones. */
const ROW_ORDER: (ChangeClass | null)[] = ['new_scope', 'review_required', null, 'safe'];

export interface MarkdownOptions {
  /** Heading text, e.g. the file name. */
  title: string;
  /** The location cell for a change, e.g. `handoff.yaml:12:5` or a link. Returned as Markdown. */
  where(change: PacketChange): string;
}

/** Counts per class, most consequential first, e.g. "1 new_scope, 2 safe". */
export function classSummary(changes: readonly PacketChange[]): string {
  const parts: string[] = [];
  for (const cls of ROW_ORDER) {
    const n = changes.filter((c) => c.class === cls).length;
    if (n > 0) parts.push(`${n} ${cls ?? 'unclassified'}`);
  }
  return parts.join(', ');
}

/** One line naming who signs off, for every output format. */
export function approverLine(report: ChangeReport): string {
  const a = report.approver;
  if (!a) return 'This packet names no change approver (changes.approver).';
  return `Change approver: ${a.id}${a.role ? ` (${a.role})` : ''}.`;
}

/**
 * A report fit for a pull-request comment or a read-only editor tab: a
 * summary line, who signs off, and a table of the changes.
 */
export function changeReportMarkdown(report: ChangeReport, options: MarkdownOptions): string {
  const out: string[] = [`### Change impact: ${escapeInline(options.title)}`, ''];
  if (report.problems.length > 0) {
    out.push('The versions could not be compared:', '', ...report.problems.map((p) => `- ${escapeInline(p)}`), '');
    return out.join('\n');
  }
  const changes = report.changes;
  if (changes.length === 0) {
    out.push('No change to what the packet says. Formatting, comments and order do not count.', '');
    return out.join('\n');
  }
  const needsSignOff = changes.some((c) => c.class === 'review_required' || c.class === 'new_scope');
  out.push(`**${changes.length} ${changes.length === 1 ? 'change' : 'changes'}:** ${classSummary(changes)}.`);
  const a = report.approver;
  if (needsSignOff) {
    out.push(
      '',
      a
        ? `Review-required changes need sign-off from **${escapeInline(a.id)}**${a.role ? ` (${escapeInline(a.role)})` : ''}; new-scope changes are new work to agree separately.`
        : 'Some changes need sign-off, but this packet names no change approver (`changes.approver`).',
    );
  }
  out.push('', '| Class | Kind | Where | Change |', '| --- | --- | --- | --- |');
  const rows = [...changes].sort((x, y) => ROW_ORDER.indexOf(x.class) - ROW_ORDER.indexOf(y.class));
  for (const c of rows) {
    const cls = c.class ? `**${c.class}**${c.rule ? ' (set by this packet)' : ''}` : 'unclassified';
    const kind = c.kind === 'unclassified' ? '–' : `\`${c.kind}\``;
    out.push(`| ${cls} | ${kind} | ${cell(options.where(c))} | ${cell(escapeInline(c.message))} |`);
  }
  out.push('');
  return out.join('\n');
}

/** A table cell holds one line and no unescaped pipe. */
function cell(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** Text from a packet shown as Markdown must not turn into markup. */
function escapeInline(s: string): string {
  return s.replace(/[\\`*_[\]<>#&]/g, (ch) => `\\${ch}`);
}
