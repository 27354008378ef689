// The crash-restart policy: a sequence of crash times in, decisions out.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CrashTracker, decideOnConnectionError, decideOnCrash, DEFAULT_CRASH_POLICY } from '../../client/src/server-health-policy';

const MIN = 60_000;
const decisions = (times: number[], tracker = new CrashTracker()) => times.map((t) => tracker.crashed(t).action);

describe('crash-restart policy', () => {
  test('a crash now and then is restarted every time, with one line for the output channel', () => {
    const d = decideOnCrash([0]);
    assert.equal(d.action, 'restart');
    assert.match(d.log, /stopped unexpectedly and was restarted/);
    assert.deepEqual(decisions([0, 10 * MIN, 20 * MIN, 30 * MIN, 40 * MIN, 50 * MIN, 60 * MIN]), Array(7).fill('restart'));
  });

  test('four crashes in three minutes are restarted; the fifth ends the loop with one message and a way to restart', () => {
    assert.deepEqual(decisions([0, 10_000, 20_000, 30_000, 40_000]), ['restart', 'restart', 'restart', 'restart', 'give-up']);
    const last = decideOnCrash([0, 10_000, 20_000, 30_000, 40_000]);
    assert.equal(last.action, 'give-up');
    if (last.action === 'give-up') {
      assert.match(last.log, /crashed 5 times in 3 minutes/);
      assert.match(last.log, /Handoff: Restart Language Server/);
      assert.match(last.notify, /stopped/);
    }
  });

  test('only crashes inside the window count', () => {
    // Five crashes, but the first is more than three minutes before the last.
    assert.deepEqual(decisions([0, 2 * MIN, 2 * MIN + 1, 2 * MIN + 2, 3 * MIN + 1]), Array(5).fill('restart'));
  });

  test('a restart by hand gives a fresh budget', () => {
    const tracker = new CrashTracker();
    assert.equal(decisions([0, 1, 2, 3, 4], tracker).at(-1), 'give-up');
    tracker.reset();
    assert.deepEqual(decisions([5, 6, 7, 8], tracker), Array(4).fill('restart'));
    assert.equal(tracker.crashed(9).action, 'give-up');
  });

  test('the policy is configurable', () => {
    assert.deepEqual(decisions([0, 1, 2], new CrashTracker({ maxRestarts: 1, windowMs: 1000 })), ['restart', 'give-up', 'give-up']);
  });

  test('the default budget matches the language client: 4 restarts in 3 minutes', () => {
    assert.deepEqual(DEFAULT_CRASH_POLICY, { maxRestarts: 4, windowMs: 3 * MIN });
  });

  test('write errors of a server that died never shut the client down: the close that follows decides', () => {
    const epipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    const channel = Object.assign(new Error('Channel closed'), { code: 'ERR_IPC_CHANNEL_CLOSED' });
    for (const count of [1, 4, 10, 50]) {
      assert.equal(decideOnConnectionError(epipe, count), 'continue');
      assert.equal(decideOnConnectionError(channel, count), 'continue');
    }
    assert.equal(decideOnConnectionError(new Error('write EPIPE'), 5), 'continue', 'known by its message too');
  });

  test('other connection errors: three are survivable, the fourth shuts down', () => {
    const odd = new Error('Header must provide a Content-Length property.');
    assert.deepEqual([1, 2, 3, 4].map((n) => decideOnConnectionError(odd, n)), ['continue', 'continue', 'continue', 'shutdown']);
  });
});
