import type { Connection } from 'vscode-languageserver';
import type { DocumentStore } from './document-store';
import type { Checker } from './checker';
import type { Settings } from './settings';

/** The longest pause before checking, whatever a check costs. */
const MAX_DELAY_MS = 250;

/**
 * How long to wait after a change before checking, given what checks after
 * earlier changes of this document cost. A pause of half the check's cost
 * keeps the wait well below the check itself (the user waits for both), yet
 * a burst of typing in a large file still runs one check rather than one per
 * keystroke, so requests such as completion are not stuck behind checks.
 * Before any such check has been timed, a guess from the size stands in: an
 * edit usually re-parses one section (see the incremental parse), so even a
 * 2 MB packet starts near 50 ms.
 */
export function debounceDelay(lastCheckMs: number | undefined, textLength: number): number {
  if (lastCheckMs === undefined) return Math.min(MAX_DELAY_MS, 10 + Math.floor(textLength / 50_000));
  return Math.min(MAX_DELAY_MS, Math.max(1, Math.round(lastCheckMs / 2)));
}

/**
 * Publishes diagnostics per document version. Changes are debounced by a
 * pause that follows what a check of the document costs; a result computed
 * for a version that is no longer current is dropped rather than published.
 */
export class Validation {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Smoothed cost of the last checks per document, in ms. */
  private readonly cost = new Map<string, number>();

  constructor(
    private readonly connection: Connection,
    private readonly store: DocumentStore,
    private readonly settings: Settings,
    private readonly docsBase: () => string | undefined,
    private readonly checker: Checker,
  ) {}

  /** Validate soon: after a pause in typing that follows what a check costs. */
  schedule(uri: string): void {
    const doc = this.store.get(uri);
    if (!doc) return;
    const delay = debounceDelay(this.cost.get(uri), doc.getText().length);
    this.cancel(uri);
    this.timers.set(uri, setTimeout(() => void this.run(uri, doc.version, true), delay));
  }

  /** Validate now (on open), skipping the debounce. */
  now(uri: string): void {
    const doc = this.store.get(uri);
    if (!doc) return;
    this.cancel(uri);
    void this.run(uri, doc.version);
  }

  all(): void {
    for (const doc of this.store.documents.all()) this.schedule(doc.uri);
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }

  clear(uri: string): void {
    this.cancel(uri);
    this.cost.delete(uri);
    this.checker.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /**
   * `timed` runs follow a change: only their cost sets the pace. The check on
   * open parses the whole file, which the edits after it mostly do not, so
   * its cost would hold the first edits of a large packet at the longest pause.
   */
  private async run(uri: string, version: number, timed = false): Promise<void> {
    this.timers.delete(uri);
    // The document's own settings (folder settings in a multi-root workspace), read before the first check.
    const settings = await this.settings.load(uri);
    const doc = this.store.get(uri);
    if (!doc || doc.version !== version) return;
    const started = performance.now();
    try {
      const result = await this.checker.check({ uri, version, text: doc.getText(), settings, docsBase: this.docsBase() });
      // The document may have moved on while we checked: publish only current results.
      if (this.store.get(uri)?.version !== version) return;
      void this.connection.sendDiagnostics({ uri, version, diagnostics: result.diagnostics });
      if (!timed) return;
      // Smoothed, so one slow check (a pause for garbage collection) does not set the pace alone.
      const took = performance.now() - started;
      const before = this.cost.get(uri);
      this.cost.set(uri, before === undefined ? took : 0.5 * before + 0.5 * took);
    } catch (err) {
      this.connection.console.error(`validation of ${uri} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }
}
