// Show Change Impact in a real VS Code: the workspace is a git repository
// holding the committed example; letting an approval-gated action run on its
// own is classified review_required, in the report tab and in the Problems view.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { withVsCode } from '../support/e2e-harness';
import { positionOf } from '../support/e2e-positions';
import type { Problem } from '../support/e2e-workbench';
import { editorTextOfTab, waitForStatusItem } from '../support/e2e-widgets';
import { readFixture } from '../support/fixtures';

const EXAMPLE = 'valid/partner-triage/handoff.yaml';
const REPORT_TAB = 'handoff.yaml change impact.md';

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=Handoff tests', '-c', 'user.email=tests@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe' });
}

/** Makes the workspace a repository whose one commit holds the fixtures as copied. */
function commitWorkspace(workspace: string): void {
  git(workspace, 'init', '-q', '-b', 'main');
  git(workspace, 'add', '-A');
  git(workspace, 'commit', '-q', '-m', 'The bundled example');
}

const impact = (p: Problem) => p.source === 'handoff change impact' && p.file === EXAMPLE;

test('Show Change Impact classifies set-deal-stage going from approval to automatic as review_required', { timeout: 300_000 }, async () => {
  await withVsCode(
    // The harness turns git off to keep the workbench quiet; this feature needs it.
    { name: 'change-impact', fixtures: ['valid/partner-triage'], settings: { 'git.enabled': true }, prepare: commitWorkspace },
    async (vs) => {
      const wb = vs.workbench;
      await wb.openFile(EXAMPLE);
      await waitForStatusItem(wb, 'the language server to answer (readiness in the status bar)', /^Handoff: 9\/9 ready$/);

      // Unsaved: the command compares what the editor holds with HEAD.
      const value = positionOf(readFixture(EXAMPLE), 'approval', { after: 'id: set-deal-stage' });
      await wb.setCursor(value.line, value.column);
      await wb.page.keyboard.press('Shift+End');
      await wb.page.keyboard.type('automatic');
      await wb.waitFor('the edit in the editor', async () => (await wb.visibleText()).includes('      authority: automatic\n      approver: partner-manager'));

      await wb.runCommand('Handoff: Show Change Impact');
      let report = '';
      await wb.waitFor(
        `the "${REPORT_TAB}" tab to list the change`,
        async () => /autonomy-increase/.test((report = await editorTextOfTab(wb, REPORT_TAB))),
        () => `report tab shows:\n${report}`,
      );
      // The tab wraps long lines: read it with the wraps undone.
      const flat = report.replace(/\s+/g, ' ');
      assert.match(flat, /\| \*\*review_required\*\* \| `autonomy-increase` \| line (\d+), column (\d+) \| Action set-deal-stage moves from approval to automatic\. \|/);
      assert.match(flat, new RegExp(`line ${value.line}, column ${value.column} `), 'the report says where the change is');
      assert.match(flat, /sign-off from \*\*revops-lead\*\* \(Revenue operations lead\)/, 'the report names who signs off');
      await vs.screenshot('report');

      const problems = await wb.waitForProblems('a change-impact problem in the Problems view', (list) => list.some(impact));
      const found = problems.filter(impact);
      assert.equal(found.length, 1, `one change-impact problem expected: ${JSON.stringify(found)}`);
      const [p] = found;
      assert.equal(p.severity, 'info');
      assert.equal(p.code, 'autonomy-increase');
      assert.match(p.message, /set-deal-stage moves from approval to automatic/);
      assert.match(p.message, /sign-off from revops-lead/);
      assert.deepEqual({ line: p.line, column: p.column }, value);
      // The packet itself is still valid: no problem of the checks.
      assert.deepEqual(problems.filter((q) => q.source === 'handoff'), []);

      // Once the change is saved and committed, HEAD agrees with the editor and the mark goes.
      await wb.openFile(EXAMPLE);
      await wb.page.keyboard.press('Control+S');
      await wb.waitFor('the save to reach the disk', async () => readFileSync(join(vs.workspace, EXAMPLE), 'utf8').includes('      authority: automatic\n      approver: partner-manager'));
      git(vs.workspace, 'commit', '-q', '-am', 'Let set-deal-stage run on its own');
      await wb.waitForProblems('the change-impact problem to go once committed', (list) => !list.some(impact));
      // The open report follows too.
      await wb.waitFor('the report to say nothing changed', async () => /No change to what the packet says/.test((report = await editorTextOfTab(wb, REPORT_TAB)).replace(/\s+/g, ' ')), () => `report tab shows:\n${report}`);
    },
  );
});
