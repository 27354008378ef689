// Starts and stops code-server (VS Code's workbench served over HTTP) for the
// real-VS-Code tests. The tools come from test/e2e/setup-code-server.sh, which
// installs them into a cache folder named by HANDOFF_E2E_CACHE.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './fixtures';

const CODE_SERVER_VERSION = '4.139.1';
export const VSIX = join(ROOT, 'dist', 'handoff-packet.vsix');

interface Tools {
  codeServer: string;
  /** code-server needs a newer Node than the project's; it goes first on PATH. */
  nodeBin: string;
}

function tools(): Tools {
  const cache = process.env.HANDOFF_E2E_CACHE ?? join(process.env.HOME ?? tmpdir(), '.cache', 'handoff-e2e');
  const codeServer = join(cache, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', '.bin', 'code-server');
  const nodeBin = join(cache, 'node24', 'node_modules', 'node', 'bin');
  for (const need of [codeServer, join(nodeBin, 'node')]) {
    if (!existsSync(need)) throw new Error(`${need} is missing: run \`bash test/e2e/setup-code-server.sh\` (or \`npm test\`, which runs it) first`);
  }
  return { codeServer, nodeBin };
}

function toolEnv(t: Tools): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${t.nodeBin}${delimiter}${process.env.PATH ?? ''}` };
  // The test's own Node options (tsx's loader) must not leak into code-server's Node.
  delete env.NODE_OPTIONS;
  return env;
}

let runRoot: string | undefined;

/** One temp folder per test process for everything the sessions write; removed when the process exits. */
export function runDir(): string {
  if (!runRoot) {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-e2e-'));
    process.on('exit', () => {
      try {
        rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
      } catch {
        // A process of a killed session may still be writing; the system cleans tmp.
      }
    });
    runRoot = dir;
  }
  return runRoot;
}

let template: Promise<string> | undefined;

/** An extensions folder holding the packaged extension, installed once per test process. */
function installedOnce(): Promise<string> {
  template ??= (async () => {
    if (!existsSync(VSIX)) throw new Error(`${VSIX} is missing: run \`npm run package\` first`);
    const t = tools();
    const dir = join(runDir(), 'extensions-template');
    const home = join(runDir(), 'install');
    const args = ['--config', join(home, 'config.yaml'), '--user-data-dir', home, '--extensions-dir', dir, '--install-extension', VSIX];
    await promisify(execFile)(t.codeServer, args, { env: toolEnv(t), timeout: 120_000 });
    return dir;
  })();
  return template;
}

/** A fresh extensions folder for one session, a copy of the one installed per run. */
export async function freshExtensionsDir(into: string): Promise<void> {
  // extensions.json names each extension relative to its folder too, so a copy works as is.
  cpSync(await installedOnce(), into, { recursive: true });
}

export interface CodeServer {
  url: string;
  /** Everything code-server wrote to stdout and stderr so far. */
  log(): string;
  stop(): Promise<void>;
}

/** Every code-server started and not yet stopped, so an exiting test process can still end them. */
const running = new Set<ChildProcess>();
const killAll = () => {
  for (const child of running) killGroup(child, 'SIGKILL');
};
process.on('exit', killAll);
// code-server runs in its own process group, out of reach of a Ctrl+C or of
// the runner's SIGTERM: end it here, then exit as the signal would have.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(code);
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    // Negative pid: the whole process group (code-server, its extension host,
    // our language server), also when code-server itself has already exited.
    process.kill(-child.pid, signal);
  } catch {
    // Nobody left in the group.
  }
}

export interface StartOptions {
  userDataDir: string;
  extensionsDir: string;
  workspace: string;
  timeoutMs: number;
}

/** Starts code-server on a free loopback port and resolves once it answers HTTP. */
export async function startCodeServer(o: StartOptions): Promise<CodeServer> {
  const t = tools();
  writeFileSync(join(o.userDataDir, 'config.yaml'), 'auth: none\n');
  const args = [
    '--config', join(o.userDataDir, 'config.yaml'),
    '--auth', 'none',
    // Port 0: the system picks a free port and code-server logs which.
    '--bind-addr', '127.0.0.1:0',
    '--disable-telemetry',
    '--disable-update-check',
    '--user-data-dir', o.userDataDir,
    '--extensions-dir', o.extensionsDir,
    o.workspace,
  ];
  // detached: its own process group, so stop() ends every process it started.
  const child = spawn(t.codeServer, args, { env: toolEnv(t), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  const append = (chunk: Buffer) => (output += chunk.toString('utf8'));
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(child));

  const stop = async () => {
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    // Whatever of the group outlived code-server goes too.
    killGroup(child, 'SIGKILL');
  };

  try {
    const url = await listeningUrl(child, () => output, o.timeoutMs);
    await healthy(url, o.timeoutMs);
    return { url, log: () => output, stop };
  } catch (err) {
    await stop();
    throw new Error(`${(err as Error).message}\n--- code-server output ---\n${output}`);
  }
}

/** The address from code-server's "HTTP server listening on …" line. */
function listeningUrl(child: ChildProcess, output: () => string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output());
      if (m) done(() => resolve(m[1]));
    };
    const onExit = (code: number | null) => done(() => reject(new Error(`code-server exited (${code}) before listening`)));
    const timer = setTimeout(() => done(() => reject(new Error(`code-server did not listen within ${timeoutMs} ms`))), timeoutMs);
    const done = (settle: () => void) => {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.stderr?.off('data', check);
      child.off('exit', onExit);
      settle();
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.once('exit', onExit);
    check();
  });
}

/** Polls /healthz: listening is not yet serving. */
async function healthy(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server at ${url} was not healthy within ${timeoutMs} ms (${last})`);
}
