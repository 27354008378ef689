// The Get Started walkthrough in a real VS Code: it opens from the Welcome
// page's "Open Walkthrough..." picker, and each step's button does what the
// step says and ticks the step off.
import { test } from 'node:test';
import { withVsCode } from '../support/e2e-harness';

test('the walkthrough opens from the Welcome page and each step runs', { timeout: 300_000 }, async () => {
  await withVsCode({ name: 'walkthrough', fixtures: ['valid/partner-triage'] }, async (vs) => {
    const wb = vs.workbench;
    const page = wb.page;
    // The command opens a second picker, the list of walkthroughs: pick ours there.
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>Welcome: Open Walkthrough');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Open Walkthrough' }).first().click();
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Get Started with Handoff Packets' }).first().click();
    const steps = page.locator('.gettingStartedContainer');
    const step = (title: string) => steps.locator('.getting-started-step', { hasText: title }).first();
    await step('Create a packet').waitFor();
    const walkthroughTab = page.locator('.tabs-container .tab', { hasText: /Walkthrough|Welcome|Get Started/ }).first();
    const entry = page.locator('.getting-started-category', { hasText: 'Get Started with Handoff Packets' }).first();
    // Back on the Welcome tab, which may show its start page again: open ours from its list of walkthroughs.
    const showOurs = async () => {
      await walkthroughTab.click();
      await wb.waitFor('our walkthrough on the Welcome tab', async () => {
        // The hidden slide stays in the page, moved aside: the page's class says which one shows.
        if ((await page.locator('.gettingStarted.showDetails').count()) && (await step('Create a packet').count())) return true;
        if ((await page.locator('.gettingStarted.showCategories').count()) && (await entry.isVisible())) await entry.click();
        return false;
      });
    };
    const press = async (title: string, button: string) => {
      await showOurs();
      const s = step(title);
      // An expanded step's title is a disabled button; a collapsed one expands on a click.
      if ((await s.getAttribute('aria-expanded')) !== 'true') await s.click();
      await wb.waitFor(`the step "${title}" expanded`, async () => (await s.getAttribute('aria-expanded')) === 'true');
      await s.locator('.monaco-button', { hasText: button }).first().click();
    };
    const done = async (title: string) => {
      await showOurs();
      await wb.waitFor(`the step "${title}" ticked off`, async () => (await step(title).getAttribute('aria-checked')) === 'true');
    };
    const quickInput = page.locator('.quick-input-widget');

    // 1. A new packet from the skeleton, checked at once: its placeholders are problems.
    await press('Create a packet', 'New Packet');
    const problems = await wb.waitForProblems('the new packet checked', (ps) => ps.some((p) => p.source === 'handoff'));
    const first = problems.filter((p) => p.source === 'handoff').sort((a, b) => a.line - b.line || a.column - b.column)[0];
    await done('Create a packet');

    // 2. The cursor goes to the first problem (its quick fixes, if any, open there).
    await press('Fix the first problem', 'Fix the First Problem');
    await wb.waitFor('the cursor on the first problem', async () => (await wb.cursor()) === `Ln ${first.line}, Col ${first.column}`);
    await page.keyboard.press('Escape');
    await done('Fix the first problem');

    // 3. Readiness lists its questions.
    await press('Read readiness', 'Show Readiness');
    await quickInput.filter({ hasText: 'Handoff readiness' }).waitFor();
    await page.keyboard.press('Escape');
    await done('Read readiness');

    // 4. The preview opens beside the packet.
    await press('Open the preview', 'Open Preview to the Side');
    await page.locator('.tabs-container .tab', { hasText: /Preview/ }).first().waitFor();
    await done('Open the preview');

    // 5. Export asks for a format.
    await press('Export', 'Export Packet');
    await quickInput.filter({ hasText: 'Markdown' }).waitFor();
    await page.keyboard.press('Escape');
    await done('Export');
  });
});
