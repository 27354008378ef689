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

/**
 * Opens the Quick Fix menu at the cursor (Ctrl+.) and returns the titles of
 * its actions, menu left open. When VS Code answers "No code actions
 * available" (the providers had nothing yet), or the menu lacks what `wanted`
 * looks for, it is asked again: the wait is for the menu the test needs.
 */
export async function openQuickFixes(wb: Workbench, wanted: (titles: string[]) => boolean = (t) => t.length > 0): Promise<string[]> {
  const rows = quickFixRows(wb);
  // The editor's message widget says "No code actions available" when Ctrl+. finds none.
  const nothing = wb.page.locator('.monaco-editor .monaco-editor-overlaymessage').filter({ visible: true });
  let titles: string[] = [];
  let asked = 0;
  await wb.waitFor(
    'the Quick Fix menu with the wanted action',
    async () => {
      if (await rows.count()) {
        // Group headers ("Quick Fix", "More Actions…") are rows too, but not actions.
        titles = await rows.evaluateAll((els) => els.map((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim()));
        if (wanted(titles)) return true;
        await wb.page.keyboard.press('Escape');
        await rows.first().waitFor({ state: 'hidden' });
        asked = 0;
      }
      // Asked and answered with nothing: close the message and ask again.
      if (asked && (await nothing.count())) {
        await wb.page.keyboard.press('Escape');
        await nothing.first().waitFor({ state: 'hidden' });
        asked = 0;
      }
      // Neither a menu nor a message yet: keep waiting for one, asking anew only
      // when a key press may have been lost (nothing came of it for a while).
      if (asked === 0 || Date.now() - asked > REASK_AFTER_MS) {
        await wb.page.keyboard.press('Control+.');
        asked = Date.now();
      }
      return false;
    },
    () => `last menu seen: ${JSON.stringify(titles)}`,
  );
  return titles;
}

/**
 * A key press that led to no widget and no message at all is asked again
 * after this long. Not a wait for time: the wait goes on for the widget; this
 * only spaces the presses so a slow answer is not interrupted.
 */
const REASK_AFTER_MS = 5_000;

/** Picks a Quick Fix menu row by its title, as a click would; waits for the menu to close. */
export async function applyQuickFix(wb: Workbench, title: string): Promise<void> {
  const row = quickFixRows(wb).filter({ hasText: title });
  await row.first().click();
  await quickFixRows(wb).first().waitFor({ state: 'hidden' });
}

function quickFixRows(wb: Workbench): Locator {
  return wb.page.locator('.action-widget .monaco-list-row.action');
}

/**
 * Shows the hover at the cursor (Ctrl+K Ctrl+I) and returns its text once it
 * has any. A hover that closes empty, or opens with nothing but "Loading…"
 * and then goes, is asked for again.
 */
export async function hoverAtCursor(wb: Workbench): Promise<string> {
  // A pointer resting on the text would open a hover of its own.
  await wb.page.mouse.move(0, 0);
  const hover = wb.page.locator('.monaco-editor .monaco-hover:not(.hidden)').filter({ visible: true });
  const contents = hover.locator('.hover-contents');
  let text = '';
  let asked = 0;
  await wb.waitFor(
    'the hover to show some text',
    async () => {
      text = (await contents.allTextContents()).join('\n').trim();
      if (text.length > 0 && !/^Loading\W*$/.test(text)) return true;
      const open = (await hover.count()) > 0;
      // Never asked, closed without text, or a press that showed nothing for a while: ask (again).
      if (asked === 0 || (!open && Date.now() - asked > REHOVER_AFTER_MS) || Date.now() - asked > REASK_AFTER_MS) {
        if (open) await wb.page.keyboard.press('Escape');
        await wb.page.keyboard.press('Control+K');
        await wb.page.keyboard.press('Control+I');
        asked = Date.now();
      }
      return false;
    },
    () => `hover text last seen: ${JSON.stringify(text)}`,
  );
  return text;
}

/** The hover opens within a frame or two of the key press; gone after this long means it closed empty. */
const REHOVER_AFTER_MS = 1_000;

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
  return openSuggestions(wb, () => true);
}

/**
 * Waits, without asking, for the suggest widget to be open and to list what
 * `accept` wants (the list fills in as providers answer); returns that list
 * and closes the widget. For suggestions that open by themselves while typing.
 */
export async function openSuggestions(wb: Workbench, accept: (items: Suggestion[]) => boolean): Promise<Suggestion[]> {
  let items: Suggestion[] = [];
  await wb.waitFor(
    'the suggest widget to list what was expected',
    async () => accept((items = await suggestRows(wb))) && items.length > 0,
    () => `the suggest widget lists: ${JSON.stringify(items)}`,
  );
  await wb.page.keyboard.press('Escape');
  return items;
}

/** What the open suggest widget lists, in order; empty when it is closed. Does not wait. */
async function suggestRows(wb: Workbench): Promise<Suggestion[]> {
  const rows = wb.page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
  return rows.evaluateAll((els) =>
    els
      .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')))
      .map((el) => ({
        label: (el.querySelector('.label-name')?.textContent ?? '').trim(),
        kind: /codicon-symbol-([a-z-]+)/.exec(el.querySelector('.suggest-icon')?.className ?? '')?.[1] ?? '',
      })),
  );
}
