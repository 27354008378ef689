import { classifyLines, splitLines, type KeyGap, type LineKind, type TextLines } from './line-kinds';
import { parseForFormat, sameContent } from './same-content';

/** One line's new text (without its line break). Formatting never adds or removes a line. */
export interface LineEdit {
  line: number;
  /** The line's old text, as offsets into the text given (line break excluded). */
  span: { start: number; end: number };
  text: string;
}

export const FORMAT_INDENT = 2;

interface Level {
  old: number;
  new: number;
}

interface Replace {
  from: number;
  to: number;
  text: string;
}

/**
 * Formats a packet conservatively: block structure re-indented to two spaces
 * per level, `- ` and `key: value` spacing normalised, trailing whitespace
 * dropped. Every comment stays on its line, flow collections and scalars keep
 * their style, block scalar bodies move as a whole. Lines are only ever
 * changed, never added, removed or joined. A file that does not parse gets no
 * edits, and neither does one whose formatted text would not mean the same
 * (value and comments): the result is checked before it is returned.
 *
 * `lines` limits the edits to that range of 0-based lines (Format Selection);
 * the partial result is checked the same way.
 */
export function formatPacket(text: string, lines?: { start: number; end: number }): LineEdit[] {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const doc = parseForFormat(body);
  if (!doc) return [];
  const split = splitLines(body);
  const { kinds, gaps } = classifyLines(doc, body, split);
  const formatted = formatLines(split, kinds, gaps);
  const edits: LineEdit[] = [];
  for (let i = 0; i < formatted.length; i++) {
    if (lines && (i < lines.start || i > lines.end)) continue;
    if (formatted[i] !== split.text[i]) edits.push({ line: i, span: { start: bom.length + split.starts[i], end: bom.length + split.starts[i] + split.text[i].length }, text: formatted[i] });
  }
  if (edits.length === 0) return [];
  const next = split.text.slice();
  for (const e of edits) next[e.line] = e.text;
  const nextText = next.map((t, i) => t + split.eol[i]).join('');
  return sameContent(doc, body, nextText) ? edits : [];
}

/** The whole formatted text (for the CLI and tests). */
export function formatPacketText(text: string): string {
  const edits = formatPacket(text);
  if (edits.length === 0) return text;
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const split = splitLines(text.slice(bom.length));
  for (const e of edits) split.text[e.line] = e.text;
  return bom + split.text.map((t, i) => t + split.eol[i]).join('');
}

function leadingSpaces(s: string): number {
  let n = 0;
  while (s.charCodeAt(n) === 32) n++;
  return n;
}

function applyReplaces(line: string, reps: Replace[]): string {
  let out = line;
  for (const r of reps.sort((a, b) => b.from - a.from)) out = out.slice(0, r.from) + r.text + out.slice(r.to);
  return out;
}

function formatLines(split: TextLines, kinds: LineKind[], gaps: KeyGap[]): string[] {
  const out = split.text.slice();
  const gapsByLine = new Map<number, KeyGap[]>();
  for (const g of gaps) gapsByLine.set(g.line, [...(gapsByLine.get(g.line) ?? []), g]);
  let stack: Level[] = [];
  /** Per line: the innermost level its content opens, which block bodies and continuations follow. */
  const innermost: (Level | undefined)[] = [];
  let pendingComments: { line: number; old: number; guess: number | undefined }[] = [];
  const blockIndent = new Map<number, { indent: number; shift: number }>();

  for (let i = 0; i < split.text.length; i++) {
    const line = split.text[i];
    const k = kinds[i];
    if (k.kind === 'blank') {
      out[i] = '';
      continue;
    }
    if (k.kind === 'block') {
      const lvl = innermost[k.header];
      const old = leadingSpaces(line);
      const blank = line.trim() === '';
      if (!blockIndent.has(k.header)) {
        // Empty lines before the first line with text hold no content (YAML forbids them more spaces than it).
        if (blank) {
          out[i] = '';
          continue;
        }
        const shift = lvl ? (k.explicitIndent ? lvl.new - lvl.old : lvl.new + FORMAT_INDENT - old) : 0;
        blockIndent.set(k.header, { indent: old, shift });
      }
      const { indent, shift } = blockIndent.get(k.header) ?? { indent: 0, shift: 0 };
      // Spaces past the body's indentation are content, even on a line with nothing else.
      if (blank) out[i] = line.length > indent ? ' '.repeat(line.length + shift) : '';
      else out[i] = ' '.repeat(Math.max(0, old + shift)) + line.slice(old);
      continue;
    }
    if (k.kind === 'inside') {
      const lvl = innermost[k.start];
      const old = leadingSpaces(line);
      const shift = lvl ? lvl.new - lvl.old : 0;
      out[i] = (' '.repeat(Math.max(0, old + shift)) + line.slice(old)).trimEnd();
      continue;
    }
    const old = leadingSpaces(line);
    if (k.kind === 'comment') {
      const match = [...stack].reverse().find((l) => l.old === old);
      pendingComments.push({ line: i, old, guess: match?.new });
      continue;
    }
    // A content line: find its level by its indentation.
    while (stack.length > 0 && stack[stack.length - 1].old > old) stack.pop();
    let level: Level;
    if (stack.length > 0 && stack[stack.length - 1].old === old) level = stack[stack.length - 1];
    else {
      level = { old, new: stack.length > 0 ? stack[stack.length - 1].new + FORMAT_INDENT : 0 };
      stack.push(level);
    }
    const reps: Replace[] = [{ from: 0, to: old, text: ' '.repeat(level.new) }];
    // `- `, `? ` and `: ` open a nested level where their content starts.
    let col = old;
    let inner = level;
    for (;;) {
      const m = /^([-?:])([ \t]+)(?=[^\s#])/.exec(line.slice(col));
      if (!m) break;
      const contentCol = col + m[0].length;
      reps.push({ from: col + 1, to: contentCol, text: ' ' });
      inner = { old: contentCol, new: inner.new + FORMAT_INDENT };
      stack.push(inner);
      col = contentCol;
    }
    innermost[i] = inner;
    for (const g of gapsByLine.get(i) ?? []) if (g.from >= col) reps.push({ from: g.from, to: g.to, text: ': ' });
    const trimmed = line.trimEnd().length;
    if (trimmed < line.length) reps.push({ from: trimmed, to: line.length, text: '' });
    out[i] = applyReplaces(line, reps);
    for (const c of pendingComments) out[c.line] = ' '.repeat(c.old === old ? level.new : (c.guess ?? c.old)) + split.text[c.line].trimStart().trimEnd();
    pendingComments = [];
  }
  for (const c of pendingComments) out[c.line] = ' '.repeat(c.guess ?? c.old) + split.text[c.line].trim();
  return out;
}
