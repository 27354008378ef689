// When the language server crashes: restart it, up to a budget per time
// window, then stop and say so once. Pure (timestamps in, decisions out), so
// the policy is tested without VS Code; server-health.ts applies it.

export interface CrashPolicy {
  /** Restarts allowed within `windowMs`; one crash more ends the restarting. */
  maxRestarts: number;
  windowMs: number;
}

/** The same budget as vscode-languageclient's default: 4 restarts in 3 minutes. */
export const DEFAULT_CRASH_POLICY: Readonly<CrashPolicy> = Object.freeze({ maxRestarts: 4, windowMs: 3 * 60_000 });

export type CrashDecision =
  /** Restart, and write `log` to the output channel (no pop-up). */
  | { action: 'restart'; log: string }
  /** Do not restart: write `log`, and show `notify` once with a button to restart by hand. */
  | { action: 'give-up'; log: string; notify: string };

/** Crashes within the window that ends at the latest one. */
function recent(crashes: readonly number[], policy: CrashPolicy): number {
  const last = crashes[crashes.length - 1];
  return crashes.filter((t) => last - t < policy.windowMs).length;
}

/** The decision for the latest crash in `crashes` (timestamps in ms, oldest first). */
export function decideOnCrash(crashes: readonly number[], policy: CrashPolicy = DEFAULT_CRASH_POLICY): CrashDecision {
  const n = recent(crashes, policy);
  const minutes = Math.round(policy.windowMs / 60_000);
  if (n <= policy.maxRestarts) {
    return { action: 'restart', log: `The Handoff language server stopped unexpectedly and was restarted (crash ${n} of at most ${policy.maxRestarts} restarts in ${minutes} minutes).` };
  }
  return {
    action: 'give-up',
    log: `The Handoff language server crashed ${n} times in ${minutes} minutes, so it was not restarted again. Run "Handoff: Restart Language Server" to start it.`,
    notify: 'The Handoff language server keeps crashing and has been stopped: checks, completion and hover are off until it is restarted. The output channel "Handoff Packet" has the details.',
  };
}

/** Crash history for one client; a restart by hand starts a fresh budget. */
export class CrashTracker {
  private crashes: number[] = [];

  constructor(private readonly policy: CrashPolicy = DEFAULT_CRASH_POLICY) {}

  crashed(now: number): CrashDecision {
    this.crashes.push(now);
    // Only the window matters; keep the list from growing over a long session.
    this.crashes = this.crashes.filter((t) => now - t < this.policy.windowMs);
    return decideOnCrash(this.crashes, this.policy);
  }

  reset(): void {
    this.crashes = [];
  }
}

/**
 * What to do about an error on the connection (the `count`-th in a row).
 * When the server process has died, the writes still queued fail (EPIPE, a
 * closed IPC channel) several times before the close is seen; those must not
 * shut the client down for good, or the crash is never restarted: the close
 * that follows goes through decideOnCrash. Other errors: a few are
 * survivable, more mean the connection is broken.
 */
export function decideOnConnectionError(error: unknown, count: number | undefined): 'continue' | 'shutdown' {
  if (count === undefined || count <= 3) return 'continue';
  return pipeGone(error) ? 'continue' : 'shutdown';
}

const PIPE_GONE_CODES = new Set(['EPIPE', 'ECONNRESET', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END', 'ERR_IPC_CHANNEL_CLOSED']);

function pipeGone(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | undefined;
  if (e && typeof e.code === 'string' && PIPE_GONE_CODES.has(e.code)) return true;
  const message = e && typeof e.message === 'string' ? e.message : String(error);
  return /\b(EPIPE|ECONNRESET)\b|channel closed|write after end|stream (was )?destroyed/i.test(message);
}
