import { LineCounter } from 'yaml';
import { LineIndex } from '../parse/line-index';

/**
 * The line index of a text, built with native indexOf: a per-character loop
 * over a 50 MB file costs a third of a second, this a few milliseconds. A
 * carriage return alone ends a line here, as it does in the editor and in
 * LSP positions.
 */
export function quickLineIndex(text: string): LineIndex {
  const counter = new LineCounter();
  counter.addNewLine(0);
  const hasCr = text.includes('\r');
  for (let at = nextBreak(text, 0, hasCr); at >= 0; at = nextBreak(text, at + 1, hasCr)) {
    // \r\n is one break, counted at its \n.
    if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) continue;
    counter.addNewLine(at + 1);
  }
  return new LineIndex(text, counter);
}

function nextBreak(text: string, from: number, hasCr: boolean): number {
  const lf = text.indexOf('\n', from);
  if (!hasCr) return lf;
  const cr = text.indexOf('\r', from);
  if (cr < 0) return lf;
  return lf < 0 ? cr : Math.min(cr, lf);
}

/**
 * The line index after one edit (old [from, oldTo) became new [from, newTo)),
 * from the index before it: starts before the edit stay, starts after it
 * move, and only the inserted text is searched for line breaks. A text with
 * any carriage return is counted afresh, since an edit can split a \r\n.
 */
export function editedLineIndex(previous: LineIndex, text: string, from: number, oldTo: number, newTo: number): LineIndex {
  if (text.includes('\r')) return quickLineIndex(text);
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
