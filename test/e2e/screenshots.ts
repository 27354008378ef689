// The README's pictures, taken in the same real VS Code the e2e tests drive
// (code-server in headless Chromium, 1400x900):
//   npm run package && node --import tsx test/e2e/screenshots.ts
// writes docs/images/editor.png, preview.png, preview-dark.png and readiness.png.
// Name pictures to take only those sessions: `… screenshots.ts readiness.png`.
// Each picture waits for what it shows; nothing here is a test.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { withVsCode } from '../support/e2e-harness';
import { positionOf } from '../support/e2e-positions';
import { openPreviewToSide, previewFrame, waitForPreviewTitle } from '../support/e2e-preview';
import type { Workbench } from '../support/e2e-workbench';
import { statusItem, visibleQuickPick, waitForStatusItem } from '../support/e2e-widgets';
import { readFixture, ROOT } from '../support/fixtures';

const OUT = join(ROOT, 'docs', 'images');
const PACKET = 'partner-triage/handoff.yaml';
const NAME = 'Partner application triage';
const LIGHT = { 'workbench.colorTheme': 'Default Light Modern' };
const DARK = { 'workbench.colorTheme': 'Default Dark Modern' };

/** Copies a fixture folder's packet to partner-triage/handoff.yaml, so the pictures show a plain project path. */
const asPartnerTriage = (fixtureDir: string) => (workspace: string) => {
  renameSync(join(workspace, fixtureDir), join(workspace, 'partner-triage'));
  rmSync(join(workspace, fixtureDir.split('/')[0]), { recursive: true, force: true });
};

/** Waits out what would clutter a picture: toasts, progress in the status bar, the pointer's hover. */
async function settle(wb: Workbench): Promise<void> {
  await wb.page.mouse.move(0, 0);
  await wb.waitFor('a quiet status bar', async () => !(await wb.statusBarItems()).some((i) => /Saving|Activating|Initializing/.test(i.text)));
  await wb.waitFor('no notification toast', async () => (await wb.page.locator('.notification-toast').count()) === 0);
  // A tooltip the pointer raised on its way (e.g. "More Actions...") fades once it has left.
  await wb.waitFor('no tooltip or hover', async () => (await wb.page.locator('.workbench-hover, .monaco-hover').filter({ visible: true }).count()) === 0);
}

/** Drags the top edge of the bottom panel down by `by` pixels, leaving more room to the editors. */
async function shrinkPanel(wb: Workbench, by: number): Promise<void> {
  const panel = await wb.page.locator('.part.panel').boundingBox();
  if (!panel) throw new Error('the panel is not shown');
  // The sash above the panel: the enabled horizontal one nearest to its top edge.
  const sashes = await wb.page
    .locator('.monaco-sash.horizontal:not(.disabled)')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })));
  const sash = sashes.sort((a, b) => Math.abs(a.y - panel.y) - Math.abs(b.y - panel.y))[0];
  if (!sash || Math.abs(sash.y - panel.y) > 20) throw new Error(`no sash above the panel: ${JSON.stringify({ panel, sashes })}`);
  await wb.page.mouse.move(sash.x, sash.y);
  await wb.page.mouse.down();
  await wb.page.mouse.move(sash.x, sash.y + by, { steps: 5 });
  await wb.page.mouse.up();
  await wb.waitFor('the panel to shrink', async () => ((await wb.page.locator('.part.panel').boundingBox())?.height ?? panel.height) < panel.height - by / 2);
}

async function hideSideBar(wb: Workbench): Promise<void> {
  await wb.page.keyboard.press('Control+B');
  await wb.page.locator('.part.sidebar').waitFor({ state: 'hidden' });
}

function visibleWebview(wb: Workbench): Locator {
  return wb.page.locator('iframe.webview.ready').filter({ visible: true }).first();
}

async function shot(locatorOrPage: Locator | Page, name: string): Promise<void> {
  const path = join(OUT, name);
  await locatorOrPage.screenshot({ path });
  console.log(`wrote ${path}`);
}

