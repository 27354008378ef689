// `handoff check` as a task in a real VS Code: Run Task lists it under the
// handoff type, and the $handoff problem matcher puts what it reports in the
// Problems view, on the file and line the CLI names.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withVsCode } from '../support/e2e-harness';

test('handoff check runs as a task and its problems land in the Problems view', { timeout: 300_000 }, async () => {
  await withVsCode({ name: 'check-task', fixtures: ['cli/problems'] }, async (vs) => {
    const wb = vs.workbench;
    await wb.runCommand('Tasks: Run Task');
    const input = wb.page.locator('.quick-input-widget');
    await input.locator('.monaco-list-row', { hasText: 'handoff' }).first().click();
    await input.locator('.monaco-list-row', { hasText: 'handoff: check' }).first().click();
    const problems = await wb.waitForProblems('problems from handoff check', (ps) => ps.some((p) => p.source.includes('handoff check')));
    const fromTask = problems.filter((p) => p.source.includes('handoff check'));
    assert.ok(fromTask.every((p) => p.file === 'cli/problems/handoff.yaml' && p.line > 0), JSON.stringify(fromTask));
    assert.ok(fromTask.some((p) => p.severity === 'error'));
  });
});
