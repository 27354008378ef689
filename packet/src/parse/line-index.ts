import { LineCounter } from 'yaml';

/** Zero-based line and UTF-16 column. */
export interface Position {
  line: number;
  character: number;
}

/**
 * Where lines start, by the one rule every position in the project follows
 * (hover, completion, symbols, diagnostics, rename, the CLI): \n, \r\n and a
 * carriage return alone each end a line, as in the editor and in LSP
 * positions. Native indexOf, not a per-character loop: a loop over a 50 MB
 * file costs a third of a second, this a few milliseconds.
 */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  const hasCr = text.includes('\r');
  for (let at = nextBreak(text, 0, hasCr); at >= 0; at = nextBreak(text, at + 1, hasCr)) {
    // \r\n is one break, counted at its \n.
    if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) continue;
    starts.push(at + 1);
  }
  return starts;
}

function nextBreak(text: string, from: number, hasCr: boolean): number {
  const lf = text.indexOf('\n', from);
  if (!hasCr) return lf;
  const cr = text.indexOf('\r', from);
  if (cr < 0) return lf;
  return lf < 0 ? cr : Math.min(cr, lf);
}

/**
 * Offset ↔ position conversion over a text (zero-based lines, UTF-16
 * columns), with the line starts of `lineStartsOf`.
 */
export class LineIndex {
  constructor(
    private readonly text: string,
    private readonly counter: LineCounter,
  ) {}

  static of(text: string): LineIndex {
    return LineIndex.fromStarts(text, lineStartsOf(text));
  }

  /**
   * The index after one edit (old [from, oldTo) became new [from, newTo)),
   * from the index before it: starts before the edit stay, starts after it
   * move, and only the inserted text is searched for line breaks. A text with
   * any carriage return is counted afresh, since an edit can split a \r\n.
   */
  static edited(previous: LineIndex, text: string, from: number, oldTo: number, newTo: number): LineIndex {
    if (text.includes('\r')) return LineIndex.of(text);
    const old = previous.starts;
    const delta = newTo - oldTo;
    const starts: number[] = [];
    let i = 0;
    // A start s follows the break at s - 1: it stays while that break is before the edit.
    for (; i < old.length && old[i] <= from; i++) starts.push(old[i]);
    for (let at = text.indexOf('\n', from); at >= 0 && at < newTo; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    for (; i < old.length && old[i] <= oldTo; i++);
    for (; i < old.length; i++) starts.push(old[i] + delta);
    return LineIndex.fromStarts(text, starts);
  }

  /** An index over `text` whose line starts are already known (ascending, the first 0). */
  static fromStarts(text: string, starts: number[]): LineIndex {
    const counter = new LineCounter();
    // Not push(...starts): a spread of a few hundred thousand starts overflows the stack.
    for (const start of starts) counter.lineStarts.push(start);
    return new LineIndex(text, counter);
  }

  /** Offsets where lines start, ascending; the first is 0. Read-only. */
  get starts(): readonly number[] {
    return this.counter.lineStarts;
  }

  get lineCount(): number {
    return this.counter.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.counter.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: clamped - starts[lo] };
  }

  /** A column past the line's end means its end, before the line break (as LSP says). */
  offsetAt(position: Position): number {
    const starts = this.counter.lineStarts;
    if (position.line < 0) return 0;
    if (position.line >= starts.length) return this.text.length;
    const start = starts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** The offset where the line's content ends: before its \n, \r\n or \r. */
  lineEnd(line: number): number {
    const starts = this.counter.lineStarts;
    if (line + 1 >= starts.length) return this.text.length;
    let end = starts[line + 1] - 1;
    if (end > starts[line] && this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineStart(line: number): number {
    const starts = this.counter.lineStarts;
    return starts[Math.max(0, Math.min(line, starts.length - 1))];
  }
}
