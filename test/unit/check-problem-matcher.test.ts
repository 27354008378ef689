import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { copyFixture, runCli, tempDir } from './cli-harness';
import { ROOT } from '../support/fixtures';

// The `$handoff` problem matcher turns `handoff check` output into entries of
// the Problems view. It is checked here against what the bundled CLI prints,
// so a change to the CLI's text output that the matcher no longer reads fails.

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const matcher = pkg.contributes.problemMatchers.find((m: { name: string }) => m.name === 'handoff');

interface Match {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
}

/** What VS Code reads from each output line, as its pattern says. */
function problems(output: string): Match[] {
  const re = new RegExp(matcher.pattern.regexp);
  const p = matcher.pattern;
  return output.split(/\r?\n/).flatMap((line) => {
    const m = re.exec(line);
    return m ? [{ file: m[p.file], line: Number(m[p.line]), column: Number(m[p.column]), severity: m[p.severity], code: m[p.code], message: m[p.message] }] : [];
  });
}

describe('handoff check problem matcher', () => {
  it('is declared with a task type whose problems go to their own owner', () => {
    assert.ok(matcher, 'no problem matcher named handoff');
    assert.notEqual(matcher.owner, 'handoff', 'the language server already owns "handoff" markers; the task would replace them');
    assert.deepEqual(matcher.fileLocation, ['autoDetect', '${workspaceFolder}']);
    assert.ok(pkg.contributes.taskDefinitions.some((t: { type: string }) => t.type === 'handoff'));
  });

  it("reads every problem line of the CLI's text output, and nothing else", () => {
    const dir = tempDir();
    copyFixture('cli/problems/handoff.yaml', join(dir, 'packets', 'handoff.yaml'));
    copyFixture('cli/warnings/queue.handoff.yaml', join(dir, 'queue.handoff.yaml'));
    const json = JSON.parse(runCli(['check', '--format', 'json'], { cwd: dir }).stdout) as {
      files: { path: string; diagnostics: { rule: string; severity: string; message: string; line: number; column: number }[] }[];
    };
    const expected = json.files.flatMap((f) =>
      f.diagnostics.map((d) => ({ file: f.path, line: d.line, column: d.column, severity: d.severity, code: d.rule, message: d.message })),
    );
    const text = runCli(['check'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout;
    assert.ok(expected.length > 1, 'the fixtures should have problems');
    assert.deepEqual(problems(text), expected);
  });
});
