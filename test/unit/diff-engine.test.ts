import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { changeReportMarkdown, classAtLeast, diffPackets, PacketAnalysis, wordSimilarity, type ChangeReport } from '../../packet/src';
import { readFixture } from '../support/fixtures';

// The comparison's rules beyond the fixture pairs: broken input, re-ordering
// of any list, conflicting change rules and the Markdown report.

const BASE = readFixture('diff/threshold-within-limits/old.yaml');

function diff(oldText: string, newText: string): ChangeReport {
  return diffPackets(new PacketAnalysis(oldText), new PacketAnalysis(newText));
}

function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `fixture text lacks ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

const summary = (r: ChangeReport) => r.changes.map((c) => `${c.kind}/${c.class ?? '-'} ${c.field}`);

describe('diffPackets', () => {
  it('says which side is unreadable instead of comparing', () => {
    const r = diff(BASE, 'workflow: [unclosed\n');
    assert.deepEqual(r.changes, []);
    assert.equal(r.problems.length, 1);
    assert.match(r.problems[0], /^The new version is not readable YAML \(line \d+, column \d+\)/);
    const list = diff('- just\n- a list\n', BASE);
    assert.match(list.problems[0], /The old version is not a packet/);
  });

  it('moves authority up as autonomy-increase, and down as unclassified', () => {
    const up = edit(BASE, '      authority: approval\n      approver: revops-lead\n', '      authority: automatic\n      approver: revops-lead\n');
    assert.deepEqual(summary(diff(BASE, up)), ['autonomy-increase/review_required permissions.actions[set-deal-stage].authority']);
    assert.deepEqual(summary(diff(up, BASE)), ['unclassified/- permissions.actions[set-deal-stage].authority']);
  });

  it('reports a new entry step, though other steps may be re-ordered freely', () => {
    const swapped = edit(BASE, '  - id: intake\n', '  - id: intake-new\n');
    assert.deepEqual(summary(diff(BASE, swapped)).sort(), ['unclassified/- steps', 'unclassified/- steps[intake-new]', 'unclassified/- steps[intake]']);
  });

  it('takes the more consequential class when the packet names a kind twice', () => {
    const rules = edit(
      BASE,
      '  safe:\n',
      '  new_scope:\n    - kind: threshold-within-limits\n  safe:\n    - kind: threshold-within-limits\n',
    ).replace('  new_scope:\n    - Supporting a second workflow\n', '');
    const before = rules;
    const after = edit(before, '      threshold: 0.7\n', '      threshold: 0.8\n');
    const [c] = diff(before, after).changes;
    assert.equal(c.kind, 'threshold-within-limits');
    assert.equal(c.class, 'new_scope');
    assert.equal(c.defaultClass, 'safe');
    assert.equal(c.rule?.class, 'new_scope');
  });

  it('classifies with the new version’s rules, and reports the rule change itself', () => {
    const after = edit(
      edit(BASE, '      threshold: 0.7\n', '      threshold: 0.8\n'),
      '  review_required:\n',
      '  review_required:\n    - kind: threshold-within-limits\n',
    );
    assert.deepEqual(summary(diff(BASE, after)), [
      'threshold-within-limits/review_required exceptions.types[low_confidence].threshold',
      'unclassified/- changes.review_required[threshold-within-limits]',
    ]);
  });

  it('names the change approver with the owner’s role', () => {
    assert.deepEqual(diff(BASE, BASE).approver, { id: 'revops-lead', role: 'Revenue operations lead' });
    const none = edit(BASE, '  approver: revops-lead\n', '');
    assert.equal(diff(BASE, none).approver, undefined);
  });

  it('pairs repeated ids in order and never throws on them', () => {
    const dup = edit(BASE, '  - id: partner-manager\n', '  - id: ops-lead\n    role: Second ops lead\n  - id: partner-manager\n');
    const r = diff(BASE, dup);
    assert.deepEqual(summary(r), ['new-team/new_scope owners[ops-lead]']);
  });

  it('never throws on half-written packets with values of any type', () => {
    const sections = ['workflow', 'systems', 'steps', 'permissions', 'exceptions', 'limits', 'owners', 'changes', 'review', 'metrics'];
    const packet = fc.dictionary(fc.constantFrom(...sections), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 6 });
    fc.assert(
      fc.property(packet, packet, (a, b) => {
        const r = diff(stringify(a), stringify(b));
        for (const c of r.changes) assert.ok(c.new || c.old, `change without a place: ${c.field}`);
      }),
      { numRuns: 150 },
    );
  });

  it('finds no change when any list is re-ordered and the file re-written', () => {
    const value = parse(BASE) as Record<string, unknown>;
    const lists: ((v: Record<string, unknown>) => unknown[])[] = [
      (v) => v.systems as unknown[],
      (v) => (v.permissions as { actions: unknown[] }).actions,
      (v) => (v.exceptions as { types: unknown[] }).types,
      (v) => v.owners as unknown[],
      (v) => v.review as unknown[],
      (v) => v.metrics as unknown[],
      (v) => (v.workflow as { inputs: unknown[] }).inputs,
      (v) => (v.workflow as { out_of_scope: unknown[] }).out_of_scope,
      (v) => (v.steps as unknown[]).slice(1),
    ];
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: lists.length, maxLength: lists.length }), (seeds) => {
        const copy = structuredClone(value);
        lists.forEach((get, i) => {
          const list = get(copy);
          const shuffled = [...list].sort((x, y) => (hash(x, seeds[i]) - hash(y, seeds[i])));
          list.splice(0, list.length, ...shuffled);
        });
        // The entry step stays first; only the later steps move.
        const steps = copy.steps as unknown[];
        steps.splice(1, steps.length - 1, ...lists[8](copy));
        assert.deepEqual(diff(BASE, stringify(copy, { indent: 4 })).changes, []);
      }),
      { numRuns: 40 },
    );
  });
});

function hash(v: unknown, seed: number): number {
  const s = JSON.stringify(v) + seed;
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}

describe('word similarity', () => {
  it('ignores case, punctuation and filler words', () => {
    assert.equal(wordSimilarity('Partner application triage.', 'partner APPLICATION triage'), 1);
    assert.equal(wordSimilarity('Triage of the applications', 'Triage applications'), 1);
    assert.equal(wordSimilarity('Partner application triage', 'Reseller contract renewal'), 0);
    assert.ok(wordSimilarity('Partner application triage', 'Reseller application triage') < 0.7);
  });
});

describe('class order', () => {
  it('is safe < review_required < new_scope, with unclassified below all', () => {
    assert.ok(classAtLeast('new_scope', 'review_required'));
    assert.ok(classAtLeast('review_required', 'review_required'));
    assert.ok(!classAtLeast('safe', 'review_required'));
    assert.ok(!classAtLeast(null, 'review_required'));
  });
});

describe('changeReportMarkdown', () => {
  it('has a summary line, the approver and one table row per change, most consequential first', () => {
    const after = edit(edit(BASE, '      threshold: 0.7\n', '      threshold: 0.8\n'), '  reads: [partner-portal]\n', '  reads: [partner-portal, a|b]\n');
    const md = changeReportMarkdown(diff(BASE, after), { title: 'handoff.yaml', where: () => '`here`' });
    const lines = md.split('\n');
    assert.equal(lines[0], '### Change impact: handoff.yaml');
    assert.ok(lines.includes('**2 changes:** 1 new_scope, 1 safe.'), md);
    assert.match(md, /sign-off from \*\*revops-lead\*\* \(Revenue operations lead\)/);
    const rows = lines.filter((l) => l.startsWith('| **'));
    assert.equal(rows.length, 2);
    assert.match(rows[0], /new_scope.*new-data-source.*a\\\|b/);
    assert.match(rows[1], /safe.*threshold-within-limits/);
  });

  it('says when nothing changed', () => {
    assert.match(changeReportMarkdown(diff(BASE, BASE), { title: 'x', where: () => '' }), /No change to what the packet says/);
  });
});
