import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePacket } from '../../packet/src';

/** The duplicate-key problems of a text, as "underlined text: message". */
function duplicates(text: string): string[] {
  return parsePacket(text)
    .problems.filter((p) => p.rule === 'duplicate-key')
    .map((p) => `${text.slice(p.span.start, p.span.end)}: ${p.message}`);
}

describe('duplicate-key', () => {
  it('names the key and the line of the first one, on the later key', () => {
    const text = 'packet: 1\nexceptions:\n  queue:\n    owner: ops-lead\n    where: HubSpot view\n    owner: partner-manager\n';
    assert.deepEqual(duplicates(text), [
      'owner: "owner" appears twice in this mapping (the first one is on line 4), and YAML keeps only one of the two values. Remove the later one, or merge the two into one.',
    ]);
  });
  it('names the key in an inline mapping too, and only the mapping it is in', () => {
    const text = 'steps:\n  - {id: a, output: x}\n  - {id: b, next: done, id: c}\n';
    const got = duplicates(text);
    assert.equal(got.length, 1);
    assert.match(got[0], /^id: "id" appears twice in this mapping \(the first one is on line 3\)/);
  });
  it('cuts a very long key in the message but underlines all of it', () => {
    const key = 'k'.repeat(200);
    const got = duplicates(`${key}: 1\n${key}: 2\n`);
    assert.equal(got.length, 1);
    assert.ok(got[0].startsWith(`${key}: "${'k'.repeat(59)}…" appears twice`), got[0]);
  });
});
