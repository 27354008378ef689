import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { checkPacket, parsePacket } from '../../packet/src';
import { readFixture } from '../support/fixtures';

// How the step checks read `next` (see packet/src/rules/steps/step-graph.ts).

const BASE = readFixture('near-miss/_base.yaml');

/** Diagnostics of the step checks (and unknown-reference) for a given `steps` list, as "rule: underlined text". */
function stepsReport(steps: unknown[]): string[] {
  const doc = parseDocument(BASE);
  doc.setIn(['steps'], steps);
  const text = doc.toString();
  return checkPacket(parsePacket(text))
    .filter((d) => d.rule.startsWith('step-') || d.rule === 'unknown-reference')
    .map((d) => `${d.rule}: ${text.slice(d.span.start, d.span.end)}`);
}

describe('step-unreachable and step-dead-end', () => {
  it('read steps without next as a straight line', () => {
    assert.deepEqual(stepsReport([{ id: 'a' }, { id: 'b' }, { id: 'c' }]), []);
  });
  it('find a step nothing leads to, and only that one', () => {
    assert.deepEqual(stepsReport([{ id: 'a', next: 'done' }, { id: 'b', next: 'done' }]), ['step-unreachable: b']);
  });
  it('find a loop with no way out, on each step of it (underlining its next)', () => {
    assert.deepEqual(stepsReport([{ id: 'a', next: 'b' }, { id: 'b', next: 'a' }]), ['step-dead-end: b', 'step-dead-end: a']);
  });
  it('accept a loop with a way out', () => {
    assert.deepEqual(stepsReport([{ id: 'a', next: 'b' }, { id: 'b', next: ['a', 'done'] }]), []);
  });
  it('leave an unknown step id to unknown-reference', () => {
    assert.deepEqual(stepsReport([{ id: 'a', next: 'clasify' }, { id: 'classify', next: 'done' }]), ['unknown-reference: clasify', 'step-unreachable: classify']);
  });
  it('do not judge reachability while a next has the wrong shape', () => {
    const got = stepsReport([{ id: 'a', next: 3 }, { id: 'b', next: 'done' }]);
    assert.deepEqual(got.filter((g) => g.startsWith('step-')), []);
  });
  it('report a duplicated id once and do not trip over entries without ids', () => {
    const got = stepsReport([{ id: 'a', next: 'b' }, { trigger: 'no id yet' }, { id: 'b', next: 'b' }, { id: 'b', next: 'b' }]);
    // a's next and the first b's next; the second b is duplicate-id's.
    assert.deepEqual(got, ['step-dead-end: b', 'step-dead-end: b']);
  });
  it('do not guess an entry when the first step is not a mapping', () => {
    assert.deepEqual(stepsReport(['intake', { id: 'b', next: 'done' }]).filter((g) => g.startsWith('step-unreachable')), []);
  });
});
