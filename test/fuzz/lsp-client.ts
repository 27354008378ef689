// A minimal stdio LSP client for the fuzzer and the hostile-input server
// tests: starts the bundled server, answers its requests to the client, and
// records diagnostics and the process's exit. Every wait has a guard, so a
// hung server fails a test instead of hanging it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CancellationTokenSource,
  createMessageConnection,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { InitializeResult, PublishDiagnosticsParams, ServerCapabilities } from 'vscode-languageserver-protocol';
import { ROOT } from '../support/fixtures';

export const SERVER_JS = join(ROOT, 'dist', 'server.js');

export interface ClientOptions {
  /** What `workspace/configuration` answers for the `handoff` section. */
  settings?: () => unknown;
  /**
   * How `guard` measures a hang. `wall` (the default): wall-clock time.
   * `server-cpu`: CPU time the server spends without answering, so a long run
   * started with `nice` on a busy shared machine is not failed by the
   * scheduler; a wait that uses no CPU at all (a deadlock) still fails after
   * WALL_BACKSTOP_MS.
   */
  guard?: 'wall' | 'server-cpu';
}

/** With `guard: 'server-cpu'`, the longest any wait may take in wall-clock time. */
export const WALL_BACKSTOP_MS = 10 * 60_000;

export class LspClient {
  capabilities: ServerCapabilities = {};
  /** Set once the process is gone; a fuzz run fails if this happens before shutdown. */
  exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private stderrText = '';
  private shuttingDown = false;
  private readonly diagnosticListeners = new Set<(p: PublishDiagnosticsParams) => void>();
  private readonly exitListeners = new Set<() => void>();

  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    private readonly guardMode: 'wall' | 'server-cpu' = 'wall',
  ) {}

  /** CPU time (user + system) the server process has used, in ms; undefined where /proc does not tell. */
  serverCpuMs(): number | undefined {
    try {
      // Fields 14 and 15 of /proc/<pid>/stat, counted after the command name's closing parenthesis.
      const stat = readFileSync(`/proc/${this.process.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
    } catch {
      return undefined;
    }
  }

  /** Rejects when `promise` has not settled within `ms`, measured as the client's guard mode says. */
  guard<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    if (this.guardMode === 'wall' || this.serverCpuMs() === undefined) return guarded(promise, ms, what);
    return cpuGuarded(promise, () => this.serverCpuMs() ?? 0, ms, what);
  }

  /** How long a wait inside the client may take before its own timer fires: the guard decides sooner. */
  get waitBound(): number | undefined {
    return this.guardMode === 'server-cpu' ? WALL_BACKSTOP_MS : undefined;
  }

  static async start(options: ClientOptions = {}): Promise<LspClient> {
    if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run \`node esbuild.mjs\` first`);
    const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, options.guard);
    child.stderr!.on('data', (chunk: Buffer) => {
      // Keep the tail only: a noisy server must not fill memory over 20,000 steps.
      client.stderrText = (client.stderrText + chunk.toString('utf8')).slice(-20_000);
    });
    child.on('exit', (code, signal) => {
      client.exited = { code, signal };
      for (const l of client.exitListeners) l();
    });
    // The process may end with writes still queued; that is reported by `exited`.
    child.stdin!.on('error', () => undefined);
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      for (const l of client.diagnosticListeners) l(p);
    });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'handoff' ? (options.settings?.() ?? {}) : null)));
    // Registration, progress and refresh requests: accept them all.
    connection.onRequest(() => null);
    connection.onNotification(() => undefined);
    connection.onError(() => undefined);
    connection.listen();
    const init = await client.guard(
      connection.sendRequest<InitializeResult>('initialize', {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        capabilities: {
          workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
          textDocument: {
            synchronization: { didSave: false },
            publishDiagnostics: { versionSupport: true, relatedInformation: true },
            completion: { completionItem: { snippetSupport: true, insertReplaceSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            documentSymbol: { hierarchicalDocumentSymbolSupport: true },
            rename: { prepareSupport: true },
            codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } } },
            definition: { linkSupport: true },
          },
        },
      }),
      15_000,
      'initialize',
    );
    client.capabilities = init.capabilities;
    // A write to a server that is already gone rejects; `exited` reports that.
    connection.sendNotification('initialized', {}).catch(() => undefined);
    return client;
  }

  get stderr(): string {
    return this.stderrText;
  }

  onDiagnostics(listener: (p: PublishDiagnosticsParams) => void): () => void {
    this.diagnosticListeners.add(listener);
    return () => this.diagnosticListeners.delete(listener);
  }

  onExit(listener: () => void): () => void {
    this.exitListeners.add(listener);
    return () => this.exitListeners.delete(listener);
  }

  notify(method: string, params: unknown): void {
    if (this.exited) return;
    void this.connection.sendNotification(method, params).catch(() => undefined);
  }

  /** A request with an optional cancellation source; rejects with the server's ResponseError. */
  request<R>(method: string, params: unknown, cancel?: CancellationTokenSource): Promise<R> {
    if (this.exited) return Promise.reject(new Error(`the server has exited (${JSON.stringify(this.exited)})`));
    // An undefined third argument would be sent as a second parameter.
    return cancel ? this.connection.sendRequest<R>(method, params, cancel.token) : this.connection.sendRequest<R>(method, params);
  }

  /** The next diagnostics for `uri` that `accept`s, or an error after `timeoutMs`. */
  waitForDiagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean, timeoutMs: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const stop = () => {
        clearTimeout(timer);
        offDiagnostics();
        offExit();
      };
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`));
      }, timeoutMs);
      const offDiagnostics = this.onDiagnostics((p) => {
        if (p.uri !== uri || !accept(p)) return;
        stop();
        resolve(p);
      });
      const offExit = this.onExit(() => {
        stop();
        reject(new Error(`the server exited (${JSON.stringify(this.exited)}) while waiting for diagnostics\n${this.stderrText}`));
      });
    });
  }

  /** shutdown + exit, then wait for the process to end (killed after a guard). */
  async stop(): Promise<void> {
    if (this.exited) return;
    this.shuttingDown = true;
    try {
      await guarded(this.connection.sendRequest('shutdown'), 5_000, 'shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // Already broken: the kill below ends it.
    }
    await new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      const timer = setTimeout(() => {
        this.process.kill('SIGKILL');
      }, 5_000);
      this.onExit(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }

  /** True when the process ended without being asked to. */
  get crashed(): boolean {
    return this.exited !== undefined && !this.shuttingDown;
  }
}

/** Rejects when `promise` has not settled within `ms`: the hang guard every wait uses. */
export function guarded<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Linux counts process CPU time in ticks of 1/100 s (USER_HZ) on every common platform. */
const CLOCK_TICKS = 100;

/**
 * Rejects when the server has used `cpuMs` of CPU time since the wait began
 * without `promise` settling (it is working on something and not answering),
 * or after WALL_BACKSTOP_MS in any case (it is waiting on something forever).
 */
function cpuGuarded<T>(promise: Promise<T>, cpu: () => number, cpuMs: number, what: string): Promise<T> {
  const start = cpu();
  const began = Date.now();
  let poll: ReturnType<typeof setInterval> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    poll = setInterval(() => {
      const used = cpu() - start;
      if (used > cpuMs) reject(new Error(`${what}: no answer while the server used ${Math.round(used)} ms of CPU (${Date.now() - began} ms wall)`));
      else if (Date.now() - began > WALL_BACKSTOP_MS) reject(new Error(`${what}: no answer within ${WALL_BACKSTOP_MS} ms (the server used ${Math.round(used)} ms of CPU meanwhile)`));
    }, 250);
  });
  return Promise.race([promise, timeout]).finally(() => clearInterval(poll));
}

export { CancellationTokenSource, ResponseError };
