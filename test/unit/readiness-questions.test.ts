import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PacketAnalysis, SECTIONS } from '../../packet/src';
import { applyEdits, fixAll } from '../../packet/src/fixes';
import { readiness, type ReadinessQuestion } from '../../packet/src/readiness';
import { readFixture, validExamples } from '../support/fixtures';

// The nine readiness questions: the valid examples answer all of them; a
// packet with a gap says which question it leaves open, what is missing and
// where to write it.

const BASE = readFixture('valid/partner-triage/handoff.yaml');

function edit(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  assert.notEqual(out, text, `the example no longer contains ${String(from)}`);
  return out;
}

function question(text: string, n: number): ReadinessQuestion & { at: string } {
  const a = new PacketAnalysis(text);
  const q = readiness(a).questions[n - 1];
  return { ...q, at: text.slice(q.where.span.start, q.where.span.end) };
}

/** Drops a top-level section with its content. */
function dropSection(text: string, name: string): string {
  return edit(text, new RegExp(`^${name}:[\\s\\S]*?(?=^\\S|(?![\\s\\S]))`, 'm'), '');
}

describe('the valid examples are ready', () => {
  for (const ex of validExamples()) {
    it(ex.name, () => {
      const r = readiness(new PacketAnalysis(ex.text));
      assert.deepEqual(
        r.questions.filter((q) => q.status !== 'answered').map((q) => `${q.number} ${q.status}: ${q.missing.join(' ')}`),
        [],
      );
      assert.equal(r.answered, 9);
      assert.equal(r.total, 9);
      for (const q of r.questions) {
        assert.ok(q.evidence.length > 0, `question ${q.number} shows no evidence`);
        for (const e of q.evidence) assert.ok(e.span.end > e.span.start && e.span.end <= ex.text.length);
      }
    });
  }
});

describe('gaps leave their question open', () => {
  it('a pause that only says to contact the builder is partly answered', () => {
    const q = question(edit(BASE, /how: In the internal admin panel[^\n]*/, 'how: Contact the vendor and ask them to stop it'), 6);
    assert.equal(q.status, 'partly');
    assert.match(q.missing.join(' '), /builder or vendor/);
    assert.equal(q.at, 'how');
  });

  it('no pause instruction leaves the question unanswered and points at `pause`', () => {
    const q = question(edit(BASE, /    how: In the internal admin panel[^\n]*\n/, ''), 6);
    assert.equal(q.status, 'unanswered');
    assert.deepEqual(q.where.path, ['operations', 'pause']);
    assert.equal(q.at, 'pause');
  });

  it('placeholder text is not an answer', () => {
    const q = question(edit(BASE, /how: In the internal admin panel[^\n]*/, 'how: "TODO: how an operator pauses it"'), 6);
    assert.equal(q.status, 'unanswered');
    assert.equal(q.at, 'how');
  });

  it('a queue owner nobody declared is partly answered', () => {
    const q = question(edit(BASE, /queue:\n    owner: ops-lead/, 'queue:\n    owner: night-shift'), 5);
    assert.equal(q.status, 'partly');
    assert.match(q.missing[0], /"night-shift" is not declared/);
  });

  it('a missing change class is named', () => {
    const q = question(edit(BASE, /  new_scope:\n    - Handling renewals[\s\S]*?(?=\n\nsupport:)/, ''), 8);
    assert.equal(q.status, 'partly');
    assert.deepEqual(q.missing, ['Give at least one example of a new-scope change under `changes`.']);
  });

  it('a missing section points where it would be inserted', () => {
    const text = dropSection(BASE, 'support');
    const q = question(text, 9);
    assert.equal(q.status, 'unanswered');
    assert.deepEqual(q.where.path, ['support']);
    assert.equal(q.where.span.start, q.where.span.end);
    assert.equal(text.slice(q.where.span.start).trim(), '', 'support is the last section, so it goes after everything else');
    assert.match(text.slice(0, q.where.span.start), /Reading LinkedIn or any other enrichment source\n$/);
  });

  it('a metric without target or alert and a review without owner keep health partly answered', () => {
    let text = edit(BASE, /    target: "<= 15%"\n    alert_when: [^\n]*\n/, '');
    text = edit(text, /(    what: Clear the review queue[^\n]*\n)    owner: ops-lead\n/, '$1');
    const q = question(text, 7);
    assert.equal(q.status, 'partly');
    assert.deepEqual(q.missing, [
      'Give metric "exception-rate" a `target` or `alert_when`.',
      'Give review "Clear the review queue and note any new kind of exception" an `owner` from `owners`.',
    ]);
    assert.deepEqual(q.where.path, ['metrics', 0]);
  });
});

describe('half-written packets', () => {
  it('a packet of only `packet: 1` answers nothing and points at each insertion point', () => {
    const text = 'packet: 1\n';
    const r = readiness(new PacketAnalysis(text));
    assert.equal(r.answered, 0);
    for (const q of r.questions) {
      assert.equal(q.status, 'unanswered', `question ${q.number}`);
      assert.ok(q.missing.length > 0);
      assert.ok((SECTIONS as readonly string[]).includes(String(q.where.path[0])));
      assert.equal(q.where.span.start, text.length);
    }
  });

  it('a packet of inserted skeletons is not ready: placeholders answer nothing', () => {
    const a = new PacketAnalysis('packet: 1\n');
    const skeleton = applyEdits(a.text, fixAll(a, a.diagnostics()));
    const r = readiness(new PacketAnalysis(skeleton));
    assert.equal(r.answered, 0, r.questions.map((q) => `${q.number} ${q.status}`).join(', '));
  });

  it('values of the wrong type and broken YAML give a report, not an exception', () => {
    const texts = [
      'packet: 1\nworkflow: 5\nsteps: nope\npermissions: [1, 2]\nexceptions: { queue: [], types: {} }\noperations: { pause: [how] }\nmetrics: {}\nreview: [null, 3]\nlimits: [x]\nowners: { id: x }\nchanges: "all"\nsupport: []\n',
      'packet: 1\nworkflow:\n  name: [unclosed\n',
      '',
      '- just\n- a list\n',
    ];
    for (const t of texts) {
      const r = readiness(new PacketAnalysis(t));
      assert.equal(r.questions.length, 9);
      assert.equal(r.answered, 0);
      for (const q of r.questions) assert.ok(q.where.span.start >= 0 && q.where.span.end <= t.length);
    }
  });
});
