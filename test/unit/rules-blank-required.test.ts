import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { checkPacket, PacketAnalysis, parsePacket } from '../../packet/src';
import { applyEdits, fixesFor } from '../../packet/src/fixes';
import { readFixture } from '../support/fixtures';

// A required field written but left empty (`output: ""`, `output:`) is one
// slip: the operating check reports it, with its fix, and the schema does not
// repeat it as "must not be empty" / "must be text".

const BASE = readFixture('near-miss/_base.yaml');

function packetWith(path: (string | number)[], value: unknown): string {
  const doc = parseDocument(BASE);
  doc.setIn(path, value);
  return doc.toString();
}

/** The diagnostics of the given rules, as "rule: underlined text". */
function reportsAbout(text: string, rules: string[]): string[] {
  return checkPacket(parsePacket(text))
    .filter((d) => rules.includes(d.rule))
    .map((d) => `${d.rule}: ${text.slice(d.span.start, d.span.end)}`);
}

describe('an empty required field is reported once', () => {
  for (const [label, value] of [
    ['empty text', ''],
    ['no value', null],
  ] as const) {
    it(`a step output with ${label}: step-incomplete only`, () => {
      const text = packetWith(['steps', 0, 'output'], value);
      const got = reportsAbout(text, ['schema', 'step-incomplete']);
      assert.equal(got.length, 1, got.join('\n'));
      assert.match(got[0], /^step-incomplete: /);
    });
    it(`a step trigger with ${label}: step-incomplete only`, () => {
      const got = reportsAbout(packetWith(['steps', 0, 'trigger'], value), ['schema', 'step-incomplete']);
      assert.equal(got.length, 1, got.join('\n'));
      assert.match(got[0], /^step-incomplete: /);
    });
    it(`support window and response with ${label}: support-incomplete only`, () => {
      const doc = parseDocument(BASE);
      doc.setIn(['support', 'window'], value);
      doc.setIn(['support', 'response'], value);
      const got = reportsAbout(doc.toString(), ['schema', 'support-incomplete']);
      assert.deepEqual(got, ['support-incomplete: support']);
    });
  }

  it('keeps the quick fix: it fills the empty value in place and nothing is left', () => {
    const text = packetWith(['steps', 0, 'output'], '');
    const analysis = new PacketAnalysis(text);
    const d = analysis.diagnostics().find((x) => x.rule === 'step-incomplete');
    assert.ok(d);
    const fixes = fixesFor(analysis, d);
    assert.ok(fixes.length > 0, 'no quick fix');
    const fixed = applyEdits(text, fixes[0].edits);
    assert.deepEqual(reportsAbout(fixed, ['schema', 'step-incomplete']), []);
  });

  it('still reports a value of the wrong kind that is not empty', () => {
    const got = reportsAbout(packetWith(['steps', 0, 'output'], 42), ['schema', 'step-incomplete']);
    assert.deepEqual(got, ['schema: 42']);
  });

  it('still reports an empty text where no check stands in for the schema', () => {
    const got = reportsAbout(packetWith(['workflow', 'name'], ''), ['schema']);
    assert.equal(got.length, 1, got.join('\n'));
  });
});
