import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PacketAnalysis, type Span } from '../../packet/src';
import { codeLenses, definitionAt, highlightsAt, prepareRenameAt, referencesAt, renameAt } from '../../packet/src/authoring';
import { readFixture, validExamples } from '../support/fixtures';

function load(name: string): { analysis: PacketAnalysis; text: string; offset: number } {
  const raw = readFixture(`authoring/navigation/${name}.yaml`);
  const offset = raw.indexOf('|');
  assert.ok(offset >= 0 && raw.indexOf('|', offset + 1) < 0, `${name}: exactly one | marks the cursor`);
  const text = raw.slice(0, offset) + raw.slice(offset + 1);
  return { analysis: new PacketAnalysis(text), text, offset };
}

/** Each span as `line:column text`, 1-based, the way an editor shows it. */
function where(text: string, spans: Span[]): string[] {
  return spans.map((s) => {
    const before = text.slice(0, s.start).split('\n');
    return `${before.length}:${before[before.length - 1].length + 1} ${text.slice(s.start, s.end)}`;
  });
}

function apply(text: string, edits: { span: Span; newText: string }[]): string {
  return [...edits].sort((a, b) => b.span.start - a.span.start).reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
}

describe('definition, references, highlights', () => {
  it('goes from a reference in a flow list to the step it names', () => {
    const { analysis, text, offset } = load('step-reference');
    assert.deepEqual(where(text, definitionAt(analysis.index, offset)), ['7:9 record']);
  });

  it('finds every reference of an owner, with or without the declaration, in file order', () => {
    const { analysis, text, offset } = load('owner-ids');
    assert.deepEqual(where(text, referencesAt(analysis.index, offset, false)), ['13:12 ops-lead', '16:14 "ops-lead"', '19:12 ops-lead']);
    assert.deepEqual(where(text, referencesAt(analysis.index, offset, true)).length, 4);
  });

  it('highlights the declaration as written and the references as read', () => {
    const { analysis, text, offset } = load('owner-ids');
    const hl = highlightsAt(analysis.index, offset);
    assert.deepEqual(
      hl.map((h) => `${where(text, [h.span])[0]} ${h.kind}`),
      ['13:12 ops-lead read', '16:14 "ops-lead" read', '19:12 ops-lead read', '21:9 ops-lead write'],
    );
  });

  it('answers nothing away from ids', () => {
    const { analysis, offset } = load('not-an-id');
    assert.deepEqual(definitionAt(analysis.index, offset), []);
    assert.deepEqual(referencesAt(analysis.index, offset, true), []);
  });
});

describe('rename', () => {
  it('renames the declaration and every reference, inside quotes too', () => {
    const { analysis, text, offset } = load('owner-ids');
    const target = prepareRenameAt(text, analysis.index, offset);
    assert.ok('span' in target);
    assert.equal(target.placeholder, 'ops-lead');
    const result = renameAt(text, analysis.index, offset, 'queue-lead');
    assert.ok('edits' in result, JSON.stringify(result));
    assert.equal(result.edits.length, 4);
    const renamed = apply(text, result.edits);
    assert.equal((renamed.match(/queue-lead/g) ?? []).length, 4);
    assert.ok(renamed.includes('owner: "queue-lead"'));
    assert.doesNotMatch(renamed, /(^|[^a-z-])ops-lead/);
    assert.ok(renamed.includes('revops-lead'), 'a longer id containing the old one is left alone');
    assert.deepEqual(new PacketAnalysis(renamed).diagnostics().filter((d) => d.rule === 'unknown-reference'), []);
  });

  it('renames a step from a reference', () => {
    const { analysis, text, offset } = load('step-reference');
    const result = renameAt(text, analysis.index, offset, 'write-note');
    assert.ok('edits' in result);
    assert.deepEqual(where(text, result.edits.map((e) => e.span)), ['6:12 record', '7:9 record', '10:11 record']);
  });

  it('refuses invalid, reserved and taken names with the reason', () => {
    const { analysis, text, offset } = load('owner-ids');
    const refused = (name: string) => {
      const r = renameAt(text, analysis.index, offset, name);
      assert.ok('error' in r, `${name} should be refused`);
      return r.error;
    };
    assert.match(refused('Ops Lead'), /not a valid id.*lower-case/);
    assert.match(refused('2nd-lead'), /not a valid id/);
    assert.match(refused('revops-lead'), /already has the id "revops-lead"/);
    assert.match(refused('null'), /cannot be an id/);
    const steps = load('step-reference');
    const r = renameAt(steps.text, steps.analysis.index, steps.offset, 'done');
    assert.ok('error' in r && /reserved/.test(r.error));
  });

  it('explains why nothing can be renamed away from an id', () => {
    const { analysis, text, offset } = load('not-an-id');
    const target = prepareRenameAt(text, analysis.index, offset);
    assert.ok('error' in target && /Only ids can be renamed/.test(target.error));
  });
});

describe('code lens', () => {
  it('counts responsibilities and references per owner, and shows authority and reversibility per action', () => {
    const { analysis, text } = load('owner-ids');
    const lenses = codeLenses(analysis.parsed.doc, analysis.index).map((l) => `${text.slice(l.span.start, l.span.end)}: ${l.title}`);
    assert.deepEqual(lenses, [
      'set-stage: approval by revops-lead · reversible',
      'purge-record: automatic · irreversible',
      'ops-lead: owns 2 of 5 responsibilities · 3 references',
      'revops-lead: owns 1 of 5 responsibilities · 2 references',
    ]);
    const lonely = new PacketAnalysis('owners:\n  - id: solo\n    owns: [business_outcome]\n');
    assert.deepEqual(codeLenses(lonely.parsed.doc, lonely.index).map((l) => l.title), ['owns 1 of 5 responsibilities · 0 references']);
  });

  it('has one lens per owner and action in the bundled examples', () => {
    for (const ex of validExamples()) {
      const a = new PacketAnalysis(ex.text);
      const owners = a.index.declarations.filter((d) => d.kind === 'owner' || d.kind === 'action').length;
      assert.equal(codeLenses(a.parsed.doc, a.index).length, owners, ex.name);
    }
  });
});
