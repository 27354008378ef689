import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPacket, diffPackets, PacketAnalysis, parsePacket, readiness } from '../../packet/src';
import { fixtureFiles, readFixture } from '../support/fixtures';

// Packets written in the ways people really write YAML, each in its own
// domain: flow style, CRLF line endings, a byte-order mark, anchors with
// merge keys, heavy comments with block scalars. Every check runs on them and
// none may report anything; their planted-defect versions live in
// test-fixtures/invalid/styles/ and report exactly what they declare
// (fixture-expectations.test.ts).

const clean = fixtureFiles('styles', (n) => n.endsWith('.handoff.yaml'));


describe('packets in other styles check clean', () => {
  it('cover each style', () => {
    for (const style of ['flow-style', 'crlf', 'bom', 'merge-keys', 'comments-block-scalars']) assert.ok(clean.includes(`styles/${style}.handoff.yaml`), style);
    assert.ok(readFixture('styles/crlf.handoff.yaml').includes('\r\n'));
    assert.equal(readFixture('styles/bom.handoff.yaml').charCodeAt(0), 0xfeff);
  });

  for (const rel of clean) {
    it(rel, () => {
      const text = readFixture(rel);
      const parsed = parsePacket(text);
      const got = checkPacket(parsed);
      assert.deepEqual(got.map((d) => `${d.rule} line ${parsed.lines.positionAt(d.span.start).line + 1}: ${d.message}`), []);
      const r = readiness(new PacketAnalysis(text));
      assert.deepEqual(r.questions.filter((q) => q.status !== 'answered').map((q) => q.question), [], 'every readiness question is answered');
      // Compared with itself, nothing changed; compared with its LF, BOM-less twin, neither.
      const a = new PacketAnalysis(text);
      assert.deepEqual(diffPackets(a, a).changes, []);
      const plain = new PacketAnalysis(text.replace(/^\ufeff/, '').replace(/\r\n/g, '\n'));
      assert.deepEqual(diffPackets(plain, a).changes, []);
    });
  }
});
