// Turns "old text → new text" into a few line-level edits, so "Fix all" hands
// the editor small changes (cursor, folds and marks elsewhere stay put)
// instead of one replacement of the whole file.

import type { TextEdit } from './types';

function splitLines(text: string): string[] {
  return text.length === 0 ? [] : text.split(/(?<=\n)/);
}

/**
 * Myers keeps one row of its search per edit distance: rows × row length
 * Int32 cells. A fix changes a few lines; a diff past this many cells (16 MB)
 * means the two texts have little in common, and one edit says it as well.
 */
export const MAX_DIFF_CELLS = 4_000_000;

/**
 * Myers' shortest edit script over lines, as offset edits against `a`. When
 * the script would need more than `maxCells` of memory, one edit replaces
 * everything between the common head and tail instead.
 */
export function lineDiff(a: string, b: string, maxCells = MAX_DIFF_CELLS): TextEdit[] {
  if (a === b) return [];
  const A = splitLines(a);
  const B = splitLines(b);
  // Common head and tail first: fixes change little, so the middle is small.
  let head = 0;
  while (head < A.length && head < B.length && A[head] === B[head]) head++;
  let tail = 0;
  while (tail < A.length - head && tail < B.length - head && A[A.length - 1 - tail] === B[B.length - 1 - tail]) tail++;
  const x = A.slice(head, A.length - tail);
  const y = B.slice(head, B.length - tail);
  const starts: number[] = [0];
  for (const l of A) starts.push(starts[starts.length - 1] + l.length);
  const ops = myers(x, y, maxCells);
  if (!ops) return [{ start: starts[head], end: starts[A.length - tail], newText: y.join('') }];
  const edits: TextEdit[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  while (k < ops.length) {
    if (ops[k] === '=') {
      i++;
      j++;
      k++;
      continue;
    }
    const i0 = i;
    const j0 = j;
    while (k < ops.length && ops[k] !== '=') {
      if (ops[k] === '-') i++;
      else j++;
      k++;
    }
    edits.push({ start: starts[head + i0], end: starts[head + i], newText: y.slice(j0, j).join('') });
  }
  return edits;
}

type Op = '=' | '-' | '+';

/** The edit script, or undefined when finding it would take more than `maxCells` cells. */
function myers(x: string[], y: string[], maxCells: number): Op[] | undefined {
  const n = x.length;
  const m = y.length;
  const max = n + m;
  const offset = max;
  let v: Int32Array = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  outer: for (let d = 0; d <= max; d++) {
    if ((trace.length + 1) * v.length > maxCells) return undefined;
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let i = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let j = i - k;
      while (i < n && j < m && x[i] === y[j]) {
        i++;
        j++;
      }
      v[offset + k] = i;
      if (i >= n && j >= m) break outer;
    }
  }
  // Walk the trace back from the end to recover the script.
  const ops: Op[] = [];
  let i = n;
  let j = m;
  for (let d = trace.length - 1; d > 0; d--) {
    v = trace[d];
    const k = i - j;
    const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
    const prevI = v[offset + prevK];
    const prevJ = prevI - prevK;
    while (i > prevI && j > prevJ) {
      ops.push('=');
      i--;
      j--;
    }
    ops.push(i === prevI ? '+' : '-');
    i = prevI;
    j = prevJ;
  }
  while (i > 0 && j > 0) {
    ops.push('=');
    i--;
    j--;
  }
  return ops.reverse();
}
