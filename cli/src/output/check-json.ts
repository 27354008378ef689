import { region, totals, type FileResult } from './check-result';

/** A stable machine-readable form: one entry per file, positions one-based. */
export function checkJson(results: readonly FileResult[]): string {
  const t = totals(results);
  const files = results.map((r) => ({
    path: r.display,
    ...(r.readError ? { error: r.readError } : {}),
    diagnostics: r.analysis
      ? r.diagnostics.map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, ...region(r.analysis!, d) }))
      : [],
    readiness: r.readiness ? { answered: r.readiness.answered, total: r.readiness.total, open: r.readiness.open } : null,
  }));
  const summary = { files: t.files, unreadable: t.unreadable, errors: t.error, warnings: t.warning, infos: t.info };
  return `${JSON.stringify({ files, summary }, null, 2)}\n`;
}
