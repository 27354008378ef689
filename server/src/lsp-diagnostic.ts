import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { ruleDocsUrl, type FixData, type LineIndex, type PacketDiagnostic, type Severity } from '../../packet/src';
import { toRange } from './ranges';

/** What a diagnostic carries for its quick fixes: the library's typed fix data. */
export interface DiagnosticData {
  fix?: FixData;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toLspDiagnostic(d: PacketDiagnostic, lines: LineIndex, docsBase: string | undefined): Diagnostic {
  const data: DiagnosticData = { fix: d.data };
  return {
    range: toRange(lines, d.span),
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: { href: docsBase ? `${docsBase.replace(/\/?$/, '/')}${d.rule}.md` : ruleDocsUrl(d.rule) },
    source: 'handoff',
    message: d.message,
    data,
  };
}