const wanted = process.argv.slice(2);
/** Whether any of the pictures a session takes was asked for (all are when none is named). */
const wants = (...names: string[]) => wanted.length === 0 || names.some((n) => wanted.includes(n));

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });

  // editor.png, then preview.png: the example with a wrong authority value, its
  // problem underlined and listed, the preview beside it; corrected, the preview alone.
  if (wants('editor.png', 'preview.png'))
    await withVsCode(
      // No sticky scroll: its pinned lines would cut into the picture.
      { name: 'shots-editor', fixtures: ['e2e/wrong-authority'], settings: { ...LIGHT, 'editor.stickyScroll.enabled': false }, prepare: asPartnerTriage('e2e/wrong-authority') },
      async ({ workbench: wb }) => {
        await hideSideBar(wb);
        await wb.openFile(PACKET);
        const text = readFixture('e2e/wrong-authority/handoff.yaml');
        const at = positionOf(text, 'sometimes');
        await wb.waitForProblems('the wrong authority in the Problems view', (list) => list.some((p) => p.source === 'handoff' && p.code === 'schema'));
        await shrinkPanel(wb, 150);
        await wb.openFile(PACKET);
        await wb.setCursor(at.line, at.column);
        await openPreviewToSide(wb);
        await waitForPreviewTitle(wb, NAME);
        const frame = previewFrame(wb);
        await frame.locator('#hp-problems li.hp-problem').first().waitFor();
        // The preview follows the cursor: on the action's id, its row in the authority table is highlighted and in view.
        const action = positionOf(text, 'email-applicant', { after: 'id: create-company' });
        await wb.openFile(PACKET);
        await wb.setCursor(action.line, action.column + 2);
        await wb.waitFor('the action highlighted in the preview', async () =>
          (
            (await frame
              .locator('.hp-active')
              .textContent()
              .catch(() => '')) ?? ''
          ).includes('email-applicant'),
        );
        await wb.page.locator('.editor-group-container.active .squiggly-error').first().waitFor();
        await settle(wb);
        await shot(wb.page, 'editor.png');

        // Corrected, the packet is the bundled example again: the preview of it, light theme.
        await wb.setCursor(at.line, at.column);
        await wb.page.keyboard.press('Shift+End');
        await wb.page.keyboard.type('never');
        await wb.waitForProblems('no problem once corrected', (list) => !list.some((p) => p.source === 'handoff'));
        await wb.waitFor('the preview to say no problems', async () => (await frame.locator('#hp-problems li.hp-problem').count()) === 0);
        await wb.page.keyboard.press('Control+Home');
        await wb.page.keyboard.press('Control+J'); // the panel away, so the preview is full height
        await frame.locator('h1.hp-title').scrollIntoViewIfNeeded();
        await settle(wb);
        await shot(visibleWebview(wb), 'preview.png');
      },
    );

  // preview-dark.png: the same preview in the dark theme, at its steps and authority.
  if (wants('preview-dark.png'))
    await withVsCode({ name: 'shots-dark', fixtures: ['valid/partner-triage'], settings: DARK, prepare: asPartnerTriage('valid/partner-triage') }, async ({ workbench: wb }) => {
      await hideSideBar(wb);
      await wb.openFile(PACKET);
      await openPreviewToSide(wb);
      await waitForPreviewTitle(wb, NAME);
      const frame = previewFrame(wb);
      // The table of contents scrolls the page as a reader would.
      await frame.locator('nav.hp-toc a', { hasText: 'Steps' }).click();
      await wb.waitFor('the steps at the top of the preview', async () => (await frame.locator('#hp-sec-steps').evaluate((el) => Math.abs(el.getBoundingClientRect().top))) < 40);
      await settle(wb);
      await shot(visibleWebview(wb), 'preview-dark.png');
    });

  // readiness.png: the example without its support section, the status bar
  // item clicked, the open question listed first.
  if (wants('readiness.png'))
    await withVsCode({ name: 'shots-readiness', fixtures: ['e2e/missing-section'], settings: LIGHT, prepare: asPartnerTriage('e2e/missing-section') }, async ({ workbench: wb }) => {
      await hideSideBar(wb);
      await wb.openFile(PACKET);
      await waitForStatusItem(wb, 'Handoff: 8/9 ready', /^Handoff: 8\/9 ready$/);
      await settle(wb);
      await statusItem(wb, /Handoff: 8\/9 ready/).click();
      const pick = await visibleQuickPick(wb);
      if (!/8 of 9/.test(pick.title)) throw new Error(`unexpected readiness quick pick: ${JSON.stringify(pick)}`);
      await wb.page.mouse.move(0, 0);
      // The quick pick alone: at the README's width a whole-window picture would shrink its text too far.
      await shot(wb.page.locator('.quick-input-widget'), 'readiness.png');
    });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
