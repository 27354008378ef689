import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PacketAnalysis, renderHtml, renderMarkdown, renderModel, SECTIONS } from '../../packet/src';
import type { PacketDocument } from '../../packet/src/render';
import type { Block, Group, Row, Text } from '../../packet/src/render/model';
import { fixtureFiles, readFixture, validExamples } from '../support/fixtures';
import { collapse, htmlText, leaves, markdownText } from './render-test-helpers';

// The renderer must show every fact a packet states, in the model and in
// both outputs, and must show a broken or half-written packet without
// throwing. Keys whose values the renderer turns into words are checked
// through what they become instead of verbatim.

/** Leaves shown as words rather than verbatim: authority groups, responsibility columns, booleans. */
const TRANSLATED = new Set(['authority', 'owns', 'reversible', 'packet']);

function modelTexts(doc: PacketDocument): string[] {
  const out: string[] = [doc.title.text, ...(doc.version ? [doc.version.text] : [])];
  const text = (t: Text) => out.push(t.text, ...(t.badges ?? []).map((b) => b.label));
  const block = (b: Block): void => {
    if (b.kind === 'fields') b.fields.forEach((f) => f.value.parts.forEach(text));
    else if (b.kind === 'table') b.rows.forEach((r) => r.cells.forEach((c) => c.parts.forEach(text)));
    else if (b.kind === 'list') b.items.forEach(text);
    else if (b.kind === 'groups') b.groups.forEach((g) => g.blocks.forEach(block));
  };
  doc.sections.forEach((s) => s.blocks.forEach(block));
  return out.map(collapse);
}

describe('the renderer shows every fact of the valid examples', () => {
  for (const { name, text } of validExamples()) {
    describe(name, () => {
      const analysis = new PacketAnalysis(text);
      const value = analysis.parsed.value;
      const facts = leaves(value)
        .filter((l) => !l.path.some((p) => typeof p === 'string' && TRANSLATED.has(p)))
        .map((l) => collapse(String(l.value)))
        .filter((f) => f !== '');
      const doc = renderModel(analysis);

      it('has a section for every format section, none missing', () => {
        assert.deepEqual(
          doc.sections.map((s) => s.id),
          SECTIONS.filter((s) => s !== 'packet'),
        );
        assert.deepEqual(doc.sections.filter((s) => s.missing).map((s) => s.id), []);
        assert.equal(doc.notice, undefined);
        assert.deepEqual(doc.problems, []);
      });

      it('the model holds every stated value', () => {
        const texts = modelTexts(doc);
        const joined = texts.join('\n');
        const missing = facts.filter((f) => !texts.includes(f) && !joined.includes(f));
        assert.deepEqual(missing, []);
      });

      it('the HTML export shows every stated value', () => {
        const shown = htmlText(renderHtml(analysis, { flavour: 'standalone' }));
        assert.deepEqual(facts.filter((f) => !shown.includes(f)), []);
      });

      it('the preview body shows every stated value', () => {
        const shown = htmlText(renderHtml(analysis, { flavour: 'preview' }));
        assert.deepEqual(facts.filter((f) => !shown.includes(f)), []);
      });

      it('the Markdown export shows every stated value', () => {
        const shown = markdownText(renderMarkdown(analysis));
        assert.deepEqual(facts.filter((f) => !shown.includes(f)), []);
      });

      it('puts each action under its authority and marks exactly the irreversible ones', () => {
        const actions = ((value as { permissions?: { actions?: { id: string; authority: string; reversible?: boolean }[] } }).permissions?.actions ?? []);
        const authority = doc.sections.find((s) => s.id === 'permissions')!.blocks[0];
        assert.equal(authority.kind, 'groups');
        if (authority.kind !== 'groups') return;
        const titles: Record<string, string> = { automatic: 'Automatic', approval: 'Needs approval', never: 'Never' };
        for (const a of actions) {
          const group: Group = authority.groups.find((g) => g.title === titles[a.authority])!;
          const table: Block = group.blocks[0];
          assert.equal(table.kind, 'table');
          if (table.kind !== 'table') continue;
          const row: Row | undefined = table.rows.find((r) => r.cells[0].parts[0].text === a.id);
          assert.ok(row, `${a.id} is listed under ${titles[a.authority]}`);
          const irreversible = (row.cells[0].parts[0].badges ?? []).some((b) => b.label === 'irreversible');
          assert.equal(irreversible, a.reversible === false, `${a.id} irreversible badge`);
        }
      });

      it('the owner map marks who owns each responsibility and shows no gap', () => {
        const owners = (value as { owners: { id: string; owns: string[] }[] }).owners;
        const table = doc.sections.find((s) => s.id === 'owners')!.blocks.find((b) => b.kind === 'table');
        assert.ok(table && table.kind === 'table');
        assert.ok(!table.columns.some((c) => c.label.includes('(gap)')));
        const order = ['business_outcome', 'workflow_quality', 'exception_queue', 'technical_support', 'change_approval'];
        owners.forEach((o, i) => {
          const marks = table.rows[i].cells.slice(3, 8).map((c) => c.parts[0].text === '✓');
          assert.deepEqual(marks, order.map((r) => o.owns.includes(r)), o.id);
        });
      });

      it('draws every step in the flow, none unreachable or a dead end', () => {
        const flow = doc.sections.find((s) => s.id === 'steps')!.blocks.find((b) => b.kind === 'flow');
        assert.ok(flow && flow.kind === 'flow');
        const steps = (value as { steps: { id: string }[] }).steps;
        assert.deepEqual(flow.flow.nodes.map((n) => n.label), steps.map((s) => s.id));
        assert.deepEqual(flow.flow.nodes.filter((n) => n.unreachable || n.deadEnd), []);
        assert.equal(flow.flow.nodes[0].depth, 0);
      });
    });
  }
});

