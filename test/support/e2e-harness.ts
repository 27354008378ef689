// One real VS Code session for a test: code-server with the packaged
// extension, a throwaway copy of chosen fixtures as the workspace, and a
// headless Chromium on the workbench. `withVsCode` always tears it all down and,
// when the test fails, leaves a screenshot and the logs in test-results/.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright-core';
import { FIXTURES, ROOT } from './fixtures';
import { freshExtensionsDir, runDir, startCodeServer, type CodeServer } from './e2e-code-server';
import { Workbench } from './e2e-workbench';

export const RESULTS = join(ROOT, 'test-results');

/** The Chromium setup-code-server.sh installs; HANDOFF_E2E_CHROMIUM names another. */
function chromiumPath(): string {
  if (process.env.HANDOFF_E2E_CHROMIUM) return process.env.HANDOFF_E2E_CHROMIUM;
  const found = (process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'chromium')).find((p) => existsSync(p));
  if (!found) throw new Error('chromium is not on PATH: run `bash test/e2e/setup-code-server.sh`, or set HANDOFF_E2E_CHROMIUM');
  return found;
}

export interface SessionOptions {
  /** Names the session's screenshots and failure logs. */
  name: string;
  /** Files or folders under test-fixtures/, copied into the workspace at the same relative paths. */
  fixtures: string[];
  /**
   * `off`: Workspace Trust disabled (everything runs). `untrusted`: trust on and
   * the folder not trusted, so VS Code runs in Restricted Mode.
   */
  trust?: 'off' | 'untrusted';
  /** User settings on top of the quiet defaults below. */
  settings?: Record<string, unknown>;
  /**
   * `quiet` (the default): completions only when a test asks (see
   * QUIET_EDITOR). `defaults`: the editor as VS Code ships it, so the
   * extension's own configurationDefaults decide, as for a new user.
   */
  editor?: 'quiet' | 'defaults';
  /** Bound of each wait (startup included). */
  timeoutMs?: number;
  /**
   * Bound of the whole session. Past it the session is torn down and fails,
   * so a hung page never outlives the test (node's test timeout does not run
   * `finally` blocks, and a live code-server would keep the test process up).
   */
  sessionMs?: number;
  /** Runs on the workspace copy before code-server starts, e.g. to make it a git repository. */
  prepare?: (workspace: string) => void | Promise<void>;
}

export interface VsCode {
  workbench: Workbench;
  /** The workspace folder on disk (a copy: tests may edit it). */
  workspace: string;
  /** This session's extensions folder: the processes of our extension run from files under it. */
  extensionsDir: string;
  screenshot(name: string): Promise<string>;
}

/** Settings that keep the workbench quiet and predictable: no welcome pages, tips, chat or updates. */
const QUIET_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'git.enabled': false,
};

/** Editor settings most tests use. */
const QUIET_EDITOR: Record<string, unknown> = {
  // Completions appear only when a test asks (Ctrl+Space), so typing stays deterministic.
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.suggestOnTriggerCharacters': false,
  'editor.minimap.enabled': false,
};

function trustSettings(trust: 'off' | 'untrusted'): Record<string, unknown> {
  if (trust === 'off') return { 'security.workspace.trust.enabled': false };
  // No startup dialog: a new folder then simply opens untrusted, in Restricted Mode.
  return { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' };
}

/** Runs `body` against a fresh VS Code; tears everything down whatever happens. */
export async function withVsCode(options: SessionOptions, body: (vs: VsCode) => Promise<void>): Promise<void> {
  const timeoutMs = options.timeoutMs ?? Number(process.env.HANDOFF_E2E_TIMEOUT_MS ?? 60_000);
  const sessionMs = options.sessionMs ?? Number(process.env.HANDOFF_E2E_SESSION_MS ?? 240_000);
  const base = mkdtempSync(join(runDir(), `${options.name}-`));
  const userDataDir = join(base, 'user-data');
  const extensionsDir = join(base, 'extensions');
  const workspace = join(base, 'workspace');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(workspace);
  for (const f of options.fixtures) cpSync(join(FIXTURES, f), join(workspace, f), { recursive: true });
  const editor = options.editor === 'defaults' ? {} : QUIET_EDITOR;
  const settings = { ...QUIET_SETTINGS, ...editor, ...trustSettings(options.trust ?? 'off'), ...options.settings };
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));

  let server: CodeServer | undefined;
  let vs: VsCode | undefined;
  const consoleLines: string[] = [];
  // What to close, newest first. A step that finishes after the deadline closed
  // the session closes what it made at once.
  const cleanups: (() => Promise<unknown>)[] = [];
  let closed = false;
  const own = async <T>(made: T, close: (made: T) => Promise<unknown>): Promise<T> => {
    if (closed) {
      await close(made);
      throw new Error('session already closed');
    }
    cleanups.unshift(() => close(made));
    return made;
  };

  const session = async () => {
    await options.prepare?.(workspace);
    await freshExtensionsDir(extensionsDir);
    server = await own(await startCodeServer({ userDataDir, extensionsDir, workspace, timeoutMs }), (s) => s.stop());
    const browser = await own(
      await chromium.launch({
        executablePath: chromiumPath(),
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        timeout: timeoutMs,
      }),
      (b) => b.close(),
    );
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(timeoutMs);
    page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
    const workbench = new Workbench(page, workspace, timeoutMs);
    vs = {
      workbench,
      workspace,
      extensionsDir,
      screenshot: async (name) => {
        mkdirSync(RESULTS, { recursive: true });
        const path = join(RESULTS, `${options.name}-${name}.png`);
        // The pointer rests where the last click was; move it off so no hover covers the view.
        await page.mouse.move(0, 0);
        await page.screenshot({ path });
        return path;
      },
    };
    await page.goto(server.url);
    await workbench.ready();
    await body(vs);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the VS Code session took longer than ${sessionMs} ms`)), sessionMs);
  });
  try {
    await Promise.race([session(), deadline]);
  } catch (err) {
    await keepEvidence(options.name, err, vs, server, userDataDir, consoleLines);
    throw err;
  } finally {
    clearTimeout(timer);
    closed = true;
    for (const close of cleanups) await close().catch(() => undefined);
    rmSync(base, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** On failure: a screenshot, code-server's output, the workbench's own logs and the page console. */
async function keepEvidence(name: string, err: unknown, vs: VsCode | undefined, server: CodeServer | undefined, userDataDir: string, consoleLines: string[]): Promise<void> {
  const dir = join(RESULTS, `${name}-failure`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await vs?.workbench.page.screenshot({ path: join(dir, 'screen.png') }).catch(() => undefined);
  // The DOM tells which selector a changed workbench no longer matches.
  const html = await vs?.workbench.page.content().catch(() => undefined);
  if (html) writeFileSync(join(dir, 'workbench.html'), html);
  writeFileSync(join(dir, 'error.txt'), err instanceof Error ? (err.stack ?? err.message) : String(err));
  writeFileSync(join(dir, 'code-server.log'), server?.log() ?? '(code-server did not start)');
  writeFileSync(join(dir, 'browser-console.log'), consoleLines.join('\n'));
  // VS Code's own logs hold the extension host's and our language client's output.
  try {
    cpSync(join(userDataDir, 'logs'), join(dir, 'vscode-logs'), { recursive: true });
  } catch {
    // No logs yet.
  }
  if (err instanceof Error) err.message += `\n(screenshot and logs in ${dir})`;
}
