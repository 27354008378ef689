// Code lenses in a real VS Code do what they say: the lens above an owner
// that counts its references opens them in the references peek, and the lens
// above an action (its authority) opens the readiness list.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withVsCode } from '../support/e2e-harness';
import { positionOf } from '../support/e2e-positions';
import type { Workbench } from '../support/e2e-workbench';
import { visibleQuickPick, waitForStatusItem } from '../support/e2e-widgets';
import { readFixture } from '../support/fixtures';

const EXAMPLE = 'valid/partner-triage/handoff.yaml';

/** Brings the line of `needle` into view and clicks the lens titled `title` above it. */
async function clickLens(wb: Workbench, needle: string, title: string): Promise<void> {
  const at = positionOf(readFixture(EXAMPLE), needle);
  await wb.setCursor(at.line, at.column);
  // A lens with a command is a link; a label-only lens is plain text and cannot be clicked.
  const lens = wb.page.locator('.editor-group-container.active .codelens-decoration a', { hasText: title });
  await lens.first().click();
}

test('the owner lens opens its references in the peek; the action lens opens the readiness list', { timeout: 300_000 }, async () => {
  await withVsCode({ name: 'code-lens', fixtures: ['valid/partner-triage'] }, async (vs) => {
    const wb = vs.workbench;
    await wb.openFile(EXAMPLE);
    await waitForStatusItem(wb, 'the language server to answer (readiness in the status bar)', /^Handoff: 9\/9 ready$/);

    await clickLens(wb, 'id: ops-lead', 'owns 2 of 5 responsibilities · 4 references');
    const peek = wb.page.locator('.peekview-widget');
    let meta = '';
    await wb.waitFor(
      'the references peek to list the four uses of ops-lead',
      // VS Code titles the peek "Locations (4)" when a command opens it, "References (4)" from Find All References.
      async () => /^\w+ \(4\)$/.test((meta = (await peek.locator('.peekview-title .meta').allTextContents()).join(' ').trim())),
      () => `peek title: ${JSON.stringify(meta)}`,
    );
    assert.equal((await peek.locator('.peekview-title .filename').first().textContent())?.trim(), 'handoff.yaml');
    // Under the file's row, one row per use, each a line that names the owner.
    const rows = (await peek.locator('.ref-tree .monaco-list-row').allTextContents()).map((t) => t.trim());
    assert.equal(rows.filter((t) => t.includes('ops-lead')).length, 4, `peek rows: ${JSON.stringify(rows)}`);
    await vs.screenshot('references');
    await wb.page.keyboard.press('Escape');
    await peek.first().waitFor({ state: 'hidden' });

    await clickLens(wb, 'id: write-note', 'automatic · reversible');
    const pick = await visibleQuickPick(wb);
    assert.equal(pick.title, 'Handoff readiness: 9 of 9 answered');
    assert.equal(pick.rows.length, 9);
    await wb.page.keyboard.press('Escape');
  });
});