describe('the flow marks what the steps get wrong', () => {
  const text = `packet: 1
steps:
  - id: start
    next: [middle, ghost]
  - id: middle
    next: done
  - id: island
    next: island
  - id: loop
    next: start
`;
  const doc = renderModel(new PacketAnalysis(text), { readiness: null });
  const flow = doc.sections.find((s) => s.id === 'steps')!.blocks.find((b) => b.kind === 'flow');

  it('lays steps out by distance from the first step', () => {
    assert.ok(flow && flow.kind === 'flow');
    assert.deepEqual(flow.flow.nodes.map((n) => [n.label, n.depth ?? null]), [['start', 0], ['middle', 1], ['island', null], ['loop', null]]);
  });

  it('marks unreachable steps and steps that never reach done', () => {
    assert.ok(flow && flow.kind === 'flow');
    const marks = Object.fromEntries(flow.flow.nodes.map((n) => [n.label, [n.unreachable, n.deadEnd]]));
    assert.deepEqual(marks, { start: [false, false], middle: [false, false], island: [true, true], loop: [true, false] });
  });

  it('keeps a next that names no step, as a missing target', () => {
    assert.ok(flow && flow.kind === 'flow');
    assert.deepEqual(flow.flow.edges.filter((e) => e.to === 'missing').map((e) => e.target), ['ghost']);
  });

  it('shows the same marks in the HTML picture and the Markdown chart', () => {
    const html = renderHtml(new PacketAnalysis(text), { flavour: 'preview' });
    assert.match(html, /class="hp-node hp-node--unreachable hp-node--dead-end"/);
    assert.match(html, /class="hp-node hp-node--missing"/);
    const md = renderMarkdown(new PacketAnalysis(text));
    assert.match(md, /s2\["island \(unreachable\) \(dead end\)"\]/);
    assert.match(md, /m0\["ghost \(no such step\)"\]/);
  });
});

