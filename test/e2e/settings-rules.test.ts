// handoff.rules in a settings.json opened as a normal text editor (the
// workspace's .vscode/settings.json, which gets the same settings schema as
// the user's): completion lists the rule ids with what each checks, and an
// unknown id is flagged.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { withVsCode } from '../support/e2e-harness';

const SETTINGS = '.vscode/settings.json';

test('settings.json completes handoff.rules ids with what they check and flags an unknown id', { timeout: 300_000 }, async () => {
  // Typed text lands as typed: no closing quotes or brackets added.
  const settings = { 'editor.autoClosingBrackets': 'never', 'editor.autoClosingQuotes': 'never', 'editor.formatOnType': false };
  const prepare = (ws: string) => {
    mkdirSync(join(ws, '.vscode'));
    writeFileSync(join(ws, SETTINGS), '{\n}\n');
  };
  await withVsCode({ name: 'settings-rules', fixtures: ['valid/partner-triage'], settings, prepare }, async (vs) => {
    const wb = vs.workbench;
    const page = wb.page;
    await wb.openFile(SETTINGS);
    await wb.setCursor(1, 2);
    await page.keyboard.press('Enter');
    await page.keyboard.type('"handoff.rules": { "queue-without-l');
    const suggest = page.locator('.editor-widget.suggest-widget.visible');
    const row = suggest.locator('.monaco-list-row', { hasText: 'queue-without-limit' });
    // The JSON server may still be loading the settings schema: ask again until the rule id is offered.
    await wb.waitFor('queue-without-limit offered', async () => {
      if (await row.count()) return true;
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Space');
      await suggest.first().waitFor({ timeout: 5_000 }).catch(() => undefined);
      return (await row.count()) > 0;
    });
    // Only the matching id is offered for this prefix.
    assert.ok(!(await suggest.locator('.monaco-list-row', { hasText: 'yaml-syntax' }).count()));
    // Ctrl+Space on an open list shows the details: the rule's description from the manifest.
    const details = page.locator('.suggest-details');
    await wb.waitFor('the rule description beside the suggestion', async () => {
      if (/exception queue has no backlog limit/i.test((await details.allTextContents()).join(' '))) return true;
      if (!(await details.isVisible())) await page.keyboard.press('Control+Space');
      return false;
    });
    await page.keyboard.press('Escape');
    await page.keyboard.type('imit": "warning", "no-such-rule": "off" }');
    const inSettings = (p: { file: string }) => p.file === SETTINGS;
    await wb.waitForProblems('the unknown rule id flagged', (ps) => ps.some((p) => inSettings(p) && /no-such-rule/.test(p.message)));
    const problems = (await wb.problems()).filter(inSettings);
    assert.ok(!problems.some((p) => /queue-without-limit/.test(p.message)), `a known id was flagged: ${JSON.stringify(problems)}`);
  });
});
