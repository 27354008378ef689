import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentSymbols, foldingRanges, selectionRanges, type PacketSymbol } from '../../packet/src/authoring';
import { readFixture, validExamples } from '../support/fixtures';

const text = readFixture('authoring/outline.yaml');
const tree = (list: PacketSymbol[], depth: number): unknown[] => list.map((s) => (depth > 1 && s.children.length > 0 ? { [`${s.name} (${s.kind})`]: tree(s.children, depth - 1) } : `${s.name} (${s.kind})`));
const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;

describe('outline', () => {
  it('mirrors the sections and names list entries by id, type, cadence or kind', () => {
    assert.deepEqual(tree(documentSymbols(text), 3), [
      'packet (section)',
      { 'workflow (section)': ['name (field)', 'reads (list)'] },
      { 'systems (section)': [{ 'crm (system)': ['id (field)', 'name (field)'] }] },
      { 'steps (section)': [{ 'intake (step)': ['id (field)', 'trigger (field)', 'inputs (group)', 'next (field)'] }] },
      { 'permissions (section)': [{ 'actions (list)': ['write-note (action)'] }] },
      { 'exceptions (section)': [{ 'types (list)': ['missing_source_data (exception)'] }] },
      { 'review (section)': [{ 'weekly (review)': ['cadence (field)', 'what (field)'] }] },
      { 'owners (section)': [{ 'ops-lead (owner)': ['id (field)', 'role (field)'] }] },
      { 'changes (section)': [{ 'safe (list)': ['Changing the threshold (change)', 'routing-destination (change)'] }] },
    ]);
  });

  it('shows a useful detail and selects the id of an entry', () => {
    const symbols = documentSymbols(text);
    const steps = symbols.find((s) => s.name === 'steps')!;
    assert.equal(steps.detail, 'Steps');
    const intake = steps.children[0];
    assert.equal(intake.detail, 'A form arrives');
    assert.equal(text.slice(intake.selectionSpan.start, intake.selectionSpan.end), 'intake');
    assert.equal(text.slice(intake.span.start, intake.span.end).split('\n').length, 4);
    const owner = symbols.find((s) => s.name === 'owners')!.children[0];
    assert.equal(owner.detail, 'Operations lead');
  });

  it('names every section of the bundled examples', () => {
    for (const ex of validExamples()) {
      const names = documentSymbols(ex.text).map((s) => s.name);
      assert.deepEqual(names.slice(0, 3), ['packet', 'workflow', 'systems'], ex.name);
      assert.equal(names.length, 13, ex.name);
    }
  });
});

describe('folding', () => {
  it('folds sections, entries and comment blocks, one fold per line', () => {
    const folds = foldingRanges(text).map((f) => [lineOf(f.span.start), lineOf(f.span.end), f.kind ?? '']);
    assert.deepEqual(folds.slice(0, 4), [
      [0, 1, 'comment'],
      [3, 5, ''],
      [6, 8, ''],
      [7, 8, ''],
    ]);
    const starts = folds.map((f) => f[0]);
    assert.equal(new Set(starts).size, starts.length);
  });
});

describe('selection ranges', () => {
  it('grows from the word to the value, the entry, the list and the file', () => {
    const offset = text.indexOf('Operations lead') + 3;
    const chain = selectionRanges(text, offset).map((s) => text.slice(s.start, s.end));
    assert.equal(chain[0], 'Operations');
    assert.equal(chain[1], 'Operations lead');
    assert.equal(chain[2], 'role: Operations lead');
    assert.ok(chain.includes('- id: ops-lead\n    role: Operations lead'));
    assert.equal(chain[chain.length - 1], text);
  });
});
