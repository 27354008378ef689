import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPacket, parsePacket } from '../../packet/src';
import { readFixture } from '../support/fixtures';

// A reference slot left as template text ("TBD", "???", "<step>") is one
// open decision: it must be reported once, as a placeholder, with no
// suggestion of a look-alike id and no second "wrong form" error.

const BASE = readFixture('domains/clinic-intake.handoff.yaml');

function problemsWith(from: string, to: string) {
  assert.ok(BASE.includes(from), from);
  const parsed = parsePacket(BASE.replace(from, to));
  return checkPacket(parsed).map((d) => ({ rule: d.rule, line: parsed.lines.positionAt(d.span.start).line + 1, message: d.message, data: d.data }));
}

describe('a placeholder where an id belongs', () => {
  for (const [label, from, to, kind] of [
    ['owner: TBD', '      owner: practice-manager\n', '      owner: TBD\n', 'owner'],
    ['approver: "???"', '      approver: front-desk-lead\n', '      approver: "???"\n', 'owner'],
    ['next: <step>', '    next: create-draft\n', '    next: <step>\n', 'step'],
  ] as const) {
    it(label, () => {
      const got = problemsWith(from, to).filter((p) => p.rule !== 'step-unreachable');
      assert.equal(got.length, 1, JSON.stringify(got));
      assert.equal(got[0].rule, 'unknown-reference');
      assert.match(got[0].message, new RegExp(`The ${kind} here is still a placeholder`));
      assert.equal(got[0].data, undefined, 'no quick fix declares or guesses an id');
    });
  }

  it('an id in the wrong case is one error, with the id it meant', () => {
    const got = problemsWith('      owner: practice-manager\n', '      owner: Practice-Manager\n');
    assert.deepEqual(got.map((p) => p.rule), ['unknown-reference']);
    assert.match(got[0].message, /Did you mean "practice-manager"\?/);
  });

  it('a real typo still gets its suggestion', () => {
    const got = problemsWith('      owner: practice-manager\n', '      owner: practice-manger\n');
    assert.deepEqual(got.map((p) => p.rule), ['unknown-reference']);
    assert.match(got[0].message, /Did you mean "practice-manager"\?/);
  });
});
