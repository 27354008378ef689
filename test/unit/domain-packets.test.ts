import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPacket, PacketAnalysis, parsePacket, readiness } from '../../packet/src';
import { fixtureFiles, readFixture } from '../support/fixtures';

// Well-written packets from domains and authors the checks were not tuned on
// (clinic intake, invoice matching, incident triage, onboarding, contract
// review, dispatch, claims intake, content approval), each in its own YAML
// habits. A buyer could run any of them, so every check must stay quiet and
// all nine readiness questions must be answered. Their defective twins live in
// test-fixtures/invalid/domains/ and report exactly what they plant
// (fixture-expectations.test.ts).

const clean = fixtureFiles('domains', (n) => /\.handoff\.ya?ml$/.test(n));

describe('packets from other domains check clean', () => {
  it('there are at least eight of them', () => {
    assert.ok(clean.length >= 8, clean.join(', '));
  });

  for (const rel of clean) {
    it(rel, () => {
      const text = readFixture(rel);
      const parsed = parsePacket(text);
      const got = checkPacket(parsed).map((d) => `${d.rule} line ${parsed.lines.positionAt(d.span.start).line + 1}: ${d.message}`);
      assert.deepEqual(got, []);
      const r = readiness(new PacketAnalysis(text));
      assert.deepEqual(r.questions.filter((q) => q.status !== 'answered').map((q) => `${q.question} (${q.status})`), []);
    });
  }
});
