import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { diffPackets, PacketAnalysis, type PacketChange } from '../../packet/src';
import { FIXTURES, readFixture } from '../support/fixtures';

// Each folder of test-fixtures/diff holds two versions of a packet and the
// classification a reviewer should see: kind, class, the readable field and
// where the change is shown (`new:line:col`, or `old:` for a removal).

interface Expected {
  description: string;
  changes: { kind: string; class: string | null; field: string; at: string }[];
}

const cases = readdirSync(join(FIXTURES, 'diff')).sort();

function at(c: PacketChange, oldA: PacketAnalysis, newA: PacketAnalysis): string {
  const [a, span] = c.at === 'old' ? [oldA, c.old] : [newA, c.new];
  assert.ok(span, `change ${c.field} has no ${c.at} span`);
  const p = a.parsed.lines.positionAt(span.start);
  return `${c.at}:${p.line + 1}:${p.character + 1}`;
}

describe('change impact fixtures', () => {
  it('cover every change kind, an override and the no-change pairs', () => {
    const kinds = new Set(cases.flatMap((name) => (JSON.parse(readFixture(`diff/${name}/expected.json`)) as Expected).changes.map((c) => c.kind)));
    for (const k of ['threshold-within-limits', 'routing-destination', 'classification-values', 'new-output-action', 'new-write-system', 'approval-threshold', 'autonomy-increase', 'new-data-source', 'new-exception-logic', 'second-workflow', 'new-team', 'unclassified']) {
      assert.ok(kinds.has(k), `no fixture shows ${k}`);
    }
    assert.ok(cases.includes('override-by-packet'));
    assert.ok(cases.filter((c) => c.startsWith('no-change-')).length >= 3);
  });

  for (const name of cases) {
    it(name, () => {
      const expected = JSON.parse(readFixture(`diff/${name}/expected.json`)) as Expected;
      const oldA = new PacketAnalysis(readFixture(`diff/${name}/old.yaml`));
      const newA = new PacketAnalysis(readFixture(`diff/${name}/new.yaml`));
      // Both versions are complete packets, so the fixtures show real edits.
      assert.deepEqual(oldA.diagnostics().filter((d) => d.severity === 'error'), []);
      assert.deepEqual(newA.diagnostics().filter((d) => d.severity === 'error'), []);
      const report = diffPackets(oldA, newA);
      assert.deepEqual(report.problems, []);
      const got = report.changes.map((c) => ({ kind: c.kind, class: c.class, field: c.field, at: at(c, oldA, newA) }));
      assert.deepEqual(got, expected.changes);
    });
  }

  it('compares a version with itself as no change', () => {
    for (const name of cases) {
      const text = readFixture(`diff/${name}/new.yaml`);
      assert.deepEqual(diffPackets(new PacketAnalysis(text), new PacketAnalysis(text)).changes, [], name);
    }
  });
});
