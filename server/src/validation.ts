import type { Connection } from 'vscode-languageserver';
import type { DocumentStore } from './document-store';
import { toLspDiagnostic } from './lsp-diagnostic';
import type { Settings } from './settings';

/**
 * Publishes diagnostics per document version. Changes are debounced (longer
 * for larger files, where a check costs more); a result computed for a
 * version that is no longer current is dropped rather than published.
 */
export class Validation {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly connection: Connection,
    private readonly store: DocumentStore,
    private readonly settings: Settings,
    private readonly docsBase: () => string | undefined,
  ) {}

  /** Validate soon: after a pause in typing proportional to the file's size. */
  schedule(uri: string): void {
    const doc = this.store.get(uri);
    if (!doc) return;
    const delay = Math.min(250, 20 + Math.floor(doc.getText().length / 6000));
    this.cancel(uri);
    this.timers.set(uri, setTimeout(() => this.run(uri, doc.version), delay));
  }

  /** Validate now (on open), skipping the debounce. */
  now(uri: string): void {
    const doc = this.store.get(uri);
    if (!doc) return;
    this.cancel(uri);
    this.run(uri, doc.version);
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
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private run(uri: string, version: number): void {
    this.timers.delete(uri);
    try {
      const entry = this.store.analysis(uri);
      if (!entry || entry.document.version !== version) return;
      const { analysis, document } = entry;
      const list = analysis.diagnostics(this.settings.value);
      // The document may have moved on while we checked: publish only current results.
      if (this.store.get(uri)?.version !== version) return;
      const base = this.docsBase();
      void this.connection.sendDiagnostics({
        uri,
        version: document.version,
        diagnostics: list.map((d) => toLspDiagnostic(d, analysis.parsed.lines, base)),
      });
    } catch (err) {
      this.connection.console.error(`validation of ${uri} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }
}