describe('the flow reads next the way the step checks do', () => {
  it('a step without next falls through to the one after it, and the last one ends the run', () => {
    const doc = renderModel(new PacketAnalysis('packet: 1\nsteps:\n  - id: a\n  - id: b\n'));
    const flow = doc.sections.find((s) => s.id === 'steps')!.blocks.find((b) => b.kind === 'flow');
    assert.ok(flow && flow.kind === 'flow');
    assert.deepEqual(flow.flow.edges.map((e) => [e.from, e.to, e.implicit]), [[0, 1, true], [1, 'done', true]]);
    assert.deepEqual(flow.flow.nodes.filter((n) => n.unreachable || n.deadEnd), []);
  });

  // The picture must never mark a step the Problems panel does not, nor miss one it does.
  const packets = [...fixtureFiles('invalid'), 'hostile-content/handoff.yaml'].map((rel) => ({ rel, text: readFixture(rel) })).filter((f) => !/handoff-disable|fixture-options/.test(f.text));
  for (const { rel, text } of packets) {
    it(`marks the same steps as the checks in ${rel}`, () => {
      const analysis = new PacketAnalysis(text);
      const flow = renderModel(analysis).sections.find((s) => s.id === 'steps')?.blocks.find((b) => b.kind === 'flow');
      const nodes = flow && flow.kind === 'flow' ? flow.flow.nodes : [];
      const stepAt = (offset: number) => nodes.find((n) => n.span && n.span.start <= offset && offset < n.span.end)?.index;
      for (const [rule, mark] of [['step-unreachable', 'unreachable'], ['step-dead-end', 'deadEnd']] as const) {
        const reported = analysis.diagnostics().filter((d) => d.rule === rule).map((d) => stepAt(d.span.start)).sort();
        const marked = nodes.filter((n) => n[mark]).map((n) => n.index).sort();
        assert.deepEqual(marked, reported, rule);
      }
    });
  }
});

describe('broken and half-written packets render without throwing', () => {
  const cases: [string, string][] = [
    ['empty file', ''],
    ['only the version', 'packet: 1\n'],
    ['a list at the top', '- a\n- b\n'],
    ['a scalar at the top', 'hello\n'],
    ['sections of the wrong type', 'packet: 1\nworkflow: 3\nsystems: {a: 1}\nsteps: hello\npermissions: [1, 2]\nexceptions: []\noperations: "x"\nmetrics: {}\nreview: 7\nlimits: [a]\nowners: {x: y}\nchanges: null\nsupport: true\n'],
    ['entries of the wrong type', 'packet: 1\nsteps: [1, [2], {next: {a: b}}, {id: 5, inputs: 7}]\npermissions: {actions: [x, {authority: 5, reversible: maybe}]}\nowners: [{owns: 5}, {owns: [{x: 1}]}]\nchanges: {safe: [{kind: 5}, {note: [1]}]}\n'],
    ['a syntax error mid-edit', 'packet: 1\nworkflow:\n  name: "Half typed\nsteps:\n  - id: a\n'],
    ['a second document', 'packet: 1\n---\npacket: 2\n'],
    ['a self-referencing alias', 'a: &x [*x]\nworkflow: *x\n'],
  ];
  for (const [label, text] of cases) {
    it(label, () => {
      const analysis = new PacketAnalysis(text);
      const doc = renderModel(analysis);
      const html = renderHtml(analysis, { flavour: 'preview' });
      const md = renderMarkdown(analysis);
      assert.ok(html.startsWith('<main class="hp-doc">'));
      assert.ok(md.startsWith('# '));
      // Every problem the file has is listed, so the preview explains what it cannot show.
      assert.equal(doc.problems.length, analysis.diagnostics().length);
      for (const p of doc.problems) assert.ok(htmlText(html).includes(collapse(p.message).slice(0, 40)));
    });
  }

  it('shows what it could read of a file with a syntax error, and says it is partial', () => {
    const doc = renderModel(new PacketAnalysis('packet: 1\nworkflow:\n  name: Partner triage\n  summary: [unclosed\nsteps:\n  - id: a\n'));
    assert.equal(doc.notice?.tone, 'warning');
    assert.equal(doc.title.text, 'Partner triage');
  });

  it('says a file it cannot read at all has nothing to show yet', () => {
    const doc = renderModel(new PacketAnalysis('- just\n- a list\n'));
    assert.equal(doc.sections.length, 0);
    assert.equal(doc.notice?.tone, 'danger');
  });

  it('names a missing section as missing', () => {
    const doc = renderModel(new PacketAnalysis('packet: 1\nworkflow:\n  name: x\n'));
    assert.deepEqual(
      doc.sections.filter((s) => s.missing).map((s) => s.id),
      SECTIONS.filter((s) => s !== 'packet' && s !== 'workflow'),
    );
  });
});

