import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex, PacketAnalysis, quickLines, reparsePacket, parsePacket, documentSymbols } from '../../packet/src';
import { lineStartsOf } from '../../packet/src/parse/line-index';
import { bundledExample } from '../support/fixtures';

// One rule for where lines start, whatever ends them: \n, \r\n, or a lone
// \r (as LSP positions count). Every feature converts positions with it, so
// hover, completion and symbols point where diagnostics and rename do.

const EOLS = { LF: '\n', CRLF: '\r\n', CR: '\r' } as const;

describe('one line index for LF, CRLF and CR', () => {
  for (const [name, eol] of Object.entries(EOLS)) {
    it(`${name}: lines start after each break, and a column past the end stops before the break`, () => {
      const text = ['ab', '', 'cde', ''].join(eol);
      const lines = LineIndex.of(text);
      const w = eol.length;
      assert.deepEqual(lines.starts, [0, 2 + w, 2 + 2 * w, 5 + 3 * w]);
      assert.deepEqual(lines.positionAt(2 + 2 * w + 1), { line: 2, character: 1 });
      assert.equal(lines.offsetAt({ line: 0, character: 99 }), 2, 'the end of "ab", before its line break');
      assert.equal(lines.offsetAt({ line: 2, character: 3 }), 2 + 2 * w + 3);
      assert.equal(lines.lineEnd(2), 2 + 2 * w + 3);
    });
  }

  it('mixed breaks: a lone \\r ends a line, \\r\\n is one break', () => {
    assert.deepEqual(lineStartsOf('a\rb\r\nc\nd'), [0, 2, 5, 7]);
    assert.deepEqual(lineStartsOf('\r\r\n\n'), [0, 1, 3, 4]);
    assert.deepEqual(lineStartsOf(''), [0]);
  });

  it('the index after an edit equals the index counted afresh, for every kind of break', () => {
    for (const eol of Object.values(EOLS)) {
      const before = `a: 1${eol}b: 2${eol}c: 3${eol}`;
      const after = before.replace('b: 2', `b: 2${eol}x: 9`);
      const edited = LineIndex.edited(LineIndex.of(before), after, 5, 5, 5 + eol.length + 4);
      assert.deepEqual(edited.starts, LineIndex.of(after).starts, JSON.stringify(eol));
    }
  });

  it('after a lone \\r in a comment, the quick requests and the checks place lines alike', () => {
    const text = bundledExample().replace('\n', '\n# note written on an old Mac\rstill the comment\n');
    const analysis = new PacketAnalysis(text);
    assert.deepEqual(quickLines(text).starts, analysis.parsed.lines.starts);
    assert.deepEqual(reparsePacket(parsePacket(bundledExample()), text).lines.starts, analysis.parsed.lines.starts);
    // A symbol's line is the line the editor shows.
    const symbol = documentSymbols(text)[1];
    const line = quickLines(text).positionAt(symbol.span.start).line;
    assert.equal(text.split(/\r\n|\r|\n/)[line].startsWith(symbol.name), true, `symbol ${symbol.name} on line ${line}`);
  });
});
