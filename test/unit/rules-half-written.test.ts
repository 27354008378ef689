import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { checkPacket, parsePacket } from '../../packet/src';
import { judgeOperatorText } from '../../packet/src/text/operator-path';
import { judgeSummary } from '../../packet/src/text/summary-filler';
import { readFixture, validExamples } from '../support/fixtures';

// Half-written packets are what an editor sees most of the time. Take complete
// packets, delete or retype arbitrary parts of them, and require that checking
// never fails and never points outside the text.

type Path = (string | number)[];

const BASES = [readFixture('near-miss/_base.yaml'), ...validExamples().map((e) => e.text)].map((t) => parse(t) as unknown);

function pathsOf(v: unknown, here: Path = [], out: Path[] = []): Path[] {
  out.push(here);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...here, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) pathsOf(x, [...here, k], out);
  return out;
}

/** Replaces (or, with `undefined`, removes) the node at `path`; the root is never removed. */
function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value === undefined ? {} : value;
  const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root) as Record<string | number, unknown> | unknown[];
  const key = path[path.length - 1];
  if (Array.isArray(parent) && typeof key === 'number') {
    if (value === undefined) parent.splice(key, 1);
    else parent[key] = value;
  } else if (value === undefined) delete (parent as Record<string, unknown>)[key as string];
  else (parent as Record<string, unknown>)[key as string] = value;
  return root;
}

/** What a node may turn into while someone types: gone, empty, or the wrong kind of value. */
const replacement = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.constant([]),
  fc.constant({}),
  fc.integer({ min: -5, max: 100 }),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('done', 'approval', 'automatic', 'never', 'low_confidence', 'ask the vendor', 'support-lead', 'gorgias', 'intake'),
  // Names of object internals: a lookup table keyed by user text must not reach the prototype.
  fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'constructor the vendor', 'turn constructor off'),
  fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null)), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('id', 'next', 'how', 'owner', 'type', 'authority', 'system', 'owns'), fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null)), { maxKeys: 3 }),
);

const mutation = fc.record({ base: fc.nat(), edits: fc.array(fc.record({ at: fc.nat(), to: replacement }), { minLength: 1, maxLength: 4 }) });

function mutate(m: { base: number; edits: { at: number; to: unknown }[] }): string {
  let value = structuredClone(BASES[m.base % BASES.length]);
  for (const e of m.edits) {
    const paths = pathsOf(value);
    value = setAt(value, paths[e.at % paths.length], structuredClone(e.to));
  }
  return stringify(value);
}

function assertSound(text: string): void {
  const diags = checkPacket(parsePacket(text));
  for (const d of diags) {
    assert.ok(!d.message.startsWith('Internal error in check'), `${d.rule} threw: ${d.message}\n--- packet ---\n${text}`);
    assert.ok(0 <= d.span.start && d.span.start <= d.span.end && d.span.end <= text.length, `${d.rule} span ${JSON.stringify(d.span)} outside a text of ${text.length}`);
  }
}

describe('checks on half-written packets', () => {
  it('never fail and always point inside the text when parts are deleted or retyped', () => {
    fc.assert(fc.property(mutation, (m) => assertSound(mutate(m))), { numRuns: 150 });
  });

  it('survive any text in the prose fields they read', () => {
    const internals = fc.array(fc.constantFrom('constructor', '__proto__', 'toString', 'ask', 'the', 'vendor', 'turn', 'off', 'etc', 'various'), { maxLength: 8 }).map((w) => w.join(' '));
    const prose = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.lorem({ maxCount: 25 }), internals);
    fc.assert(
      fc.property(prose, prose, (how, summary) => {
        const j = judgeOperatorText(how);
        if (j.evidence) assert.ok(0 <= j.evidence.start && j.evidence.start <= j.evidence.end && j.evidence.end <= how.length);
        for (const h of judgeSummary(summary).filler) assert.equal(summary.slice(h.start, h.end), h.phrase);
        const value = parse(readFixture('near-miss/_base.yaml')) as { operations: { pause: { how: string } }; workflow: { summary: string } };
        value.operations.pause.how = how;
        value.workflow.summary = summary;
        assertSound(stringify(value));
      }),
      { numRuns: 100 },
    );
  });
});
