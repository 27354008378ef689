// Show Change Impact in a real VS Code: the workspace is a git repository
// holding the committed example; letting an approval-gated action run on its
// own is classified review_required, in the rendered report beside the packet
// (whose Markdown source stays one command away) and in the Problems view.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { withVsCode } from '../support/e2e-harness';
import { positionOf } from '../support/e2e-positions';
import { previewFrame } from '../support/e2e-preview';
import type { Problem, Workbench } from '../support/e2e-workbench';
import { editorTextOfTab, waitForStatusItem } from '../support/e2e-widgets';
import { readFixture } from '../support/fixtures';

const EXAMPLE = 'valid/partner-triage/handoff.yaml';
/** The report's Markdown source, and VS Code's preview of it (locked to it, hence the brackets). */
const REPORT_TAB = 'handoff.yaml change impact.md';
const PREVIEW_TAB = `[Preview] ${REPORT_TAB}`;

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

/** The text the visible Markdown preview shows, as a reader sees it; empty while it loads. */
async function renderedText(wb: Workbench): Promise<string> {
  return (await previewFrame(wb).locator('body').innerText({ timeout: 1_000 }).catch(() => '')).replace(/\s+/g, ' ');
}

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
      await wb.page.locator('.tab', { hasText: PREVIEW_TAB }).first().waitFor();
      let rendered = '';
      await wb.waitFor(
        `the "${PREVIEW_TAB}" preview to list the change`,
        async () => /autonomy-increase/.test((rendered = await renderedText(wb))),
        () => `the preview shows:\n${rendered}`,
      );
      // Rendered, not raw: a table whose class is bold and whose kind is code, no Markdown syntax left.
      const preview = previewFrame(wb);
      const rows = await preview.locator('table tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));
      assert.deepEqual(
        rows.find((r) => r.includes('autonomy-increase')),
        ['review_required', 'autonomy-increase', `line ${value.line}, column ${value.column}`, 'Action set-deal-stage moves from approval to automatic.'],
        `table rows: ${JSON.stringify(rows)}`,
      );
      assert.equal(await preview.locator('td strong', { hasText: 'review_required' }).count(), 1);
      assert.equal(await preview.locator('td code', { hasText: 'autonomy-increase' }).count(), 1);
      assert.match(rendered, /sign-off from revops-lead \(Revenue operations lead\)/, 'the report names who signs off');
      assert.doesNotMatch(rendered, /\*\*|\| ---/, 'no Markdown syntax shows');
      await vs.screenshot('report');

      // The Markdown itself, for a pull request: the preview's Open Source File.
      await wb.page.locator('.tab', { hasText: PREVIEW_TAB }).first().click();
      await wb.runCommand('Markdown: Open Source File');
      let source = '';
      await wb.waitFor(
        `the "${REPORT_TAB}" source tab`,
        async () => /\| \*\*review_required\*\* \| `autonomy-increase` \|/.test((source = (await editorTextOfTab(wb, REPORT_TAB)).replace(/\s+/g, ' '))),
        () => `source tab shows:\n${source}`,
      );

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
      // The open preview follows too. Opening the packet may have put it in the
      // preview's group and hidden the preview, so bring the preview's tab forward.
      await wb.page.locator('.tab', { hasText: PREVIEW_TAB }).first().click();
      await wb.waitFor('the preview to say nothing changed', async () => /No change to what the packet says/.test((rendered = await renderedText(wb))), () => `the preview shows:\n${rendered}`);
    },
  );
});
