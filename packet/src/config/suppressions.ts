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

/**
 * Reads suppression comments. `handoff-disable` counts only in the leading
 * comment block, so a comment deep in the file cannot silence it wholesale.
 */
export function readSuppressions(text: string): Suppressions {
  const file = new Set<string>();
  const lines = new Map<number, Set<string>>();
  const all = text.split('\n');
  let leading = true;
  for (let i = 0; i < all.length; i++) {
    const line = all[i].replace(/\r$/, '');
    const trimmed = line.trim();
    if (leading && trimmed !== '' && !trimmed.startsWith('#')) leading = false;
    if (leading) {
      const m = FILE.exec(line);
      if (m) for (const id of ids(m[1])) file.add(id);
    }
    if (!line.includes('handoff-disable-next-line')) continue;
    const m = NEXT_LINE.exec(line);
    if (!m) continue;
    // The comment applies to the next line that has content.
    let target = i + 1;
    while (target < all.length && /^\s*(#.*)?\r?$/.test(all[target])) target++;
    const set = lines.get(target) ?? new Set<string>();
    for (const id of ids(m[1])) set.add(id);
    lines.set(target, set);
  }
  return { file, lines };
}

export function isSuppressed(d: PacketDiagnostic, s: Suppressions, lines: LineIndex): boolean {
  if (s.file.has(d.rule)) return true;
  if (s.lines.size === 0) return false;
  const line = lines.positionAt(d.span.start).line;
  return s.lines.get(line)?.has(d.rule) ?? false;
}
