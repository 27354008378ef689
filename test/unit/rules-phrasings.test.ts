import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { judgeOperatorText } from '../../packet/src/text/operator-path';
import { judgeSummary } from '../../packet/src/text/summary-filler';
import { readFixture } from '../support/fixtures';

// The two prose judgements are measured, not just spot-checked: precision and
// recall over realistic phrasings, with floors the docs pages quote. A change
// to the analysers that trades one kind of mistake for another shows up here.

interface Phrasing {
  text: string;
  expect: boolean;
}

interface Score {
  precision: number;
  recall: number;
  wrong: string[];
}

/** Agreed floors; the measured values are written on each rule's docs page. */
const FLOOR = { precision: 0.9, recall: 0.9 };

function load(name: string): Phrasing[] {
  const items = parse(readFixture(`phrasings/${name}.yaml`)) as Phrasing[];
  assert.ok(Array.isArray(items));
  for (const p of items) assert.ok(typeof p.text === 'string' && typeof p.expect === 'boolean', JSON.stringify(p));
  return items;
}

function score(items: Phrasing[], judge: (text: string) => boolean): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const p of items) {
    const got = judge(p.text);
    if (got && p.expect) tp++;
    else if (got) {
      fp++;
      wrong.push(`false alarm: ${p.text}`);
    } else if (p.expect) {
      fn++;
      wrong.push(`missed: ${p.text}`);
    }
  }
  return { precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), wrong };
}

function assertBalanced(items: Phrasing[], min: number): void {
  const yes = items.filter((p) => p.expect).length;
  const no = items.length - yes;
  assert.ok(items.length >= min, `want at least ${min} phrasings, have ${items.length}`);
  assert.ok(Math.min(yes, no) / items.length >= 0.35, `unbalanced: ${yes} reported vs ${no} fine`);
}

describe('builder-dependency phrasings', () => {
  const items = load('builder-dependency');
  it('are many and balanced', () => assertBalanced(items, 40));
  it(`meet precision and recall floors (${FLOOR.precision}/${FLOOR.recall})`, (t) => {
    const s = score(items, (text) => judgeOperatorText(text).dependsOnOutsider);
    t.diagnostic(`precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} over ${items.length}`);
    assert.ok(s.precision >= FLOOR.precision && s.recall >= FLOOR.recall, `precision ${s.precision}, recall ${s.recall}\n${s.wrong.join('\n')}`);
  });
  it('points its evidence at words inside the text', () => {
    for (const p of items) {
      const j = judgeOperatorText(p.text);
      if (!j.evidence) continue;
      assert.ok(0 <= j.evidence.start && j.evidence.start < j.evidence.end && j.evidence.end <= p.text.length, p.text);
    }
  });
});

describe('vague-boundary phrasings', () => {
  const items = load('vague-boundary');
  it('are many and balanced', () => assertBalanced(items, 20));
  it(`meet precision and recall floors (${FLOOR.precision}/${FLOOR.recall})`, (t) => {
    const s = score(items, (text) => judgeSummary(text).vague);
    t.diagnostic(`precision ${s.precision.toFixed(3)} recall ${s.recall.toFixed(3)} over ${items.length}`);
    assert.ok(s.precision >= FLOOR.precision && s.recall >= FLOOR.recall, `precision ${s.precision}, recall ${s.recall}\n${s.wrong.join('\n')}`);
  });
  it('quotes the filler words exactly as written', () => {
    for (const p of items) {
      for (const h of judgeSummary(p.text).filler) assert.equal(p.text.slice(h.start, h.end), h.phrase);
    }
  });
});
