import type { PacketDiagnostic } from '../diagnostic';

/**
 * More than this many syntax errors in one file is one mistake repeated (5,000
 * stacked tags, a paste of binary) and a wall of squiggles helps nobody.
 */
export const MAX_SYNTAX_PROBLEMS = 50;

/**
 * Keeps the first `max` yaml-syntax errors and replaces the rest with one
 * error that says how many were left out. Other problems pass untouched.
 */
export function capSyntaxProblems(problems: PacketDiagnostic[], max = MAX_SYNTAX_PROBLEMS): PacketDiagnostic[] {
  const isSyntaxError = (p: PacketDiagnostic) => p.rule === 'yaml-syntax' && p.severity === 'error';
  const total = problems.filter(isSyntaxError).length;
  if (total <= max) return problems;
  const out: PacketDiagnostic[] = [];
  let kept = 0;
  for (const p of problems) {
    if (!isSyntaxError(p)) out.push(p);
    else if (kept < max) {
      out.push(p);
      kept++;
    } else if (kept === max) {
      out.push({
        rule: 'yaml-syntax',
        severity: 'error',
        message: `${total - max} more YAML syntax errors from here on are not listed. Fix the ones above first; the rest often go away with them.`,
        span: p.span,
      });
      kept++;
    }
  }
  return out;
}
