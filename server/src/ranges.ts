import type { Position as LspPosition, Range } from 'vscode-languageserver';
import type { LineIndex, Span } from '../../packet/src';

// The one place where library offsets become LSP ranges and back. Both sides
// count UTF-16 code units, which is what LSP positions use by default.

export function toRange(lines: LineIndex, span: Span): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function toPosition(lines: LineIndex, offset: number): LspPosition {
  return lines.positionAt(offset);
}

export function toOffset(lines: LineIndex, position: LspPosition): number {
  return lines.offsetAt(position);
}

export function toSpan(lines: LineIndex, range: Range): Span {
  return { start: lines.offsetAt(range.start), end: lines.offsetAt(range.end) };
}

/**
 * A range from an earlier version of the text, moved inside this one: each
 * end to the nearest place that exists (a line past the end to the end, a
 * column past a line's end to that end).
 */
export function clampRange(lines: LineIndex, range: Range): Range {
  return { start: lines.positionAt(lines.offsetAt(range.start)), end: lines.positionAt(lines.offsetAt(range.end)) };
}
