// A small language-server client for tests: it starts the bundled server
// (`node dist/server.js --stdio`, built by `node esbuild.mjs`) and speaks
// JSON-RPC to it over stdio.
//
//   const lsp = await LspClient.start({ settings: { rules: { 'queue-without-limit': 'off' } } });
//   const uri = lsp.open('mem/handoff.yaml', text);        // textDocument/didOpen, version 1
//   const diags = await lsp.waitForDiagnostics(uri);       // the publish for the current version
//   lsp.change(uri, newText);                              // full-text didChange, version + 1
//   await lsp.waitForDiagnostics(uri, (d) => d.length === 0);
//   const actions = await lsp.request('textDocument/codeAction', { ... });
//   await lsp.shutdown();                                  // shutdown, exit, wait for the process
//
// Waiting is event-driven: waitForDiagnostics resolves on the
// publishDiagnostics notification itself (or at once when the latest publish
// for the document's current version already satisfies it). Its timeout only
// turns a hang into a clear failure; nothing here sleeps to let the server
// catch up.
//
// Server-to-client requests are answered: `workspace/configuration` from
// `settings` (section `handoff`), registrations and progress with null.
// Any notification can be awaited with `waitForNotification`. Server log
// messages (window/logMessage) are kept in `logs`, for assertions and failure
// output; a log line can come after the notification a test waited for (the
// server publishes a config file's problems, then logs them), so wait for it
// with `waitForLog` rather than reading `logs` at once.

import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { ClientCapabilities, Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ROOT } from './fixtures';

export interface LspClientOptions {
  /** Client capabilities sent with initialize (default: a client that supports the usual editor features). */
  capabilities?: ClientCapabilities;
  /**
   * What `workspace/configuration` answers for the `handoff` section: one
   * value for every document, or a function of the request's `scopeUri` (as
   * a multi-root workspace answers per folder).
   */
  settings?: Record<string, unknown> | ((scopeUri: string | undefined) => Record<string, unknown>);
  /** What `workspace/configuration` answers for other sections (default null), e.g. `yaml` for yaml-language-server. */
  otherSections?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  /** Path of the bundled server (default dist/server.js). */
  serverPath?: string;
  /** How long a wait may take before it fails (default 10 s). */
  timeoutMs?: number;
}

/** What a test usually needs: configuration, diagnostics with versions, code actions with literals. */
export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
      dataSupport: true,
    },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
};

interface Waiter<T> {
  test: (value: T) => boolean;
  resolve: (value: T) => void;
}

export class LspClient {
  /** Everything the server logged so far (window/logMessage), in order. */
  readonly logs: string[] = [];
  /** The `scopeUri` of every workspace/configuration item the server asked for, in order. */
  readonly configurationScopes: (string | undefined)[] = [];
  /** What the server registered dynamically (client/registerCapability), in order. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** The initialize result, capabilities included. */
  initializeResult!: InitializeResult;

  private readonly versions = new Map<string, number>();
  private readonly texts = new Map<string, string>();
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly logWaiters: Waiter<string>[] = [];
  private readonly notificationWaiters = new Map<string, Waiter<unknown>[]>();
  private readonly exited: Promise<number | null>;
  private closed = false;

