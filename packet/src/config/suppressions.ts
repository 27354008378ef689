import type { PacketDiagnostic } from '../diagnostic';
import type { LineIndex } from '../parse/line-index';

const NEXT_LINE = /#\s*handoff-disable-next-line\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/;
const FILE = /^\s*#\s*handoff-disable\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*$/;

export interface Suppressions {
  /** Rules off for the whole file. */
  file: Set<string>;
  /** Line number (0-based) → rules off on that line. */
  lines: Map<number, Set<string>>;
}

function ids(list: string): string[] {
  return list.split(',').map((s) => s.trim()).filter(Boolean);
}

const MARK = 'handoff-disable-next-line';
const BLANK_OR_COMMENT = /^\s*(#.*)?\r?$/;

/**
 * Reads suppression comments. `handoff-disable` counts only in the leading
 * comment block, so a comment deep in the file cannot silence it wholesale.
 * Runs on every check: it reads the leading block and the lines that hold
 * the next-line marker, and never splits the whole text into lines (on a
 * 50,000-line packet that was about 7 ms and 50,000 strings per keystroke).
 */
export function readSuppressions(text: string): Suppressions {
  const file = new Set<string>();
  const lines = new Map<number, Set<string>>();
  for (let start = 0; ; ) {
    const end = lineEnd(text, start);
    const line = text.slice(start, end).replace(/\r$/, '');
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) break;
    const m = FILE.exec(line);
    if (m) for (const id of ids(m[1])) file.add(id);
    if (end === text.length) break;
    start = end + 1;
  }
  // Line numbers are counted only as far as the last marker.
  let lineNo = 0;
  let counted = 0;
  for (let at = text.indexOf(MARK); at >= 0; ) {
    for (let nl = text.indexOf('\n', counted); nl >= 0 && nl < at; nl = text.indexOf('\n', nl + 1)) {
      lineNo++;
      counted = nl + 1;
    }
    const end = lineEnd(text, at);
    const m = NEXT_LINE.exec(text.slice(counted, end).replace(/\r$/, ''));
    if (m) {
      // The comment applies to the next line that has content.
      let target = lineNo + 1;
      let start = end + 1;
      while (start <= text.length) {
        const next = lineEnd(text, start);
        if (!BLANK_OR_COMMENT.test(text.slice(start, next))) break;
        target++;
        start = next + 1;
      }
      const set = lines.get(target) ?? new Set<string>();
      for (const id of ids(m[1])) set.add(id);
      lines.set(target, set);
    }
    if (end === text.length) break;
    at = text.indexOf(MARK, end + 1);
  }
  return { file, lines };
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

export function isSuppressed(d: PacketDiagnostic, s: Suppressions, lines: LineIndex): boolean {
  if (s.file.has(d.rule)) return true;
  if (s.lines.size === 0) return false;
  const line = lines.positionAt(d.span.start).line;
  return s.lines.get(line)?.has(d.rule) ?? false;
}
