import { LineCounter } from 'yaml';

/** Zero-based line and UTF-16 column. */
export interface Position {
  line: number;
  character: number;
}

/**
 * Offset ↔ position conversion over a text, built on yaml's LineCounter so
 * the parse already paid for the line starts.
 */
export class LineIndex {
  constructor(
    private readonly text: string,
    private readonly counter: LineCounter,
  ) {}

  static of(text: string): LineIndex {
    const counter = new LineCounter();
    counter.addNewLine(0);
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) counter.addNewLine(i + 1);
    return new LineIndex(text, counter);
  }

  /** An index over `text` whose line starts are already known (ascending, the first 0). */
  static fromStarts(text: string, starts: number[]): LineIndex {
    const counter = new LineCounter();
    counter.lineStarts.push(...starts);
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

  offsetAt(position: Position): number {
    const starts = this.counter.lineStarts;
    if (position.line < 0) return 0;
    if (position.line >= starts.length) return this.text.length;
    const lineEnd = position.line + 1 < starts.length ? starts[position.line + 1] - 1 : this.text.length;
    return Math.min(starts[position.line] + Math.max(0, position.character), Math.max(starts[position.line], lineEnd));
  }

  lineStart(line: number): number {
    const starts = this.counter.lineStarts;
    return starts[Math.max(0, Math.min(line, starts.length - 1))];
  }
}
