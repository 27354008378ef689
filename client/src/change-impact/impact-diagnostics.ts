import { Diagnostic, DiagnosticSeverity, l10n, Position, Range } from 'vscode';
import type { ChangeImpactResult } from '../../../server/src/features/change-impact-protocol';

/**
 * Information diagnostics for the changes the server marked (review-required
 * and new-scope), at their place in the current text; a removal is marked
 * where its list is. The server says what changed; the sign-off sentence is
 * the extension's, in the user's language.
 */
export function impactDiagnostics(result: ChangeImpactResult): Diagnostic[] {
  const a = result.approver;
  const approver = a ? `${a.id}${a.role ? ` (${a.role})` : ''}` : undefined;
  return result.marks.map((m) => {
    const who =
      m.class === 'new_scope'
        ? l10n.t('New scope: agree it as new work before it ships.')
        : approver
          ? l10n.t('Needs sign-off from {0} before it ships.', approver)
          : l10n.t('Needs sign-off before it ships; the packet names no change approver.');
    const { start, end } = m.range;
    const d = new Diagnostic(new Range(new Position(start.line, start.character), new Position(end.line, end.character)), `${m.message} ${who}`, DiagnosticSeverity.Information);
    d.code = m.kind;
    d.source = 'handoff change impact';
    return d;
  });
}
