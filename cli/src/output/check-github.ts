import type { Severity } from '../../../packet/src';
import { region, type FileResult } from './check-result';

// GitHub Actions workflow commands: each problem becomes an annotation on
// the pull request's diff and in the run's summary.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** The message part: `%`, CR and LF escaped, as the runner unescapes them. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: as the message, plus `:` and `,`, which end a property. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function checkGithub(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.readError) {
      lines.push(`::error file=${escapeProperty(r.display)},title=${escapeProperty('handoff: not read')}::${escapeData(`Cannot read ${r.display}: ${r.readError}`)}`);
      continue;
    }
    if (!r.analysis) continue;
    for (const d of r.diagnostics) {
      const at = region(r.analysis, d);
      const props = [
        `file=${escapeProperty(r.display)}`,
        `line=${at.line}`,
        `col=${at.column}`,
        `endLine=${at.endLine}`,
        // GitHub takes endColumn only on a one-line range.
        ...(at.endLine === at.line ? [`endColumn=${at.endColumn}`] : []),
        `title=${escapeProperty(`handoff ${d.rule}`)}`,
      ];
      lines.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
