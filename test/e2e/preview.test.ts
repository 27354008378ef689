// The packet preview in a real VS Code: it opens beside the packet, a click
// on a cell selects its source, the editor's cursor is highlighted in the
// preview, edits show while typing, it comes back after a window reload,
// every bundled example renders, and Show Source on its title bar brings back
// the packet.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { withVsCode } from '../support/e2e-harness';
import { positionOf } from '../support/e2e-positions';
import { openPreviewToSide, previewFrame, waitForPreviewTitle } from '../support/e2e-preview';
import { readFixture, validExamples } from '../support/fixtures';

const EXAMPLE = 'valid/partner-triage/handoff.yaml';

function workflowName(rel: string): string {
  const name = (parse(readFixture(rel)) as { workflow?: { name?: unknown } }).workflow?.name;
  assert.equal(typeof name, 'string', `${rel} should name its workflow`);
  return name as string;
}

test('the preview opens beside the packet, selects the source of a clicked cell, follows the cursor and the typing, and survives a reload', { timeout: 300_000 }, async () => {
  await withVsCode({ name: 'preview', fixtures: ['valid/partner-triage'] }, async (vs) => {
    const wb = vs.workbench;
    const text = readFixture(EXAMPLE);
    const name = workflowName(EXAMPLE);
    await wb.openFile(EXAMPLE);
    await openPreviewToSide(wb);
    await waitForPreviewTitle(wb, name);
    const frame = previewFrame(wb);
    const steps = frame.locator('#hp-sec-steps tr.hp-row');
    await wb.waitFor('five step rows', async () => (await steps.count()) === 5);
    assert.equal(await frame.locator('#hp-problems li.hp-problem').count(), 0, 'the bundled example has no problem');
    assert.equal(await frame.locator('.hp-readiness li.hp-q').count(), 9, 'the nine readiness questions');
    await vs.screenshot('opened');

    // A click on the second step's trigger selects that text in the editor.
    const trigger = 'Normalised record stored';
    const cell = steps.nth(1).locator('td').nth(1).locator('span.hp-text');
    assert.equal((await cell.textContent())?.trim(), trigger);
    await cell.click();
    const from = positionOf(text, trigger, { after: 'id: screen' });
    const selected = `Ln ${from.line}, Col ${from.column + trigger.length} (${trigger.length} selected)`;
    await wb.waitFor(`the editor to select "${trigger}" (${selected})`, async () => (await wb.cursor()) === selected, () => `status bar shows: ${selected}`);

    // The cursor in the editor is highlighted in the preview: one element, the innermost around it.
    const classify = positionOf(text, 'id: classify');
    await wb.openFile(EXAMPLE);
    await wb.setCursor(classify.line, classify.column + 6);
    const active = frame.locator('.hp-active');
    await wb.waitFor('one highlighted element reading "classify"', async () => (await active.count()) === 1 && (await active.textContent())?.trim() === 'classify');

    // Typing in the packet changes the preview, before any save.
    const end = positionOf(text, `name: ${name}`, { at: 'end' });
    await wb.typeAt(end.line, end.column, ' (edited)');
    await waitForPreviewTitle(wb, `${name} (edited)`);

    // After a window reload VS Code restores the preview, and it shows the packet again.
    // Saved first: in the browser, a backup still pending vetoes the unload and
    // VS Code keeps no last state of its editors (the preview then finds its
    // packet by its title, which a unit test covers).
    await wb.runCommand('File: Save');
    const dirty = wb.page.locator('.tabs-container .tab.dirty');
    await wb.waitFor('the packet to be saved', async () => (await dirty.count()) === 0);
    await wb.page.reload();
    await wb.ready();
    await wb.waitFor('the restored preview to show a title', async () => (await previewFrame(wb).locator('h1.hp-title').count()) === 1);
    await waitForPreviewTitle(wb, `${name} (edited)`);
  });
});

test('the preview renders every bundled example, with its title, its readiness and no problem', { timeout: 300_000 }, async () => {
  const examples = validExamples().map((e) => e.name);
  assert.ok(examples.length >= 3, `three bundled examples expected: ${JSON.stringify(examples)}`);
  await withVsCode({ name: 'preview-examples', fixtures: examples.map((e) => e.slice(0, e.lastIndexOf('/'))) }, async (vs) => {
    const wb = vs.workbench;
    for (const example of examples) {
      await wb.openFile(example);
      await openPreviewToSide(wb);
      await waitForPreviewTitle(wb, workflowName(example));
      const frame = previewFrame(wb);
      assert.equal(await frame.locator('#hp-problems li.hp-problem').count(), 0, `${example} has no problem`);
      assert.equal(await frame.locator('.hp-readiness li.hp-q').count(), 9, `${example}: the nine readiness questions`);
      assert.ok((await frame.locator('#hp-sec-steps tr.hp-row').count()) > 0, `${example}: its steps`);
      await vs.screenshot(example.split('/')[1]);
    }
  });
});

test('Show Source on the preview brings back the packet it shows, after its editor was closed', { timeout: 300_000 }, async () => {
  await withVsCode({ name: 'preview-show-source', fixtures: ['valid/partner-triage'] }, async (vs) => {
    const wb = vs.workbench;
    const name = workflowName(EXAMPLE);
    await wb.openFile(EXAMPLE);
    await openPreviewToSide(wb);
    await waitForPreviewTitle(wb, name);

    // Close the packet's editor, leaving the preview alone in its group.
    await wb.openFile(EXAMPLE);
    await wb.runCommand('View: Close Editor');
    const packetTabs = wb.page.locator('.tabs-container .tab', { hasText: /^handoff\.yaml/ });
    await wb.waitFor('the packet editor to close', async () => (await packetTabs.count()) === 0);

    // The preview's title bar offers Show Source; it opens the packet again.
    await wb.page.locator('.tabs-container .tab').first().click();
    const button = wb.page.locator('.editor-group-container.active .editor-actions [aria-label="Show Source"]');
    await button.first().click();
    await wb.waitFor('the packet editor to be back and active', async () => (await wb.activeFile())?.endsWith('partner-triage/handoff.yaml') === true);
    assert.match(await wb.visibleText(), /id: set-deal-stage|workflow:/);
    await vs.screenshot('source-shown');
  });
});
