import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPacket, parsePacket, reparsePacket, tryReparse, type ParsedPacket } from '../../packet/src';
import { changedRange } from '../../packet/src/parse/incremental';
import { applyEdit, parseSnapshot, prng, randomEdit } from '../support/edit-fuzz';
import { validExamples } from '../support/fixtures';

/**
 * Runs `steps` random edits one after another from `start`, re-parsing each
 * new text incrementally from the last result and in full, and requires the
 * two to agree on everything a feature reads. Returns how many edits took
 * the incremental path, so a test can require that the path was exercised.
 */
function fuzzChain(start: string, seed: number, steps: number, checkEvery = 1): { incremental: number } {
  const rnd = prng(seed);
  let text = start;
  let prev: ParsedPacket = parsePacket(text);
  let incremental = 0;
  for (let step = 0; step < steps; step++) {
    const edit = randomEdit(text, rnd);
    const next = applyEdit(text, edit);
    const full = parsePacket(next);
    const quick = tryReparse(prev, next);
    if (quick) {
      incremental++;
      const where = `seed ${seed}, step ${step}, edit ${JSON.stringify(edit)}`;
      assert.deepEqual(parseSnapshot(quick), parseSnapshot(full), `incremental parse differs from the full one (${where})`);
      if (step % checkEvery === 0) assert.deepEqual(checkPacket(quick), checkPacket(full), `diagnostics differ (${where})`);
    }
    // Continue from the incremental result when there is one: edits build on edits.
    prev = quick ?? full;
    text = next;
    // Keep the chain near a real packet: after a run of broken edits, start again.
    if (!prev.reparseable && rnd() < 0.3) {
      text = start;
      prev = parsePacket(text);
    }
  }
  return { incremental };
}

describe('incremental parse', () => {
  for (const { name, text } of validExamples()) {
    it(`equals the full parse after every one of 600 random edits of ${name}`, () => {
      for (const seed of [1, 2, 3]) {
        const { incremental } = fuzzChain(text, seed * 7919 + name.length, 200);
        // Most typing stays inside one entry: the fast path must carry most edits, or this test proves little.
        assert.ok(incremental >= 60, `only ${incremental} of 200 edits took the incremental path (seed ${seed})`);
      }
    });
  }
});

describe('incremental parse: what it re-uses and when it declines', () => {
  const base = validExamples().find((e) => e.name.includes('partner-triage'))!.text;
  const edited = (text: string, find: string, replace: string) => {
    assert.ok(text.includes(find), `fixture lacks ${find}`);
    return text.replace(find, replace);
  };

  it('re-parses one list entry and shares every other section with the previous parse', () => {
    const prev = parsePacket(base);
    const before = prev.value as Record<string, unknown>;
    const next = edited(base, 'approver: partner-manager', 'approver: partner-managr');
    const quick = tryReparse(prev, next);
    assert.ok(quick, 'an edit inside one action should take the incremental path');
    const after = quick.value as Record<string, unknown>;
    for (const section of Object.keys(before)) {
      if (section === 'permissions') assert.notEqual(after[section], before[section]);
      else assert.equal(after[section], before[section], `section ${section} should be the same object`);
    }
    assert.deepEqual(parseSnapshot(quick), parseSnapshot(parsePacket(next)));
  });

  const declines: [string, (text: string) => string][] = [
    ['an anchor and alias anywhere in the file', (t) => t.replace(/^(\s+)approver: partner-manager/m, '$1approver: &who partner-managers')],
    ['a new top-level section typed inside another', (t) => t.replace('\nsteps:', '\nnotes: typed here\nsteps:')],
    ['an edit that breaks the YAML', (t) => t.replace(/^(\s+)authority: approval/m, '$1authority: "approval')],
    ['an edit in the header before the first section', (t) => `# a new first line\n${t}`],
  ];
  for (const [what, edit] of declines) {
    it(`falls back to a full parse for ${what}, with the same result`, () => {
      const next = edit(base);
      assert.notEqual(next, base);
      assert.equal(tryReparse(parsePacket(base), next), undefined);
      assert.deepEqual(parseSnapshot(reparsePacket(parsePacket(base), next)), parseSnapshot(parsePacket(next)));
    });
  }

  it('declines every edit once the file holds an anchor, and takes them again once it is gone', () => {
    const withAnchor = edited(base, 'approver: partner-manager', 'approver: &who partner-manager');
    const anchored = parsePacket(withAnchor);
    assert.equal(anchored.reparseable, false);
    assert.equal(tryReparse(anchored, edited(withAnchor, 'authority: approval', 'authority: automatic')), undefined);
    assert.equal(parsePacket(base).reparseable, true);
  });
});

describe('changed range of two texts', () => {
  it('agrees with a character-by-character comparison on short and long texts', () => {
    const rnd = prng(99);
    const naive = (a: string, b: string) => {
      let from = 0;
      while (from < Math.min(a.length, b.length) && a[from] === b[from]) from++;
      let tail = 0;
      while (tail < Math.min(a.length, b.length) - from && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
      return { from, oldTo: a.length - tail, newTo: b.length - tail };
    };
    for (let i = 0; i < 300; i++) {
      const length = Math.floor(rnd() * (i % 3 === 0 ? 20_000 : 50));
      const a = Array.from({ length }, () => 'ab\n'[Math.floor(rnd() * 3)]).join('');
      const e = randomEdit(a, rnd);
      const b = applyEdit(a, e);
      assert.deepEqual(changedRange(a, b), naive(a, b), `case ${i}`);
    }
  });
});
