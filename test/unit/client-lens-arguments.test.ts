import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readShowReferencesArgs } from '../../client/src/lens-arguments';

// A reference-count lens hands its arguments to VS Code's references peek;
// the client passes on only what has the shape the server sends.

const uri = 'file:///p/handoff.yaml';
const at = { line: 3, character: 8 };
const loc = (line: number) => ({ uri, range: { start: { line, character: 13 }, end: { line, character: 21 } } });

describe('reference lens arguments', () => {
  it('accepts the document, the position and the locations, none included', () => {
    assert.deepEqual(readShowReferencesArgs([uri, at, [loc(10), loc(20)]]), [uri, at, [loc(10), loc(20)]]);
    assert.deepEqual(readShowReferencesArgs([uri, at, []]), [uri, at, []]);
  });

  it('refuses anything else, so a malformed lens does nothing', () => {
    for (const bad of [[], [uri], [uri, at], [42, at, []], [uri, { line: -1, character: 0 }, []], [uri, { line: 1.5, character: 0 }, []], [uri, at, [{ uri }]], [uri, at, [loc(1), null]], [uri, at, 'x']]) {
      assert.equal(readShowReferencesArgs(bad), undefined, JSON.stringify(bad));
    }
  });
});
