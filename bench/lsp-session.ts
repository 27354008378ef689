// One language server under test, spoken to over stdio LSP. Every wait is
// bounded: a server that stops answering fails the benchmark with a message
// instead of hanging it, and close() always ends the process.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export interface PublishedDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  code?: string | number;
  severity?: number;
}

interface Published {
  uri: string;
  version?: number;
  diagnostics: PublishedDiagnostic[];
  at: number;
}

export interface ServerSpec {
  name: string;
  command: string;
  args: string[];
  /** Answers a `workspace/configuration` item for `section`. */
  configuration: (section: string | undefined) => unknown;
  /** Settings pushed with `workspace/didChangeConfiguration` after `initialized`, if any. */
  pushSettings?: unknown;
  /** Notifications sent right after `initialized` (before the settings). */
  afterInitialized?: { method: string; params?: unknown }[];
  /** The server pulls its settings by itself after `initialized`: wait for that before opening anything. */
  pullsSettings?: boolean;
  /** Requests the server may send us, answered by method name. */
  requests?: Record<string, (params: unknown) => unknown>;
  /** Notifications the server may send us (other than diagnostics), by method name. */
  notifications?: Record<string, (params: unknown) => void>;
}

export function withTimeout<T>(what: string, ms: number, promise: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/** Sessions whose process may still run: killed if the benchmark itself exits early. */
const live = new Set<LspSession>();
process.once('exit', () => {
  for (const s of live) s.kill();
});

export class LspSession {
  private readonly waiters: { match: (p: Published) => boolean; resolve: (p: Published) => void }[] = [];
  private lastPublishAt = 0;
  private configurationAnswered = 0;
  private exited = false;

  private constructor(
    readonly spec: ServerSpec,
    private readonly proc: ChildProcess,
    private readonly conn: MessageConnection,
  ) {
    live.add(this);
    proc.once('exit', () => {
      this.exited = true;
      live.delete(this);
    });
    conn.onNotification('textDocument/publishDiagnostics', (p: Omit<Published, 'at'>) => {
      const published = { ...p, at: performance.now() };
      this.lastPublishAt = published.at;
      for (let i = 0; i < this.waiters.length; i++) {
        if (!this.waiters[i].match(published)) continue;
        this.waiters[i].resolve(published);
        this.waiters.splice(i--, 1);
      }
    });
    conn.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
      this.configurationAnswered++;
      return params.items.map((item) => spec.configuration(item.section) ?? null);
    });
    for (const [method, answer] of Object.entries(spec.requests ?? {})) conn.onRequest(method, answer);
    for (const [method, listener] of Object.entries(spec.notifications ?? {})) conn.onNotification(method, listener);
    // Registration requests and the like: accept, so neither server waits on us.
    conn.onRequest(() => null);
    conn.onNotification(() => undefined);
    conn.listen();
  }

  get pid(): number {
    return this.proc.pid ?? -1;
  }

  /** Spawns the server and initializes it; `startupMs` runs from spawn to the initialize result. */
  static async start(spec: ServerSpec, rootUri: string): Promise<{ session: LspSession; startupMs: number }> {
    const started = performance.now();
    const proc = spawn(spec.command, spec.args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const session = new LspSession(spec, proc, conn);
    try {
      await withTimeout(`${spec.name}: initialize`, 30_000, conn.sendRequest('initialize', initializeParams(rootUri)));
    } catch (err) {
      session.kill();
      throw new Error(`${err instanceof Error ? err.message : String(err)}\n${stderr}`);
    }
    const startupMs = performance.now() - started;
    await conn.sendNotification('initialized', {});
    for (const n of spec.afterInitialized ?? []) await conn.sendNotification(n.method, n.params);
    if (spec.pullsSettings) {
      // Opened before its settings arrive, a server checks with its defaults (here: size limits below the largest packet).
      await withTimeout(`${spec.name}: configuration pull`, 10_000, session.until(() => session.configurationAnswered > 0));
      await new Promise((r) => setTimeout(r, 50));
    }
    if (spec.pushSettings !== undefined) {
      const before = session.configurationAnswered;
      await conn.sendNotification('workspace/didChangeConfiguration', { settings: spec.pushSettings });
      // The server pulls its settings in answer; wait until it has them.
      await withTimeout(`${spec.name}: configuration pull`, 10_000, session.until(() => session.configurationAnswered > before));
      await new Promise((r) => setTimeout(r, 50));
    }
    return { session, startupMs };
  }

  private async until(condition: () => boolean): Promise<void> {
    while (!condition()) await new Promise((r) => setTimeout(r, 5));
  }

  /** The next diagnostics published for `uri` (for `version` or later when the server says which). */
  nextDiagnostics(uri: string, version: number | undefined, timeoutMs: number): Promise<Published> {
    const promise = new Promise<Published>((resolve) => {
      this.waiters.push({ match: (p) => p.uri === uri && (version === undefined || p.version === undefined || p.version >= version), resolve });
    });
    return withTimeout(`${this.spec.name}: diagnostics for ${uri}${version !== undefined ? ` v${version}` : ''}`, timeoutMs, promise);
  }

  /** Waits until nothing has been published for `quietMs` (at most `timeoutMs`). */
  async quiet(quietMs: number, timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline && performance.now() - this.lastPublishAt < quietMs) await new Promise((r) => setTimeout(r, 20));
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.conn.sendNotification(method, params);
  }

  request<T>(method: string, params: unknown, timeoutMs: number): Promise<T> {
    return withTimeout(`${this.spec.name}: ${method}`, timeoutMs, this.conn.sendRequest(method, params) as Promise<T>);
  }

  /** Peak resident memory of the server process so far, in MB (Linux). */
  peakRssMb(): number | undefined {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  /** Asks politely, then kills: the process is gone when this returns. */
  async close(): Promise<void> {
    if (!this.exited) {
      try {
        await withTimeout(`${this.spec.name}: shutdown`, 3_000, this.conn.sendRequest('shutdown'));
        await this.conn.sendNotification('exit');
      } catch {
        // A server that does not shut down is killed below.
      }
    }
    const gone = new Promise<void>((r) => (this.exited ? r() : this.proc.once('exit', () => r())));
    await withTimeout('exit', 3_000, gone).catch(() => this.kill());
    this.conn.dispose();
    this.kill();
  }

  kill(): void {
    if (!this.exited) this.proc.kill('SIGKILL');
  }
}

function initializeParams(rootUri: string): unknown {
  return {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false }, workspaceFolders: true },
      textDocument: {
        synchronization: { didSave: false, dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true, relatedInformation: false },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
      },
    },
  };
}
