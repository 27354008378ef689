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
const BLANK_OR_COMMENT = /^\s*(#.*)?$/;

/**
 * Reads suppression comments. `handoff-disable` counts only in the leading
 * comment block, so a comment deep in the file cannot silence it wholesale.
 * Lines are those of `lines`, the parse's one line index (a lone \r ends a
 * line as \n and \r\n do), so a comment names the same line the editor
 * and every diagnostic position count. Runs on every check: it reads the
 * leading block and the lines that hold the next-line marker, and never
 * splits the whole text into lines (on a 50,000-line packet that was about
 * 7 ms and 50,000 strings per keystroke).
 */
export function readSuppressions(text: string, lines: LineIndex): Suppressions {
  const file = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  const lineText = (line: number) => text.slice(lines.lineStart(line), lines.lineEnd(line));
  for (let line = 0; line < lines.lineCount; line++) {
    const content = lineText(line);
    const trimmed = content.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) break;
    const m = FILE.exec(content);
    if (m) for (const id of ids(m[1])) file.add(id);
  }
  for (let at = text.indexOf(MARK); at >= 0; ) {
    const line = lines.positionAt(at).line;
    const m = NEXT_LINE.exec(lineText(line));
    if (m) {
      // The comment applies to the next line that has content.
      let target = line + 1;
      while (target < lines.lineCount && BLANK_OR_COMMENT.test(lineText(target))) target++;
      const set = byLine.get(target) ?? new Set<string>();
      for (const id of ids(m[1])) set.add(id);
      byLine.set(target, set);
    }
    if (line + 1 >= lines.lineCount) break;
    at = text.indexOf(MARK, lines.lineStart(line + 1));
  }
  return { file, lines: byLine };
}

export function isSuppressed(d: PacketDiagnostic, s: Suppressions, lines: LineIndex): boolean {
  if (s.file.has(d.rule)) return true;
  if (s.lines.size === 0) return false;
  const line = lines.positionAt(d.span.start).line;
  return s.lines.get(line)?.has(d.rule) ?? false;
}
