import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPacket, parsePacket } from '../../packet/src';
import { ALL_RULES } from '../../packet/src/rules/all-rules';
import { fixtureFiles, readFixture } from '../support/fixtures';

// Each operating check has a near miss: a complete packet that looks like the
// problem but is fine. It must report nothing at all, so a check that starts
// to fire too eagerly fails here rather than in someone's editor.

const STRUCTURE = new Set(['missing-section', 'duplicate-id', 'unknown-reference']);
const files = fixtureFiles('near-miss');

describe('near misses report nothing', () => {
  it('every operating check has one', () => {
    const have = new Set(files.map((f) => f.replace(/^near-miss\//, '').replace(/\.yaml$/, '')));
    const missing = ALL_RULES.map((r) => r.id).filter((id) => !STRUCTURE.has(id) && !have.has(id));
    assert.deepEqual(missing, []);
  });
  for (const rel of files) {
    it(rel, () => {
      const parsed = parsePacket(readFixture(rel));
      const got = checkPacket(parsed).map((d) => `${d.rule} line ${parsed.lines.positionAt(d.span.start).line + 1}: ${d.message}`);
      assert.deepEqual(got, []);
    });
  }
});
