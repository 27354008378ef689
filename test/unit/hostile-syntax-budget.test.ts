// A file that repeats one syntax error thousands of times (20,000 lines each
// opening a `[` never closed, 229 KB) is read up to a budget of syntax errors,
// and one diagnostic says where reading stopped and why; in the library and
// in `handoff check`. Duplicate keys are still found in a mapping of 20,000
// keys. How long these take is in bench/results.md, not asserted here.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { unclosedFlowLines } from '../../scripts/generate-hostile.mjs';
import { MAX_SYNTAX_ERRORS_READ, parseAllBounded } from '../../packet/src/limits';
import { MAX_SYNTAX_PROBLEMS } from '../../packet/src/limits/problem-cap';
import { parsePacket } from '../../packet/src/parse/parse-packet';
import { PacketAnalysis } from '../../packet/src';
import { runCli, tempDir } from './cli-harness';

const STOPPED = /more than 200 YAML syntax errors, so it was read only up to here and not checked further/;
const UNCLOSED = /inline \[list\] is not closed/;

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

test('20,000 unclosed `[` lines: the first errors, then one that says reading stopped there', () => {
  const text = unclosedFlowLines(20_000);
  assert.ok(text.length > 220_000 && text.split('\n').length > 20_000, 'the file has the reported shape');
  const diagnostics = new PacketAnalysis(text).diagnostics();
  assert.ok(diagnostics.length <= MAX_SYNTAX_PROBLEMS, `at most ${MAX_SYNTAX_PROBLEMS} diagnostics, got ${diagnostics.length}`);
  const stopped = diagnostics.filter((d) => STOPPED.test(d.message));
  assert.equal(stopped.length, 1, JSON.stringify(diagnostics.slice(-3)));
  assert.equal(stopped[0].severity, 'error');
  const listed = diagnostics.filter((d) => d !== stopped[0]);
  assert.ok(listed.length > 10 && listed.every((d) => d.rule === 'yaml-syntax' && UNCLOSED.test(d.message)), JSON.stringify(listed.slice(0, 3)));
  // The errors listed come from the top of the file; reading stopped after them, not at its end.
  const lastListed = Math.max(...listed.map((d) => lineOf(text, d.span.start)));
  const stopLine = lineOf(text, stopped[0].span.start);
  assert.ok(stopLine >= lastListed && stopLine < 1_000, `stopped at line ${stopLine}, after the last listed error (line ${lastListed})`);
});

test('the error budget: composing stops after the cap and hands back the first errors', () => {
  const text = unclosedFlowLines(300);
  const bounded = parseAllBounded(text, { prettyErrors: false }, 100, 5);
  assert.equal(bounded.docs.length, 0);
  assert.ok(bounded.stoppedAt !== undefined, 'reading stopped');
  assert.equal(bounded.errors.length, 5);
  assert.ok(bounded.stoppedAt >= bounded.errors[4].pos[0]);
  // Under the cap nothing changes: a document, with every error on it.
  const few = parseAllBounded(unclosedFlowLines(3), { prettyErrors: false });
  assert.equal(few.stoppedAt, undefined);
  assert.equal(few.docs.length, 1);
  assert.ok(few.docs[0].errors.length >= 3 && few.docs[0].errors.length < MAX_SYNTAX_ERRORS_READ);
});

test('handoff check on the 20,000-line file reports the stop, exit code 1', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'handoff.yaml'), unclosedFlowLines(20_000));
  const run = runCli(['check', 'handoff.yaml'], { cwd: dir });
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stdout, STOPPED);
  assert.match(run.stdout, UNCLOSED);
});

test('duplicate keys are still found, in block and flow mappings, and among 20,000 keys', () => {
  const small = parsePacket('a: 1\nb: 2\na: 3\nc: {x: 1, y: 2, x: 3}\nd:\n  - k: 1\n    k: 2\n');
  const dups = small.problems.filter((p) => p.rule === 'duplicate-key');
  assert.deepEqual(
    dups.map((p) => small.text.slice(p.span.start, p.span.end)),
    ['a', 'x', 'k'],
  );
  const many = Array.from({ length: 20_000 }, (_, i) => `key${i}: ${i}`);
  many.push('key123: again');
  const text = many.join('\n') + '\n';
  const parsed = parsePacket(text);
  const found = parsed.problems.filter((p) => p.rule === 'duplicate-key');
  assert.equal(found.length, 1);
  assert.equal(lineOf(text, found[0].span.start), 20_001);
  // The same value under another type is another key, as yaml has it: 1 and "1" differ.
  assert.equal(parsePacket('1: a\n"1": b\n').problems.filter((p) => p.rule === 'duplicate-key').length, 0);
});
