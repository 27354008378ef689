import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { checkPacket, PacketAnalysis, parsePacket } from '../../packet/src';
import { applyEdits, fixesFor } from '../../packet/src/fixes';
import { readFixture } from '../support/fixtures';

// How the step checks read `next` (see packet/src/rules/steps/step-graph.ts).

const BASE = readFixture('near-miss/_base.yaml');

/** Diagnostics of the step checks (and unknown-reference) for a given `steps` list, as "rule: underlined text". */
function stepsReport(steps: unknown[]): string[] {
  const doc = parseDocument(BASE);
  doc.setIn(['steps'], steps);
  const text = doc.toString();
  return checkPacket(parsePacket(text))
    .filter((d) => d.rule === 'step-unreachable' || d.rule === 'step-dead-end' || d.rule === 'unknown-reference')
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
  it('leave a mistyped next to unknown-reference, not also calling the step it meant unreachable', () => {
    assert.deepEqual(stepsReport([{ id: 'a', next: 'clasify' }, { id: 'classify', next: 'done' }]), ['unknown-reference: clasify']);
  });
  it('count the steps after the one a typo meant as reached too', () => {
    assert.deepEqual(stepsReport([{ id: 'a', next: ['clasify'] }, { id: 'classify', next: 'route' }, { id: 'route', next: 'done' }]), ['unknown-reference: clasify']);
  });
  it('still report a step that nothing names, even by typo', () => {
    assert.deepEqual(stepsReport([{ id: 'a', next: 'clasify' }, { id: 'classify', next: 'done' }, { id: 'archive', next: 'done' }]), [
      'unknown-reference: clasify',
      'step-unreachable: archive',
    ]);
  });
  it('still report a step when the unknown target is not close to it', () => {
    assert.deepEqual(stepsReport([{ id: 'a', next: 'escalate' }, { id: 'classify', next: 'done' }]), ['unknown-reference: escalate', 'step-unreachable: classify']);
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

/** The step-incomplete diagnostics for a `steps` list, as "underlined text: message". */
function incomplete(steps: unknown[]): { text: string; found: string[] } {
  const doc = parseDocument(BASE);
  doc.setIn(['steps'], steps);
  const text = doc.toString();
  const found = checkPacket(parsePacket(text))
    .filter((d) => d.rule === 'step-incomplete')
    .map((d) => `${text.slice(d.span.start, d.span.end)}: ${d.message}`);
  return { text, found };
}

describe('step-incomplete', () => {
  it('names what each step lacks, on its id', () => {
    const { found } = incomplete([
      { id: 'a', trigger: 'A form arrives', output: 'A record', next: 'b' },
      { id: 'b', output: 'A draft', next: 'c' },
      { id: 'c', trigger: 'Draft ready', next: 'd' },
      { id: 'd', trigger: '   ', next: 'done' },
    ]);
    assert.deepEqual(
      found.map((f) => f.replace(/\. Add .*$/, '')),
      ['b: Step "b" does not say what starts it (`trigger`)', 'c: Step "c" does not say what it hands on (`output`)', 'd: Step "d" does not say what starts it (`trigger`) and what it hands on (`output`)'],
    );
  });

  it('says nothing of entries that are not mappings: the schema reports those', () => {
    assert.deepEqual(incomplete(['intake', { id: 'b', trigger: 't', output: 'o' }]).found, []);
  });

  it('offers a quick fix that inserts the missing fields and clears the warning', () => {
    const { text } = incomplete([{ id: 'a', inputs: { required: ['form'] }, next: 'done' }]);
    const analysis = new PacketAnalysis(text);
    const d = analysis.diagnostics().find((x) => x.rule === 'step-incomplete');
    assert.ok(d);
    const fixes = fixesFor(analysis, d);
    assert.ok(fixes.length > 0, 'no quick fix');
    const fixed = applyEdits(text, fixes[0].edits);
    const step = (parsePacket(fixed).value as { steps: Record<string, unknown>[] }).steps[0];
    // In format order: trigger before inputs, output after them.
    assert.deepEqual(Object.keys(step), ['id', 'trigger', 'inputs', 'output', 'next']);
    assert.deepEqual(checkPacket(parsePacket(fixed)).filter((x) => x.rule === 'step-incomplete'), []);
  });
});
