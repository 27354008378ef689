// What a test does in the VS Code workbench, through the keyboard and the DOM
// a user sees: open a file, read the Problems view and the status bar, run a
// command, type, ask for completions. Every wait is bounded.
import { join, relative, sep } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export interface Problem {
  /** Path relative to the workspace folder, with `/`. */
  file: string;
  message: string;
  /** Who reported it (`handoff` for this extension) and the rule id. */
  source: string;
  code: string;
  severity: 'error' | 'warning' | 'info';
  /** 1-based, as the Problems view shows them. */
  line: number;
  column: number;
}

export interface StatusBarItem {
  id: string;
  text: string;
  label: string;
}

export class Workbench {
  constructor(
    readonly page: Page,
    /** The workspace folder on disk, to turn the Problems view's paths into relative ones. */
    private readonly workspace: string,
    private readonly timeoutMs: number,
  ) {}

  /** Waits for the workbench and the Explorer to show the folder. */
  async ready(): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: this.timeoutMs });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: this.timeoutMs });
  }

  /** Opens a workspace file through Quick Open (Ctrl+P) and waits until its editor is active. */
  async openFile(relPath: string): Promise<void> {
    const parts = relPath.split('/');
    const name = parts.at(-1) ?? relPath;
    const dir = parts.slice(0, -1).join('/');
    await this.page.keyboard.press('Control+P');
    await this.quickInput().locator('input').fill(relPath);
    // Pick the row whose name and folder match exactly: a fuzzy first row may be another file.
    const named = this.quickRows().filter({ has: this.page.locator('.label-name', { hasText: exactly(name) }) });
    const row = dir
      ? named.filter({ has: this.page.locator('.label-description', { hasText: exactly(dir) }) })
      : named.filter({ hasNot: this.page.locator('.label-description', { hasText: /./ }) });
    await row.first().click({ timeout: this.timeoutMs });
    const want = join(this.workspace, relPath);
    await this.waitFor(`the editor of ${relPath}`, async () => (await this.activeFile()) === want);
  }

  /** The active editor's file as an absolute path, read from its breadcrumbs; undefined when none shows. */
  async activeFile(): Promise<string | undefined> {
    // The file's crumb carries its full path; folder crumbs and symbol crumbs (the outline) do not have file-icon.
    const file = this.page.locator('.editor-group-container.active .breadcrumbs-control .monaco-breadcrumb-item .monaco-icon-label.file-icon');
    if (!(await file.count())) return undefined;
    const label = await file.first().getAttribute('aria-label');
    return label === null ? undefined : pathOfLabel(label);
  }

  /** The Problems view's rows, opening the view if needed. Rows scrolled out of view are not read. */
  async problems(): Promise<Problem[]> {
    await this.showProblems();
    const rows = await this.page.locator('.markers-panel .monaco-list-row').evaluateAll((els) =>
      els
        .map((el) => ({
          index: Number(el.getAttribute('data-index') ?? 0),
          resource: el.querySelector('.resource-label-container .monaco-icon-label')?.getAttribute('aria-label') ?? undefined,
          message: el.querySelector('.marker-message')?.textContent ?? undefined,
          source: el.querySelector('.marker-source')?.textContent ?? '',
          code: el.querySelector('.marker-code')?.textContent ?? '',
          where: el.querySelector('.marker-line')?.textContent ?? '',
          icon: el.querySelector('.marker-icon')?.className ?? '',
        }))
        .sort((a, b) => a.index - b.index),
    );
    const out: Problem[] = [];
    let file = '';
    for (const r of rows) {
      if (r.resource !== undefined) file = relative(this.workspace, pathOfLabel(r.resource)).split(sep).join('/');
      if (r.message === undefined) continue;
      const at = /Ln (\d+), Col (\d+)/.exec(r.where);
      const severity = /\berror\b/.test(r.icon) ? 'error' : /\bwarning\b/.test(r.icon) ? 'warning' : 'info';
      out.push({ file, message: r.message, source: r.source, code: r.code, severity, line: Number(at?.[1] ?? 0), column: Number(at?.[2] ?? 0) });
    }
    return out;
  }

  /** Polls the Problems view until `accept` holds; returns that list. */
  async waitForProblems(what: string, accept: (problems: Problem[]) => boolean): Promise<Problem[]> {
    let last: Problem[] = [];
    await this.waitFor(what, async () => accept((last = await this.problems())), () => `last seen in the Problems view: ${JSON.stringify(last, null, 1)}`);
    return last;
  }

  /**
   * Waits until the active editor underlines a problem of `severity` on
   * `line` (1-based): the diagnostic has reached the editor, not only the
   * Problems view. The line must be on screen (Monaco renders only those).
   */
  async waitForSquiggle(severity: 'error' | 'warning' | 'info', line: number): Promise<void> {
    const editor = this.page.locator('.editor-group-container.active .monaco-editor');
    await this.waitFor(`a ${severity} underlined on line ${line} of the editor`, async () =>
      editor.evaluate(
        (el, { severity, line }) => {
          // Decorations sit in one layer, each at its line's top; the line numbers sit at the same tops.
          const tops = new Set(
            Array.from(el.querySelectorAll<HTMLElement>(`.view-overlays .cdr.squiggly-${severity}, .view-overlays .squiggly-${severity}`)).map((d) => (d.closest('[style*="top"]') as HTMLElement | null)?.style.top),
          );
          const number = Array.from(el.querySelectorAll<HTMLElement>('.margin-view-overlays .line-numbers')).find((n) => n.textContent?.trim() === String(line));
          const top = (number?.closest('[style*="top"]') as HTMLElement | null)?.style.top;
          return top !== undefined && tops.has(top);
        },
        { severity, line },
      ),
    );
  }

  /** Clicks a problem's rule id in the Problems view (a link when the problem has a page). */
  async clickProblemCode(code: string): Promise<void> {
    await this.showProblems();
    await this.page.locator('.markers-panel .monaco-link', { has: this.page.locator('.marker-code', { hasText: exactly(code) }) }).first().click();
  }

  async statusBarItems(): Promise<StatusBarItem[]> {
    return this.page.locator('.statusbar-item').evaluateAll((els) =>
      els.map((e) => ({ id: e.id, text: (e.textContent ?? '').trim(), label: e.getAttribute('aria-label') ?? '' })),
    );
  }

  /** Runs a command by its title through the command palette (F1). */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    await this.quickInput().locator('input').fill(`>${title}`);
    const row = this.quickRows().filter({ has: this.page.locator('.label-name', { hasText: exactly(title) }) });
    await row.first().click({ timeout: this.timeoutMs });
    await this.quickInput().waitFor({ state: 'hidden', timeout: this.timeoutMs });
  }

  /** Moves the cursor of the active editor (1-based line and column) with Go to Line. */
  async setCursor(line: number, column: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    await this.quickInput().locator('input').fill(`:${line}:${column}`);
    // Enter before the picker has read the input would be lost: wait for its "go to line" row.
    await this.quickRows().filter({ hasText: new RegExp(`\\b${line}\\b.*\\b${column}\\b`) }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.waitFor(`the cursor at ${line}:${column}`, async () => (await this.cursor()) === `Ln ${line}, Col ${column}`);
  }

  /** The cursor as the status bar shows it, e.g. `Ln 3, Col 7`. */
  async cursor(): Promise<string> {
    return ((await this.page.locator('#status\\.editor\\.selection').textContent({ timeout: this.timeoutMs })) ?? '').trim();
  }

  /** Types text at a position of the active editor, as a user would (auto-indent and all). */
  async typeAt(line: number, column: number, text: string): Promise<void> {
    await this.setCursor(line, column);
    await this.page.keyboard.type(text);
  }

  /** Asks for completions (Ctrl+Space) at the cursor; returns the labels shown, then closes the list. */
  async triggerSuggest(): Promise<string[]> {
    await this.page.keyboard.press('Control+Space');
    const rows = this.page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
    await rows.first().waitFor({ timeout: this.timeoutMs });
    const labels = await rows.evaluateAll((els) =>
      els
        .sort((a, b) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')))
        .map((el) => (el.querySelector('.label-name')?.textContent ?? '').trim()),
    );
    await this.page.keyboard.press('Escape');
    return labels;
  }

  /** The text of the active editor's visible lines (Monaco renders only what is on screen). */
  async visibleText(): Promise<string> {
    const lines = this.page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line');
    return (
      await lines.evaluateAll((els) =>
        els
          .map((el) => ({ top: parseFloat((el as HTMLElement).style.top || '0'), text: (el.textContent ?? '').replace(/\u00a0/g, ' ') }))
          .sort((a, b) => a.top - b.top)
          .map((l) => l.text),
      )
    ).join('\n');
  }

  /** The distinct text colours on the first visible editor line containing `fragment`: one colour means no highlighting. */
  async coloursOfLine(fragment: string): Promise<string[]> {
    const line = this.page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line', { hasText: fragment }).first();
    await line.waitFor({ timeout: this.timeoutMs });
    const colours = await line.locator('span span').evaluateAll((spans) => spans.filter((s) => (s.textContent ?? '').trim()).map((s) => getComputedStyle(s).color));
    return [...new Set(colours)];
  }

  /** Polls `check` until it holds or the harness timeout passes; the error says what was awaited. */
  async waitFor(what: string, check: () => Promise<boolean>, detail?: () => string): Promise<void> {
    const deadline = Date.now() + this.timeoutMs;
    for (;;) {
      if (await check()) return;
      if (Date.now() > deadline) throw new Error(`timed out after ${this.timeoutMs} ms waiting for ${what}${detail ? `\n${detail()}` : ''}`);
      // Polls the UI the way expect.poll does; the page's own events drive what it shows.
      await this.page.waitForTimeout(150);
    }
  }

  private async showProblems(): Promise<void> {
    const view = this.page.locator('.markers-panel');
    // Ctrl+Shift+M toggles the Problems view. A press can be lost, or close a
    // view that was just opening (a task's terminal moves the panel at the same
    // time), so it is pressed again for as long as the view is not shown.
    await this.waitFor('the Problems view', async () => {
      if (await view.isVisible()) return true;
      await this.page.keyboard.press('Control+Shift+M');
      return view.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      );
    });
  }

  private quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  private quickRows(): Locator {
    return this.page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
  }
}

/** A file label's path; the label may go on with decorations: "<path> • 1 problem in this file". */
function pathOfLabel(label: string): string {
  return label.split(' • ')[0];
}

/** Matches the whole text, not a part of it. */
function exactly(s: string): RegExp {
  return new RegExp(`^${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}
