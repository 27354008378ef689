import { CLASS_ORDER } from '../../../packet/src';
import { region } from './check-result';
import { locate, type DiffFile } from './diff-result';

/** Every change with its kind, class, why that class, and positions on both sides. */
export function diffJson(files: readonly DiffFile[]): string {
  const out = files.map((f) => {
    const report = f.report;
    const changes = (report?.changes ?? []).map((c) => ({
      kind: c.kind,
      class: c.class,
      defaultClass: c.defaultClass,
      ...(c.rule && f.newAnalysis ? { rule: { class: c.rule.class, note: c.rule.note ?? null, ...pos(f.newAnalysis, c.rule.span) } } : {}),
      action: c.action,
      field: c.field,
      message: c.message,
      location: locate(f, c) ?? null,
      old: c.old && f.oldAnalysis ? region(f.oldAnalysis, { span: c.old }) : null,
      new: c.new && f.newAnalysis ? region(f.newAnalysis, { span: c.new }) : null,
    }));
    const summary = Object.fromEntries([...CLASS_ORDER.map((k) => [k, changes.filter((c) => c.class === k).length]), ['unclassified', changes.filter((c) => c.class === null).length]]);
    return { path: f.display, old: f.oldLabel, status: f.status, problems: report?.problems ?? [], approver: report?.approver ?? null, summary, changes };
  });
  return `${JSON.stringify({ files: out }, null, 2)}\n`;
}

function pos(a: Parameters<typeof region>[0], span: { start: number; end: number }) {
  const r = region(a, { span });
  return { line: r.line, column: r.column };
}
