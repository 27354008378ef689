import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { checkPacket, definitionAt, hoverAt, PacketAnalysis, parsePacket, readiness, referencesAt, renameAt, renderMarkdown } from '../../packet/src';
import { applyEdits } from '../../packet/src/fixes';
import { readFixture } from '../support/fixtures';

// Anchors, aliases and merge keys read as YAML 1.1 tools read them: a field
// merged in with `<<: *shared` counts as written in the mapping that merges it.

const MERGED = readFixture('styles/merge-keys.handoff.yaml');

function report(text: string): string[] {
  const parsed = parsePacket(text);
  return checkPacket(parsed).map((d) => `${d.rule} ${parsed.lines.positionAt(d.span.start).line + 1}: ${text.slice(d.span.start, d.span.end)}`);
}

describe('merge keys', () => {
  it('a packet sharing fields through anchors and `<<` checks clean and is ready', () => {
    assert.deepEqual(report(MERGED), []);
    const r = readiness(new PacketAnalysis(MERGED));
    assert.deepEqual(r.questions.filter((q) => q.status !== 'answered').map((q) => q.question), []);
  });

  it('reads merged fields as written: the same packet spelled out gives the same value and no problem', () => {
    const parsed = parsePacket(MERGED);
    const value = parsed.value as Record<string, unknown>;
    const actions = (value.permissions as { actions: Record<string, unknown>[] }).actions;
    assert.deepEqual(actions.map((a) => [a.id, a.system, a.authority, a.reversible]), [
      ['hold-slot', 'booking', 'automatic', true],
      ['book-appointment', 'booking', 'automatic', true],
      // Fields written in the entry win over merged ones.
      ['send-offer', 'sms', 'approval', false],
      ['move-across-clinics', 'booking', 'approval', true],
    ]);
    assert.equal(JSON.stringify(value).includes('<<'), false);
    // Spelled out, with the anchors' shelf left out, the packet is just as clean.
    const { 'x-defaults': _shelf, ...spelled } = value;
    assert.deepEqual(report(stringify(spelled)), []);
  });

  it('a problem in a merged field lands on the anchor that writes it, once', () => {
    const text = MERGED.replace('    authority: automatic\n    reversible: true\n  needs-desk-lead', '    authority: automatik\n    reversible: true\n  needs-desk-lead');
    assert.deepEqual(report(text), ['schema 9: automatik']);
  });

  it('a field the anchor lacks is missing in the entry that merges it, reported where the anchor says approval', () => {
    // Without approver in the shared approval fields, the action relying on them has none.
    const text = MERGED.replace('    authority: approval\n    approver: desk-lead\n  desk-queue', '    authority: approval\n  desk-queue');
    const parsed = parsePacket(text);
    const got = checkPacket(parsed);
    assert.deepEqual(got.map((d) => `${d.rule} ${parsed.lines.positionAt(d.span.start).line + 1}: ${text.slice(d.span.start, d.span.end)}`), ['approval-without-approver 12: approval']);
    assert.match(got[0].message, /move-across-clinics/);
  });

  it('an entry without the merge misses the fields again', () => {
    const text = MERGED.replace('    - type: conflicting_context\n      <<: *desk-queue\n', '    - type: conflicting_context\n');
    assert.deepEqual(report(text).map((r) => r.replace(/ \d+:/, ':')), ['exception-incomplete: conflicting_context']);
  });

  it('a key that only holds anchors used elsewhere is not unknown; one whose anchors nobody uses is', () => {
    const unused = MERGED.replace('\nworkflow:\n', '\nx-unused:\n  step: &unused { trigger: t }\n\nworkflow:\n');
    assert.deepEqual(report(unused), ['unknown-key 18: x-unused']);
  });

  it('definition and hover follow an alias to its anchor', () => {
    const a = new PacketAnalysis(MERGED);
    const alias = MERGED.indexOf('*desk-approval') + 2;
    assert.deepEqual(definitionAt(a.index, alias).map((s) => MERGED.slice(s.start, s.end)), ['&desk-approval']);
    const hover = hoverAt(MERGED, alias);
    assert.match(hover?.markdown ?? '', /anchored as `&desk-approval` on line 11/);
    assert.match(hoverAt(MERGED, MERGED.indexOf('<<: *desk-approval'))?.markdown ?? '', /Merge key/);
  });

  it('a merged reference is one place: find references lists it once and rename edits it once', () => {
    const a = new PacketAnalysis(MERGED);
    const decl = MERGED.indexOf('id: desk-lead') + 4;
    const refs = referencesAt(a.index, decl, false).map((s) => MERGED.slice(s.start, s.end));
    assert.deepEqual(refs, ['desk-lead', 'desk-lead']);
    const renamed = renameAt(MERGED, a.index, decl, 'desk-supervisor');
    assert.ok(!('error' in renamed) || !renamed.error, JSON.stringify(renamed));
    const edits = 'edits' in renamed ? renamed.edits : [];
    assert.equal(edits.length, 3);
    const out = applyEdits(MERGED, edits.map((e) => ({ start: e.span.start, end: e.span.end, newText: e.newText })));
    assert.deepEqual(out.match(/(approver|id): desk-\w+/g), ['approver: desk-supervisor', 'approver: desk-supervisor', 'id: desk-supervisor']);
    assert.deepEqual(report(out), []);
  });

  it('the rendered packet shows merged fields in each entry', () => {
    const md = renderMarkdown(new PacketAnalysis(MERGED));
    // Its authority comes from the anchor: it is listed among the automatic actions, with its system.
    const automatic = md.slice(md.indexOf('### Automatic'), md.indexOf('### Needs approval'));
    assert.match(automatic, /\| book-appointment \| Book the slot for the patient who accepted \| booking — Clinic booking system \|/);
  });

  it('the incremental parse leaves merge-key packets to the full parse, and an edit reads as a fresh parse', () => {
    assert.equal(parsePacket(MERGED).reparseable, false);
    const inline = 'packet: 1\nsteps:\n  - id: a\n    <<: { trigger: t }\n    output: o\n';
    assert.equal(parsePacket(inline).reparseable, false, 'a merge key with a mapping written in place counts too');
    const before = new PacketAnalysis(MERGED);
    const edited = MERGED.replace('Book the slot for the patient who accepted', 'Book the slot for the first patient who accepted');
    const after = new PacketAnalysis(edited, undefined, before);
    assert.deepEqual(after.parsed.value, parsePacket(edited).value);
    assert.deepEqual(after.diagnostics(), []);
  });

  it('a merge that refers to itself, or to a list, does not loop', () => {
    const self = 'packet: 1\nworkflow: &w\n  name: Loop\n  <<: *w\n';
    assert.ok(checkPacket(parsePacket(self)).length > 0);
    const list = 'packet: 1\nx-a: &a { trigger: t }\nx-b: &b { output: o, trigger: u }\nsteps:\n  - id: s\n    <<: [*a, *b]\n';
    const step = (parsePacket(list).value as { steps: Record<string, unknown>[] }).steps[0];
    // Earlier sources win, as in YAML 1.1.
    assert.deepEqual(step, { id: 's', trigger: 't', output: 'o' });
    assert.deepEqual(report(list).filter((r) => r.startsWith('step-incomplete') || r.startsWith('unknown-key')), []);
  });
});