describe('the readiness header', () => {
  const text = validExamples()[0].text;
  const analysis = new PacketAnalysis(text);
  const at = text.indexOf('summary:');
  const readiness = {
    questions: [
      { number: 1, question: 'What exactly does this workflow do?', status: 'answered' as const, evidence: [{ start: at, end: at + 8 }], missing: [] },
      { number: 5, question: 'Who owns the queue?', status: 'partial' as const, evidence: [], missing: ['a backlog limit'] },
      { number: 9, question: 'What is supported after launch?', status: 'unanswered' as const, evidence: [], missing: ['support.window', 'support.response'] },
    ],
  };

  it('shows each question with its answer state, linked to its evidence', () => {
    const html = renderHtml(analysis, { flavour: 'preview', readiness });
    assert.match(html, /Readiness: 1 of 3 questions answered/);
    assert.match(html, new RegExp(`<li class="hp-q hp-q--answered" data-start="${at}" data-end="${at + 8}">`));
    assert.match(html, /<li class="hp-q hp-q--unanswered">.*Missing: support.window; support.response/);
  });

  it('lists the questions in the Markdown export too', () => {
    const md = renderMarkdown(analysis, { readiness });
    assert.match(md, /\| 5 \| Who owns the queue\? \| partly answered \| a backlog limit \|/);
  });

  it('leaves the header out when asked to', () => {
    assert.doesNotMatch(renderHtml(analysis, { readiness: null }), /<section class="hp-readiness"/);
  });
});

describe('the readiness header from the packet library', () => {
  it('asks the nine questions of every valid example and answers them all', () => {
    for (const { name, text } of validExamples()) {
      const doc = renderModel(new PacketAnalysis(text));
      assert.deepEqual(doc.readiness?.questions.map((q) => q.number), [1, 2, 3, 4, 5, 6, 7, 8, 9], name);
      assert.deepEqual(doc.readiness?.questions.filter((q) => q.status !== 'answered').map((q) => q.question), [], name);
      for (const q of doc.readiness!.questions) assert.ok(q.evidence.length > 0, `${name}: question ${q.number} links to its answer`);
    }
  });

  it('sends an open question to where its answer belongs', () => {
    const text = 'packet: 1\nworkflow:\n  name: x\noperations:\n  resume:\n    how: flip it back\n';
    const doc = renderModel(new PacketAnalysis(text));
    const pause = doc.readiness!.questions.find((q) => q.number === 6)!;
    assert.notEqual(pause.status, 'answered');
    assert.ok(pause.missing.length > 0);
    // `operations.pause` is not written: the click goes to its parent key.
    const target = pause.evidence[0];
    assert.equal(text.slice(target.start, target.end), 'operations');
    const html = renderHtml(new PacketAnalysis(text), { flavour: 'preview' });
    assert.match(html, /<li class="hp-q hp-q--(partial|unanswered)" data-start="\d+" data-end="\d+">/);
  });
});
