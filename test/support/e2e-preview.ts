// The packet preview in the real workbench: open it the way a user does and
// reach into its webview (VS Code nests the page in two iframes).
import type { FrameLocator } from 'playwright-core';
import type { Workbench } from './e2e-workbench';

/** The editor-title button the extension contributes for packets; its presence means the menus know the file is a packet. */
const PREVIEW_BUTTON = '.editor-group-container.active .editor-actions [aria-label^="Open Preview to the Side"]';

/** Opens the preview of the active packet editor beside it, through the command palette. */
export async function openPreviewToSide(wb: Workbench): Promise<void> {
  await wb.page.locator(PREVIEW_BUTTON).first().waitFor();
  await wb.runCommand('Handoff: Open Preview to the Side');
}

/**
 * The page inside the visible preview webview. Hidden webviews keep their
 * iframes (invisible), so the visible one is the preview a user sees.
 */
export function previewFrame(wb: Workbench): FrameLocator {
  return wb.page.locator('iframe.webview.ready').filter({ visible: true }).first().contentFrame().frameLocator('#active-frame');
}

/** Waits until the visible preview's title shows the workflow name `name` (the version after it aside). */
export async function waitForPreviewTitle(wb: Workbench, name: string): Promise<void> {
  const h1 = previewFrame(wb).locator('h1.hp-title');
  let seen: string | null = null;
  await wb.waitFor(
    `the preview titled "${name}"`,
    async () => {
      seen = await h1
        .evaluate((el) => {
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelector('.hp-version')?.remove();
          return copy.textContent;
        }, undefined, { timeout: 1_000 })
        .catch(() => null);
      return seen?.trim() === name;
    },
    () => `last preview title seen: ${JSON.stringify(seen)}`,
  );
}
