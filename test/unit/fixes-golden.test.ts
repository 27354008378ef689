import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PacketAnalysis, type PacketDiagnostic } from '../../packet/src';
import { applyEdits, fixAll, fixesFor, type FixOptions } from '../../packet/src/fixes';
import { FIXTURES, fixtureFiles, readFixture } from '../support/fixtures';

// Each test-fixtures/fixes/<name>.input.yaml says in its first line which
// problem to fix:
//
//   # fix: <rule-id> ["text in the message"] [choice N]
//   # fix: all
//
// and optionally `# fix-options: {"snippets": true}` on the next line. The
// chosen fix (the first, or the N-th) applied to the input must give
// <name>.expected.yaml byte for byte; the result must still parse, and the
// fixed problem must be gone. `all` runs "Fix all" instead.

interface Spec {
  rule: string;
  text?: string;
  choice: number;
  options: FixOptions;
}

function specOf(input: string): Spec {
  const m = /^# fix: (all|[a-z-]+)(?: "([^"]*)")?(?: choice (\d+))?\s*$/m.exec(input);
  if (!m) throw new Error('the input does not start with a `# fix:` line');
  const o = /^# fix-options: (\{.*\})\s*$/m.exec(input);
  return { rule: m[1], text: m[2], choice: m[3] ? Number(m[3]) : 1, options: o ? (JSON.parse(o[1]) as FixOptions) : {} };
}

function breaking(a: PacketAnalysis): PacketDiagnostic[] {
  return a.parsed.problems.filter((p) => p.rule === 'yaml-syntax' && p.severity === 'error');
}

/** What the fixture asks for, applied to its input. */
function fixedText(input: string): { output: string; target?: PacketDiagnostic; spec: Spec } {
  const spec = specOf(input);
  const analysis = new PacketAnalysis(input);
  if (spec.rule === 'all') return { output: applyEdits(input, fixAll(analysis, analysis.diagnostics())), spec };
  const matching = analysis.diagnostics().filter((d) => d.rule === spec.rule && (!spec.text || d.message.includes(spec.text)));
  assert.equal(matching.length, 1, `expected one ${spec.rule} problem${spec.text ? ` mentioning ${spec.text}` : ''}, found ${matching.length}: ${matching.map((d) => d.message).join(' | ')}`);
  const fixes = fixesFor(analysis, matching[0], spec.options);
  assert.ok(fixes.length >= spec.choice, `expected at least ${spec.choice} fix(es) for ${spec.rule}, got: ${fixes.map((f) => f.title).join(', ') || 'none'}`);
  return { output: applyEdits(input, fixes[spec.choice - 1].edits), target: matching[0], spec };
}

describe('quick fixes give the reviewed result, byte for byte', () => {
  const inputs = fixtureFiles('fixes', (n) => n.endsWith('.input.yaml'));
  it('has fixtures', () => assert.ok(inputs.length >= 20));
  for (const rel of inputs) {
    const name = rel.replace(/^fixes\//, '').replace(/\.input\.yaml$/, '');
    it(name, () => {
      const input = readFixture(rel);
      const expectedRel = rel.replace(/\.input\.yaml$/, '.expected.yaml');
      assert.ok(existsSync(join(FIXTURES, expectedRel)), `${expectedRel} is missing`);
      const { output, target, spec } = fixedText(input);
      assert.equal(output, readFixture(expectedRel));
      if (spec.options.snippets) return; // tab stops are not YAML; the plain form is checked by the other fixtures
      const after = new PacketAnalysis(output);
      assert.deepEqual(breaking(after).map((d) => d.message), breaking(new PacketAnalysis(input)).map((d) => d.message), 'the fix must not break the YAML');
      if (target) {
        const still = after.diagnostics().filter((d) => d.rule === target.rule && d.message === target.message);
        assert.deepEqual(still.map((d) => d.message), [], 'the fixed problem is still reported');
      } else {
        // After Fix all, no problem is left that Fix all could have fixed.
        const leftovers = after.diagnostics().filter((d) => fixesFor(after, d).some((f) => f.safe));
        assert.deepEqual(leftovers.map((d) => `${d.rule}: ${d.message}`), []);
      }
    });
  }
});
