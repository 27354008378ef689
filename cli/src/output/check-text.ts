import type { Paint } from '../colour';
import { plural, region, severityCounts, totals, type FileResult } from './check-result';

/**
 * Compiler-style lines (`path:line:col severity rule message`) that editors
 * and CI log viewers turn into links, then one line per file with its
 * readiness, then the totals.
 */
export function checkText(results: readonly FileResult[], p: Paint): string {
  const lines: string[] = [];
  const sev = { error: p.red('error'), warning: p.yellow('warning'), info: p.cyan('info') };
  for (const r of results) {
    if (r.readError || !r.analysis) continue;
    for (const d of r.diagnostics) {
      const at = region(r.analysis, d);
      lines.push(`${r.display}:${at.line}:${at.column} ${sev[d.severity]} ${p.dim(d.rule)} ${d.message}`);
    }
  }
  if (lines.length > 0) lines.push('');
  for (const r of results) lines.push(fileLine(r, p));
  const t = totals(results);
  const problems = t.error + t.warning + t.info;
  lines.push('');
  const checked = plural(t.files - t.unreadable, 'packet');
  const unreadable = t.unreadable > 0 ? `; ${p.red(plural(t.unreadable, 'file'))} could not be read` : '';
  if (problems === 0) lines.push(`${checked} checked, no problems${unreadable}.`);
  else lines.push(`${checked} checked: ${p.bold(plural(problems, 'problem'))} (${severityCounts(results.flatMap((r) => r.diagnostics))})${unreadable}.`);
  return `${lines.join('\n')}\n`;
}

function fileLine(r: FileResult, p: Paint): string {
  if (r.readError) return `${r.display}: ${p.red('not read')}: ${r.readError}`;
  const counts = r.diagnostics.length === 0 ? p.green('no problems') : severityCounts(r.diagnostics);
  const rd = r.readiness;
  if (!rd) return `${r.display}: ${counts}`;
  const ready = rd.answered === rd.total ? p.green(`ready, ${rd.answered}/${rd.total} questions answered`) : `${rd.answered}/${rd.total} readiness questions answered`;
  const open = rd.open.length > 0 ? `; open: ${rd.open.join(' ')}` : '';
  return `${r.display}: ${counts}; ${ready}${open}`;
}
