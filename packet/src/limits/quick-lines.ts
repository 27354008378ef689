import { LineIndex } from '../parse/line-index';

/** The line index of a text (see lineStartsOf for the one rule). */
export function quickLineIndex(text: string): LineIndex {
  return LineIndex.of(text);
}

/** The line index after one edit (see LineIndex.edited). */
export function editedLineIndex(previous: LineIndex, text: string, from: number, oldTo: number, newTo: number): LineIndex {
  return LineIndex.edited(previous, text, from, oldTo, newTo);
}
