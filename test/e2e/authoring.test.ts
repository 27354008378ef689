// Writing a packet in a real VS Code: the suggest widget offers the allowed
// authority values and the declared owner ids where they fit (and nothing
// else), hovering an owner reference tells who that owner is, and an empty
// packet file offers the whole-packet skeleton.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { RESULTS, withVsCode } from '../support/e2e-harness';
import { positionOf } from '../support/e2e-positions';
import type { Workbench } from '../support/e2e-workbench';
import { applyQuickFix, hoverAtCursor, openQuickFixes, suggestions, waitForStatusItem, type Suggestion } from '../support/e2e-widgets';
import { readFixture } from '../support/fixtures';

const EXAMPLE = 'valid/partner-triage/handoff.yaml';
const OWNERS = ['ops-lead', 'revops-lead', 'partner-manager', 'compliance-officer', 'platform-team'];
/** An empty packet file, where the skeleton is offered. */
const EMPTY = 'e2e/empty/handoff.yaml';
const SKELETON_ACTION = 'Start with: Handoff packet skeleton';

/** Clears the value after `key: ` at its place (found after `after`) and asks for completions there. */
async function suggestionsForEmptied(wb: Workbench, key: string, value: string, after: string): Promise<Suggestion[]> {
  const at = positionOf(readFixture(EXAMPLE), `${key}: ${value}`, { after });
  await wb.setCursor(at.line, at.column + key.length + 2);
  await wb.page.keyboard.press('Shift+End');
  await wb.page.keyboard.press('Backspace');
  await wb.waitFor(`the line to read "${key}: "`, async () => (await wb.visibleText()).split('\n').some((l) => l.trim() === `${key}:` && l.endsWith(`${key}: `)));
  return suggestions(wb);
}

const labels = (list: Suggestion[]) => list.map((s) => s.label);

test('completion offers the authority values and the declared owners; hover on an owner shows its role', { timeout: 300_000 }, async () => {
  await withVsCode({ name: 'authoring', fixtures: ['valid/partner-triage'] }, async (vs) => {
    const wb = vs.workbench;
    await wb.openFile(EXAMPLE);
    // The readiness item comes from the language server: once it shows, the server answers requests.
    await waitForStatusItem(wb, 'the language server to answer (readiness in the status bar)', /^Handoff: 9\/9 ready$/);

    // Hover on the owner of the first exception type.
    const owner = positionOf(readFixture(EXAMPLE), 'owner: ops-lead', { after: 'type: missing_source_data' });
    await wb.setCursor(owner.line, owner.column + 'owner: '.length + 2);
    const hover = await hoverAtCursor(wb);
    assert.match(hover, /ops-lead/);
    assert.match(hover, /Partner operations lead/, `the hover should give the owner's role:\n${hover}`);
    // Not vs.screenshot: moving the pointer away would close the hover.
    await wb.page.screenshot({ path: join(RESULTS, 'authoring-hover.png') });
    await wb.page.keyboard.press('Escape');

    // Only what fits the value: no snippet of the extension's crowds the list.
    const authority = await suggestionsForEmptied(wb, 'authority', 'approval', 'id: set-deal-stage');
    assert.deepEqual(labels(authority), ['automatic', 'approval', 'never']);
    assert.deepEqual(authority.map((s) => s.kind), ['enum-member', 'enum-member', 'enum-member']);

    const owners = await suggestionsForEmptied(wb, 'owner', 'ops-lead', 'type: missing_source_data');
    assert.deepEqual(labels(owners), OWNERS);
  });
});

test('an empty packet file offers the whole-packet skeleton, which fills it', { timeout: 300_000 }, async () => {
  await withVsCode({ name: 'authoring-skeleton', fixtures: ['e2e/empty'] }, async (vs) => {
    const wb = vs.workbench;
    await wb.openFile(EMPTY);
    await waitForStatusItem(wb, 'the language server to answer (readiness in the status bar)', /^Handoff: 0\/9 ready$/);
    // Ctrl+. acts in the focused editor; a click on the empty text puts the focus there.
    await wb.page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
    await wb.page.locator('.editor-group-container.active .monaco-editor.focused').waitFor();
    const actions = await openQuickFixes(wb, (titles) => titles.some((a) => a.includes(SKELETON_ACTION)));
    assert.ok(actions.some((a) => a.includes(SKELETON_ACTION)), `Ctrl+. in the empty file should offer the skeleton: ${JSON.stringify(actions)}`);
    await applyQuickFix(wb, SKELETON_ACTION);
    await wb.waitFor('the skeleton in the editor', async () => /^packet: 1\n\nworkflow:\n {2}name: Workflow name\n/.test(await wb.visibleText()));
  });
});
