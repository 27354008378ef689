// Fix all's line diff keeps its memory bounded: two texts with little in
// common (every other line of 3,000 changed) would cost Myers' search a row
// per edit, hundreds of megabytes; past the bound the diff is one edit that
// replaces the part between the common head and tail, still exact.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../packet/src/fixes';
import { lineDiff, MAX_DIFF_CELLS } from '../../packet/src/fixes/line-diff';

const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => `${f(i)}\n`).join('');

describe('line diff memory bound', () => {
  it('a small fix stays a few small edits', () => {
    const a = lines(3000, (i) => `line ${i}`);
    const b = a.replace('line 10\n', 'line ten\n').replace('line 2000\n', 'line 2000\nadded\n');
    const edits = lineDiff(a, b);
    assert.equal(edits.length, 2);
    assert.equal(applyEdits(a, edits), b);
  });

  it('above the bound: one replacing edit between the common head and tail, exact', () => {
    const a = `head\n${lines(3000, (i) => `line ${i}`)}tail\n`;
    const b = `head\n${lines(3000, (i) => (i % 2 ? `line ${i}` : `changed ${i}`))}tail\n`;
    const edits = lineDiff(a, b);
    assert.equal(edits.length, 1);
    assert.equal(applyEdits(a, edits), b);
    // The lines both texts start and end with are not part of the edit.
    assert.equal(a.slice(0, edits[0].start), 'head\n');
    assert.equal(a.slice(edits[0].end), 'line 2999\ntail\n');
  });

  it('the bound is what decides: the same texts under a large enough bound get the line-by-line script', () => {
    const a = lines(60, (i) => `line ${i}`);
    const b = lines(60, (i) => (i % 2 ? `line ${i}` : `changed ${i}`));
    assert.equal(lineDiff(a, b, 100).length, 1);
    const fine = lineDiff(a, b, MAX_DIFF_CELLS);
    assert.equal(fine.length, 30);
    assert.equal(applyEdits(a, fine), b);
  });
});
