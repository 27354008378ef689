import { changeReportMarkdown } from '../../../packet/src';
import { locationText, type DiffFile } from './diff-result';

/** A pull-request comment: per packet a summary line and a table. */
export function diffMarkdown(files: readonly DiffFile[], against: string): string {
  const parts = files.map((f) => {
    if (f.status === 'added') return `### Change impact: ${f.display}\n\nNew packet, not in ${against}: nothing to compare with.\n`;
    return changeReportMarkdown(f.report!, { title: f.display, where: (c) => `\`${locationText(f, c)}\`` });
  });
  return `${parts.join('\n')}`;
}
