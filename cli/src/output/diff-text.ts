import { approverLine, classSummary, type ChangeClass } from '../../../packet/src';
import type { Paint } from '../colour';
import { plural } from './check-result';
import { locationText, type DiffFile } from './diff-result';

/** `path:line:col class kind message`, one change a line, then a summary per file. */
export function diffText(files: readonly DiffFile[], against: string, p: Paint): string {
  const colour: Record<ChangeClass, (s: string) => string> = { new_scope: p.red, review_required: p.yellow, safe: p.green };
  const out: string[] = [];
  for (const f of files) {
    if (f.status === 'added') {
      out.push(`${f.display}: not in ${against}; a new packet has nothing to compare with.`);
      continue;
    }
    const report = f.report!;
    if (report.problems.length > 0) {
      out.push(`${f.display}: not compared; the reason is on standard error.`);
      continue;
    }
    for (const c of report.changes) {
      const cls = c.class ? colour[c.class](c.class) : p.dim('unclassified');
      const kind = c.kind === 'unclassified' ? '' : ` ${c.kind}`;
      const moved = c.rule ? p.dim(` (this packet lists ${c.kind} under ${c.rule.class})`) : '';
      out.push(`${locationText(f, c)} ${cls}${kind} ${c.message}${moved}`);
    }
    const n = report.changes.length;
    const summary = n === 0 ? 'no change to what the packet says' : `${plural(n, 'change')} (${classSummary(report.changes)})`;
    out.push(`${f.display}: ${summary} against ${against}. ${approverLine(report)}`);
  }
  return `${out.join('\n')}\n`;
}
