// The editor's pop-up widgets as a user meets them: the Quick Fix menu
// (Ctrl+.), the hover (Ctrl+K Ctrl+I), a quick pick someone else opened, a
// status bar item to click, the suggest widget, and the text of an editor
// that is not the active one.
import type { Locator } from 'playwright-core';
import type { Workbench } from './e2e-workbench';

export interface QuickPickRow {
  label: string;
  description: string;
  detail: string;
}

export interface QuickPick {
  title: string;
  rows: QuickPickRow[];
}

/** Opens the Quick Fix menu at the cursor (Ctrl+.) and returns the titles of its actions, menu left open. */
export async function openQuickFixes(wb: Workbench): Promise<string[]> {
  await wb.page.keyboard.press('Control+.');
  const rows = quickFixRows(wb);
  await rows.first().waitFor();
  // Group headers ("Quick Fix", "More Actions…") are rows too, but not actions.
  return rows.evaluateAll((els) => els.map((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim()));
}

/** Picks a Quick Fix menu row by its title, as a click would; waits for the menu to close. */
export async function applyQuickFix(wb: Workbench, title: string): Promise<void> {
  const row = quickFixRows(wb).filter({ hasText: title });
  await row.first().click();
  await quickFixRows(wb).first().waitFor({ state: 'hidden' });
}

function quickFixRows(wb: Workbench): Locator {
  return wb.page.locator('.action-widget .monaco-list-row.action');
}

/** Shows the hover at the cursor (Ctrl+K Ctrl+I) and returns its text once it has any. */
export async function hoverAtCursor(wb: Workbench): Promise<string> {
  await wb.page.keyboard.press('Control+K');
  await wb.page.keyboard.press('Control+I');
  const contents = wb.page.locator('.monaco-editor .monaco-hover:not(.hidden) .hover-contents').filter({ visible: true });
  let text = '';
  await wb.waitFor('the hover to show some text', async () => {
    text = (await contents.allTextContents()).join('\n').trim();
    return text.length > 0;
  });
  return text;
}

/** The quick pick on screen: its title and the rows it shows, in order. */
export async function visibleQuickPick(wb: Workbench): Promise<QuickPick> {
  const widget = wb.page.locator('.quick-input-widget');
  const rows = widget.locator('.quick-input-list .monaco-list-row');
  await rows.first().waitFor();
  const title = ((await widget.locator('.quick-input-title').textContent()) ?? '').trim();
  const list = await rows.evaluateAll((els) =>
    els
      .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')))
      .map((el) => ({
        label: (el.querySelector('.label-name')?.textContent ?? '').trim(),
        description: (el.querySelector('.label-description')?.textContent ?? '').trim(),
        detail: (el.querySelector('.quick-input-list-detail, .quick-input-list-label-meta')?.textContent ?? '').trim(),
      })),
  );
  return { title, rows: list };
}

/** The status bar item whose text matches, e.g. /Handoff: \d+\/9 ready/ (matched against untrimmed text: no anchors). */
export function statusItem(wb: Workbench, text: RegExp): Locator {
  return wb.page.locator('.statusbar-item', { hasText: text });
}

/** Waits for a status bar item matching `text` and returns its text. */
export async function waitForStatusItem(wb: Workbench, what: string, text: RegExp): Promise<string> {
  let items: { text: string }[] = [];
  let seen = '';
  await wb.waitFor(
    what,
    async () => {
      items = await wb.statusBarItems();
      seen = items.find((i) => text.test(i.text))?.text ?? '';
      return seen !== '';
    },
    () => `status bar: ${JSON.stringify(items.map((i) => i.text).filter(Boolean))}`,
  );
  return seen;
}

/** The visible lines of the editor whose tab is titled `tab`, in whichever group it shows; empty when none shows. Does not wait. */
export async function editorTextOfTab(wb: Workbench, tab: string): Promise<string> {
  const group = wb.page.locator('.editor-group-container', { has: wb.page.locator('.tab.active', { hasText: tab }) });
  const lines = group.locator('.monaco-editor .view-lines .view-line');
  return (
    await lines.evaluateAll((els) =>
      els
        .map((el) => ({ top: parseFloat((el as HTMLElement).style.top || '0'), text: (el.textContent ?? '').replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((l) => l.text),
    )
  ).join('\n');
}

export interface Suggestion {
  label: string;
  /** The item's kind as its icon shows it, e.g. `enum-member`, `reference`, `snippet`. */
  kind: string;
}

/** Asks for completions (Ctrl+Space) at the cursor; returns what the suggest widget lists, then closes it. */
export async function suggestions(wb: Workbench): Promise<Suggestion[]> {
  await wb.page.keyboard.press('Control+Space');
  const rows = wb.page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
  await rows.first().waitFor();
  const items = await rows.evaluateAll((els) =>
    els
      .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')))
      .map((el) => ({
        label: (el.querySelector('.label-name')?.textContent ?? '').trim(),
        kind: /codicon-symbol-([a-z-]+)/.exec(el.querySelector('.suggest-icon')?.className ?? '')?.[1] ?? '',
      })),
  );
  await wb.page.keyboard.press('Escape');
  return items;
}
