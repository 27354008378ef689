// Operating checks as a user meets them in a real VS Code: a packet missing a
// whole section is flagged, the Quick Fix menu (Ctrl+.) adds the section, and
// the status bar tells how many of the nine readiness questions the packet
// answers; a click lists the open ones.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withVsCode } from '../support/e2e-harness';
import { positionOf } from '../support/e2e-positions';
import type { Problem } from '../support/e2e-workbench';
import { applyQuickFix, openQuickFixes, statusItem, visibleQuickPick, waitForStatusItem } from '../support/e2e-widgets';
import { readFixture } from '../support/fixtures';

const VALID = 'valid/partner-triage/handoff.yaml';
/** The bundled example without its `support` section. */
const MISSING = 'e2e/missing-section/handoff.yaml';
const FIXTURES = ['valid/partner-triage', 'e2e/missing-section'];

const missingSection = (p: Problem) => p.source === 'handoff' && p.code === 'missing-section' && p.file === MISSING;

test('fixture: the missing-section copy is the bundled example without `support`', () => {
  const valid = readFixture(VALID);
  const missing = readFixture(MISSING);
  assert.ok(!/^support:/m.test(missing), `${MISSING} should have no support section`);
  assert.equal(missing, valid.slice(0, valid.indexOf('\n\nsupport:\n') + 1));
});

test('a missing section is reported, and the Quick Fix menu adds it so the problem goes away', { timeout: 300_000 }, async () => {
  await withVsCode({ name: 'quick-fix', fixtures: FIXTURES }, async ({ workbench: wb }) => {
    await wb.openFile(MISSING);
    const [problem] = (await wb.waitForProblems('the missing-section problem', (list) => list.some(missingSection))).filter(missingSection);
    assert.equal(problem.severity, 'error');
    assert.match(problem.message, /no `support` section/);
    // Reported on the packet's first key, where a reader starts.
    assert.deepEqual({ line: problem.line, column: problem.column }, positionOf(readFixture(MISSING), 'packet:'));

    await wb.openFile(MISSING);
    await wb.setCursor(problem.line, problem.column + 2);
    // Ctrl+. offers fixes for the problems the editor has: wait until it underlines this one.
    await wb.waitForSquiggle('error', problem.line);
    const addSupport = (f: string) => f.includes('Add the `support` section');
    const fixes = await openQuickFixes(wb, (titles) => titles.some(addSupport));
    assert.ok(fixes.some(addSupport), `the Quick Fix menu should offer to add the section: ${JSON.stringify(fixes)}`);
    await applyQuickFix(wb, 'Add the `support` section');

    await wb.waitForProblems('the missing-section problem to go away', (list) => !list.some(missingSection));
    // The section is really in the editor, at the end of the packet.
    await wb.openFile(MISSING);
    await wb.page.keyboard.press('Control+End');
    await wb.waitFor('the added support section at the end of the editor', async () => /^support:$/m.test(await wb.visibleText()));
    const text = await wb.visibleText();
    for (const key of ['window:', 'bug:', 'change_request:', 'response:']) assert.ok(text.includes(`  ${key}`), `the added section should have ${key}\n${text}`);
  });
});

test('the status bar shows readiness (9/9 for the example, 8/9 without support); a click lists the unanswered question first', { timeout: 300_000 }, async () => {
  await withVsCode({ name: 'readiness', fixtures: FIXTURES }, async (vs) => {
    const wb = vs.workbench;
    await wb.openFile(VALID);
    await waitForStatusItem(wb, 'Handoff: 9/9 ready for the bundled example', /^Handoff: 9\/9 ready$/);

    await wb.openFile(MISSING);
    await waitForStatusItem(wb, 'Handoff: 8/9 ready without the support section', /^Handoff: 8\/9 ready$/);
    await statusItem(wb, /Handoff: 8\/9 ready/).click();

    const pick = await visibleQuickPick(wb);
    assert.equal(pick.title, 'Handoff readiness: 8 of 9 answered');
    const [first, ...rest] = pick.rows;
    assert.match(first.label, /^9\. What is supported after launch\?$/);
    assert.equal(first.description, 'Unanswered');
    assert.match(first.detail, /support\.window/, 'the open question should say what is missing');
    assert.ok(rest.length > 0 && rest.every((r) => r.description === 'Answered'), `every other question is answered: ${JSON.stringify(rest)}`);
    await vs.screenshot('quick-pick');

    // Picking the question goes to where its section would go: the line after the packet's last one.
    await wb.page.keyboard.press('Enter');
    await wb.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    const lastLine = readFixture(MISSING).trimEnd().split('\n').length + 1;
    await wb.waitFor(`the cursor at the end of the packet (line ${lastLine})`, async () => (await wb.cursor()) === `Ln ${lastLine}, Col 1`);
    assert.equal(await wb.activeFile(), `${vs.workspace}/${MISSING}`);
  });
});
