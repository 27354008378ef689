import { Diagnostic, DiagnosticSeverity, l10n, Position, Range } from 'vscode';
import type { ChangeReport, LineIndex, PacketChange } from '../../../packet/src';

/** Changes that need someone's sign-off before they ship: the ones marked in the editor. */
export function needsSignOff(c: PacketChange): boolean {
  return c.class === 'review_required' || c.class === 'new_scope';
}

/**
 * Information diagnostics for review-required and new-scope changes, at
 * their place in the current text; a removal is marked where its list is.
 */
export function impactDiagnostics(report: ChangeReport, lines: LineIndex): Diagnostic[] {
  const approver = report.approver ? `${report.approver.id}${report.approver.role ? ` (${report.approver.role})` : ''}` : undefined;
  return report.changes.filter(needsSignOff).map((c) => {
    const span = c.new ?? { start: 0, end: 0 };
    const s = lines.positionAt(span.start);
    const e = lines.positionAt(span.end);
    const who =
      c.class === 'new_scope'
        ? l10n.t('New scope: agree it as new work before it ships.')
        : approver
          ? l10n.t('Needs sign-off from {0} before it ships.', approver)
          : l10n.t('Needs sign-off before it ships; the packet names no change approver.');
    const d = new Diagnostic(new Range(new Position(s.line, s.character), new Position(e.line, e.character)), `${c.message} ${who}`, DiagnosticSeverity.Information);
    d.code = c.kind;
    d.source = 'handoff change impact';
    return d;
  });
}
