// The job summary: each packet's readiness and problem counts, so a reviewer
// sees them on the run's page without opening the log.

interface CheckJson {
  files: { path: string; error?: string; diagnostics: { severity: string }[]; readiness: { answered: number; total: number; open: string[] } | null }[];
  summary: { files: number; unreadable: number; errors: number; warnings: number; infos: number };
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function jobSummary(json: string): string {
  const report = JSON.parse(json) as CheckJson;
  const rows = report.files.map((f) => {
    if (f.error) return `| \`${cell(f.path)}\` | not read: ${cell(f.error)} | | | |`;
    const count = (s: string) => f.diagnostics.filter((d) => d.severity === s).length;
    const r = f.readiness;
    const ready = !r ? '' : r.answered === r.total ? `ready (${r.answered}/${r.total})` : `${r.answered}/${r.total}, open: ${cell(r.open.join('; '))}`;
    return `| \`${cell(f.path)}\` | ${ready} | ${count('error')} | ${count('warning')} | ${count('info')} |`;
  });
  const s = report.summary;
  return [
    '## Handoff packets',
    '',
    '| packet | readiness | errors | warnings | info |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows,
    '',
    `${s.files} packet${s.files === 1 ? '' : 's'} checked: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} info${s.unreadable ? `, ${s.unreadable} not read` : ''}.`,
    '',
  ].join('\n');
}