  private constructor(
    readonly connection: MessageConnection,
    readonly process: ChildProcess,
    private readonly options: LspClientOptions,
  ) {
    this.exited = new Promise((resolve) => process.once('exit', (code) => resolve(code)));
    // One handler for every notification: vscode-jsonrpc hands a method with a
    // handler of its own to that handler only, so waitForNotification on
    // window/logMessage or publishDiagnostics would never have resolved.
    connection.onNotification((method: string, params: unknown) => {
      if (method === 'textDocument/publishDiagnostics') {
        const p = params as PublishDiagnosticsParams;
        this.latest.set(p.uri, p);
        this.settle(this.diagnosticWaiters, p);
      } else if (method === 'window/logMessage') {
        const message = (params as { message: string }).message;
        this.logs.push(message);
        this.settle(this.logWaiters, message);
      }
      const list = this.notificationWaiters.get(method);
      if (list) this.settle(list, params);
    });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string; scopeUri?: string }[] }) =>
      p.items.map((i) => {
        this.configurationScopes.push(i.scopeUri);
        const all = typeof options.settings === 'function' ? options.settings(i.scopeUri) : (options.settings ?? {});
        if (i.section === 'handoff') return all;
        if (i.section?.startsWith('handoff.')) return all[i.section.slice(8)] ?? null;
        return options.otherSections?.[i.section ?? ''] ?? null;
      }),
    );
    connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...p.registrations);
      return null;
    });
    connection.onRequest(() => null);
    connection.listen();
  }

  /** Starts the server and completes initialize / initialized. */
  static async start(options: LspClientOptions = {}): Promise<LspClient> {
    const serverPath = options.serverPath ?? join(ROOT, 'dist', 'server.js');
    const proc = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new LspClient(connection, proc, options);
    client.initializeResult = await client.withTimeout(
      connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        capabilities: options.capabilities ?? DEFAULT_CAPABILITIES,
        initializationOptions: options.initializationOptions,
      }) as Promise<InitializeResult>,
      'initialize',
    );
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** A file: URI for a path under the repository (need not exist on disk). */
  static uri(relativePath: string): string {
    return pathToFileURL(join(ROOT, relativePath)).toString();
  }

  /** Opens a document (version 1 unless told, as editors that count from 0 open at 0) and returns its URI; `path` may be a URI or a repository-relative path. */
  open(path: string, text: string, languageId = 'handoff', version = 1): string {
    const uri = /^[a-z][a-z0-9+.-]*:/i.test(path) ? path : LspClient.uri(path);
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return uri;
  }

  /** Replaces the whole text (one full-content change) and returns the new version. */
  change(uri: string, text: string): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Replaces old [from, to) of the text with `insert`, sent as one ranged change as an editor sends a keystroke; returns the new version. */
  edit(uri: string, from: number, to: number, insert: string): number {
    const before = this.texts.get(uri) ?? '';
    const at = (offset: number) => {
      const head = before.slice(0, offset);
      const line = head.split('\n').length - 1;
      return { line, character: offset - (head.lastIndexOf('\n') + 1) };
    };
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, before.slice(0, from) + insert + before.slice(to));
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: at(from), end: at(to) }, text: insert }],
    });
    return version;
  }

  close(uri: string): void {
    this.versions.delete(uri);
    this.texts.delete(uri);
    this.latest.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The text the client last sent for `uri`. */
  text(uri: string): string | undefined {
    return this.texts.get(uri);
  }

  version(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  request<R = unknown>(method: string, params: unknown): Promise<R> {
    return this.withTimeout(this.connection.sendRequest(method, params) as Promise<R>, method);
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  /**
   * Resolves with the diagnostics of the first publish for `uri` that is for
   * the document's current version (when the server sends versions) and
   * satisfies `predicate`, including one that already arrived.
   */
  waitForDiagnostics(uri: string, predicate: (diagnostics: Diagnostic[], params: PublishDiagnosticsParams) => boolean = () => true): Promise<Diagnostic[]> {
    const test = (p: PublishDiagnosticsParams) => p.uri === uri && (p.version === undefined || p.version === this.versions.get(uri)) && predicate(p.diagnostics, p);
    const have = this.latest.get(uri);
    if (have && test(have)) return Promise.resolve(have.diagnostics);
    const waiting = new Promise<PublishDiagnosticsParams>((resolve) => this.diagnosticWaiters.push({ test, resolve }));
    return this.withTimeout(waiting, `diagnostics for ${uri} (version ${this.versions.get(uri)})`).then((p) => p.diagnostics);
  }

  /** Resolves with the first log line that matches `pattern`, including one already logged. */
  waitForLog(pattern: RegExp): Promise<string> {
    const have = this.logs.find((line) => pattern.test(line));
    if (have !== undefined) return Promise.resolve(have);
    const waiting = new Promise<string>((resolve) => this.logWaiters.push({ test: (line) => pattern.test(line), resolve }));
    return this.withTimeout(waiting, `log line matching ${pattern}`);
  }

  /** Resolves on the next notification `method` whose params satisfy `predicate`. */
  waitForNotification<P = unknown>(method: string, predicate: (params: P) => boolean = () => true): Promise<P> {
    const list = this.notificationWaiters.get(method) ?? [];
    this.notificationWaiters.set(method, list);
    const waiting = new Promise<P>((resolve) => list.push({ test: (v) => predicate(v as P), resolve: (v) => resolve(v as P) }));
    return this.withTimeout(waiting, `notification ${method}`);
  }

  /** shutdown + exit, then waits for the process to end (killing it if it does not). */
  async shutdown(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.withTimeout(this.connection.sendRequest('shutdown'), 'shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // A server that cannot shut down cleanly is killed below.
    }
    const timer = setTimeout(() => this.process.kill(), this.options.timeoutMs ?? 10_000);
    await this.exited;
    clearTimeout(timer);
    this.connection.dispose();
  }

  private settle<T>(list: Waiter<T>[], value: T): void {
    for (let i = 0; i < list.length; ) {
      if (list[i].test(value)) list.splice(i, 1)[0].resolve(value);
      else i++;
    }
  }

  private withTimeout<T>(p: Promise<T>, what: string): Promise<T> {
    const ms = this.options.timeoutMs ?? 10_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const failed = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`LSP test client: no ${what} within ${ms} ms.${this.logs.length ? ` Server log:\n${this.logs.slice(-20).join('\n')}` : ''}`)), ms);
    });
    return Promise.race([p, failed]).finally(() => clearTimeout(timer));
  }
}
