import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import { LineIndex, RC_FILE_NAMES, readRcText, type RcConfig } from '../../packet/src';
import { toRange } from './ranges';

/** How the platform reads a file; the browser has none, so no config file there. */
export interface RcHost {
  /** The text of the file at a `file:` URI, or undefined when there is none. */
  readFile(uri: string): string | undefined;
}

interface Found {
  uri: string;
  config: RcConfig;
}

/**
 * The nearest `.handoffrc.yaml` above each packet, as the command line finds
 * it, so CI and the editor check with the same severities. Each folder's
 * answer is kept until a config file changes (`invalidate`, from the file
 * watcher). A file's problems are published as diagnostics on the file
 * itself, with its line, and what is valid in it still applies.
 */
export class RcConfigs {
  private readonly byFolder = new Map<string, Found | null>();
  private readonly byFile = new Map<string, Found | null>();
  private readonly published = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly host: RcHost | undefined,
  ) {}

  /** The config for a document, or undefined (none found, not a file on disk, no file access). */
  forDocument(uri: string): RcConfig | undefined {
    if (!this.host || !uri.startsWith('file:///')) return undefined;
    return this.inFolder(uri.slice(0, uri.lastIndexOf('/')))?.config;
  }

  /** Forget every answer (a config file was created, changed or deleted). */
  invalidate(): void {
    this.byFolder.clear();
    this.byFile.clear();
    for (const uri of this.published) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.published.clear();
  }

  static isRcFile(uri: string): boolean {
    return RC_FILE_NAMES.some((name) => uri.endsWith(`/${name}`));
  }

  private inFolder(folder: string): Found | null {
    const known = this.byFolder.get(folder);
    if (known !== undefined) return known;
    let found: Found | null = null;
    for (const name of RC_FILE_NAMES) {
      found = this.read(`${folder}/${name}`);
      if (found) break;
    }
    // `file://` plus the root's slash is as far up as it goes.
    const up = folder.lastIndexOf('/');
    if (!found && up > 'file://'.length) found = this.inFolder(folder.slice(0, up));
    this.byFolder.set(folder, found);
    return found;
  }

  private read(uri: string): Found | null {
    const known = this.byFile.get(uri);
    if (known !== undefined) return known;
    let text: string | undefined;
    try {
      text = this.host!.readFile(uri);
    } catch {
      text = undefined;
    }
    const found = text === undefined ? null : { uri, config: this.check(uri, text) };
    this.byFile.set(uri, found);
    return found;
  }

  private check(uri: string, text: string): RcConfig {
    const { config, problems } = readRcText(text);
    if (problems.length > 0 || this.published.has(uri)) {
      const lines = LineIndex.of(text);
      const diagnostics: Diagnostic[] = problems.map((p) => ({
        range: toRange(lines, { start: p.start, end: p.end }),
        severity: DiagnosticSeverity.Error,
        source: 'handoff',
        code: 'config',
        message: `${p.message} This entry is ignored until it is fixed.`,
      }));
      void this.connection.sendDiagnostics({ uri, diagnostics });
      for (const p of problems) this.connection.console.warn(`${uri}:${p.line}:${p.column}: ${p.message}`);
      this.published.add(uri);
    }
    return config;
  }
}
