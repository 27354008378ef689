// The packaged extension in a real VS Code (code-server in headless Chromium):
// it activates, its language server runs from the .vsix, and what it finds
// reaches the Problems view where a user reads it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFixture } from '../support/fixtures';
import { withVsCode } from '../support/e2e-harness';
import type { Problem, Workbench } from '../support/e2e-workbench';

const VALID = 'valid/partner-triage/handoff.yaml';
const WRONG = 'e2e/wrong-authority/handoff.yaml';
const FIXTURES = ['valid/partner-triage', 'e2e/wrong-authority'];

/** Where the fixture's one mistake is, 1-based as the Problems view shows it. */
function wrongAuthorityAt(): { line: number; column: number } {
  const lines = readFixture(WRONG).split('\n');
  const line = lines.findIndex((l) => /^\s*authority: sometimes\s*$/.test(l));
  assert.ok(line >= 0, `${WRONG} should hold \`authority: sometimes\``);
  return { line: line + 1, column: lines[line].indexOf('sometimes') + 1 };
}

const ours = (p: Problem) => p.source === 'handoff';

/**
 * Opens the valid example, then the broken copy, and waits for the broken
 * copy's problem. The server checks documents in the order they open, so once
 * that problem shows, the valid example's result has been published as well.
 */
async function openBothAndWait(wb: Workbench): Promise<Problem[]> {
  await wb.openFile(VALID);
  await wb.openFile(WRONG);
  return wb.waitForProblems(`a handoff problem in ${WRONG}`, (list) => list.some((p) => ours(p) && p.file === WRONG));
}

function assertOnlyTheAuthorityProblem(problems: Problem[]): void {
  assert.deepEqual(problems.filter((p) => ours(p) && p.file === VALID), [], 'the bundled example should have no problem');
  const found = problems.filter((p) => ours(p) && p.file === WRONG);
  assert.equal(found.length, 1, `exactly one problem expected in ${WRONG}: ${JSON.stringify(found)}`);
  const [problem] = found;
  assert.match(problem.message, /automatic, approval, never/);
  assert.equal(problem.code, 'schema');
  assert.equal(problem.severity, 'error');
  assert.deepEqual({ line: problem.line, column: problem.column }, wrongAuthorityAt());
}

test('the bundled example has no problem; a wrong authority is reported with the allowed values, links to its rule page and clears when corrected', { timeout: 300_000 }, async () => {
  await withVsCode({ name: 'diagnostics', fixtures: FIXTURES, trust: 'off' }, async (vs) => {
    const problems = await openBothAndWait(vs.workbench);
    assertOnlyTheAuthorityProblem(problems);
    const at = wrongAuthorityAt();
    await vs.workbench.setCursor(at.line, at.column);
    // The grammar borrows VS Code's YAML grammar: keys and values get different colours.
    assert.ok((await vs.workbench.coloursOfLine('authority: sometimes')).length > 1, 'the packet should be highlighted as YAML');
    const mode = (await vs.workbench.statusBarItems()).find((i) => i.id === 'status.editor.mode');
    assert.equal(mode?.text, 'Handoff Packet');
    await vs.screenshot('wrong-authority');

    // The rule id links to the rule's page, shipped inside the extension.
    await vs.workbench.clickProblemCode('schema');
    await vs.workbench.waitFor('the rule page in an editor', async () => /[/\\]docs[/\\]rules[/\\]schema\.md$/.test((await vs.workbench.activeFile()) ?? ''));

    // Correcting the value clears the problem while the user types, before any save.
    await vs.workbench.openFile(WRONG);
    await vs.workbench.setCursor(at.line, at.column);
    await vs.workbench.page.keyboard.press('Shift+End');
    await vs.workbench.page.keyboard.type('never');
    await vs.workbench.waitForProblems('the problem to clear once the value is corrected', (list) => !list.some((p) => ours(p) && p.file === WRONG));
  });
});

test('in Restricted Mode (folder not trusted) the extension still checks packets', { timeout: 300_000 }, async () => {
  await withVsCode({ name: 'diagnostics-untrusted', fixtures: FIXTURES, trust: 'untrusted' }, async (vs) => {
    const restricted = async () => (await vs.workbench.statusBarItems()).some((i) => i.id === 'status.workspaceTrust' && /Restricted Mode/.test(i.text));
    await vs.workbench.waitFor('Restricted Mode in the status bar', restricted);
    assertOnlyTheAuthorityProblem(await openBothAndWait(vs.workbench));
    await vs.screenshot('restricted-mode');
  });
});
