// Runs the bundled command line as a user's shell or CI would: a separate
// process, its exit code, stdout and stderr. Shared by the cli-*.test.ts files.
import { spawnSync, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { FIXTURES, ROOT } from '../support/fixtures';

export const CLI = join(ROOT, 'dist', 'cli.js');

/** Tests run as root in CI, where chmod 000 does not stop a read. */
export const IS_ROOT = typeof process.getuid === 'function' && process.getuid() === 0;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Colour and config variables from the caller's shell must not leak into what a test sees. */
const CLEAN_ENV: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };

export function runCli(args: string[], options: { cwd: string; env?: Record<string, string | undefined>; input?: string | Buffer }): CliRun {
  const env = Object.fromEntries(Object.entries({ ...CLEAN_ENV, ...options.env }).filter((e): e is [string, string] => e[1] !== undefined));
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, env, encoding: 'utf8', timeout: 30_000, input: options.input ?? '' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder under the system temp dir, removed when the test file ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Copies a file or folder of test-fixtures/ to `dest` (created if needed). */
export function copyFixture(rel: string, dest: string): string {
  mkdirSync(join(dest, '..'), { recursive: true });
  cpSync(join(FIXTURES, rel), dest, { recursive: true });
  return dest;
}

/**
 * `node esbuild.mjs` when dist/cli.js is missing or older than a source it
 * is built from. Test files run in parallel, so a lock folder makes sure
 * only one of them builds while the others wait for the result.
 */
export function ensureBuilt(): void {
  if (isFresh()) return;
  const lock = join(ROOT, 'dist', '.cli-test-build.lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run is older than any real build.
      if (Date.now() - lockAge(lock) > 300_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`waited too long for ${lock}; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (!isFresh()) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    rmdirSync(lock);
  }
}

function lockAge(lock: string): number {
  try {
    return statSync(lock).mtimeMs;
  } catch {
    return Date.now();
  }
}

function isFresh(): boolean {
  let built: number;
  try {
    built = statSync(CLI).mtimeMs;
  } catch {
    return false;
  }
  return newest([join(ROOT, 'cli', 'src'), join(ROOT, 'packet', 'src'), join(ROOT, 'server', 'src'), join(ROOT, 'packages', 'cli', 'src'), join(ROOT, 'package.json')]) <= built;
}

function newest(paths: string[]): number {
  let max = 0;
  for (const p of paths) {
    const st = statSync(p);
    if (st.isDirectory()) max = Math.max(max, newest(readdirSync(p).map((n) => join(p, n))));
    else max = Math.max(max, st.mtimeMs);
  }
  return max;
}
