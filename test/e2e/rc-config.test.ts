// A packet under a folder whose .handoffrc.yaml raises or silences a rule
// shows that severity in the Problems view, the same as `handoff check`
// gives, and follows the file when it changes on disk.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { withVsCode } from '../support/e2e-harness';
import type { Problem } from '../support/e2e-workbench';
import { ensureBuilt, runCli } from '../unit/cli-harness';

const RAISED = 'cli/warnings/queue.handoff.yaml'; // its one unknown-key warning is raised to an error
const SILENCED = 'cli/problems/handoff.yaml'; // its unknown-reference error is turned off

before(() => ensureBuilt());

const ours = (p: Problem) => p.source === 'handoff';

function prepare(workspace: string): void {
  writeFileSync(join(workspace, 'cli', 'warnings', '.handoffrc.yaml'), 'rules:\n  unknown-key: error\n');
  writeFileSync(join(workspace, 'cli', 'problems', '.handoffrc.yaml'), 'rules:\n  unknown-reference: off\n');
}

test('severities from the nearest .handoffrc.yaml, as handoff check gives them, and followed when the file changes', { timeout: 300_000 }, async () => {
  await withVsCode({ name: 'rc-config', fixtures: ['cli/warnings', 'cli/problems'], trust: 'off', prepare }, async (vs) => {
    const wb = vs.workbench;
    await wb.openFile(SILENCED);
    await wb.openFile(RAISED);
    const problems = await wb.waitForProblems('problems in both packets', (list) => list.some((p) => ours(p) && p.file === RAISED) && list.some((p) => ours(p) && p.file === SILENCED));
    const shown = problems.filter(ours).map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.code}`).sort();

    const cli = runCli(['check', '--format', 'json', 'cli'], { cwd: vs.workspace });
    const report = JSON.parse(cli.stdout) as { files: { path: string; diagnostics: { rule: string; severity: string; line: number; column: number }[] }[] };
    const checked = report.files.flatMap((f) => f.diagnostics.map((d) => `${f.path}:${d.line}:${d.column} ${d.severity} ${d.rule}`)).sort();
    assert.deepEqual(shown, checked, 'the editor and handoff check agree');
    assert.ok(shown.includes(`${RAISED}:119:5 error unknown-key`), shown.join('\n'));
    assert.ok(!shown.some((s) => s.includes('unknown-reference')), shown.join('\n'));
    await vs.screenshot('rc-config');

    // Changed on disk, not in the editor: the server's file watcher re-checks.
    writeFileSync(join(vs.workspace, 'cli', 'warnings', '.handoffrc.yaml'), 'rules:\n  unknown-key: off\n');
    await wb.waitForProblems('the raised rule silenced after the config file changed', (list) => !list.some((p) => ours(p) && p.file === RAISED));
  });
});
