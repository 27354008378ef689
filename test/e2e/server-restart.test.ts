// The language server crashing under a real VS Code: killed once, it is
// started again and checks the packet as before; killed again and again, the
// restart policy (client/src/server-health-policy.ts) gives up, and the user
// gets one notification saying so with a button that starts it again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Locator } from 'playwright-core';
import { withVsCode, type VsCode } from '../support/e2e-harness';
import { positionOf } from '../support/e2e-positions';
import { languageServers } from '../support/e2e-processes';
import type { Problem, Workbench } from '../support/e2e-workbench';
import { waitForStatusItem } from '../support/e2e-widgets';
import { readFixture } from '../support/fixtures';
import { DEFAULT_CRASH_POLICY } from '../../client/src/server-health-policy';

const EXAMPLE = 'valid/partner-triage/handoff.yaml';
const RESTART_BUTTON = 'Restart Language Server';

/** Waits until exactly one language server runs and it is not one of `gone`; returns its pid. */
async function waitForServer(vs: VsCode, what: string, gone: number[] = []): Promise<number> {
  let pids: number[] = [];
  await vs.workbench.waitFor(
    what,
    async () => {
      pids = languageServers(vs.extensionsDir);
      return pids.length === 1 && !gone.includes(pids[0]);
    },
    () => `language servers running: ${JSON.stringify(pids)} (killed: ${JSON.stringify(gone)})`,
  );
  return pids[0];
}

/**
 * The "keeps crashing" notification: its toast, or, once the toast has gone
 * (toasts hide on their own), its entry in the notification centre, opened
 * as a user would (Notifications: Show Notifications).
 */
async function crashNotification(wb: Workbench): Promise<Locator> {
  const toast = wb.page.locator('.notifications-toasts .notification-toast', { hasText: /keeps crashing/ });
  const listed = wb.page.locator('.notifications-center .notification-list-item', { hasText: /keeps crashing/ });
  let centreOpen = false;
  await wb.waitFor('the notification that the server keeps crashing', async () => {
    if ((await toast.count()) > 0 || (await listed.count()) > 0) return true;
    if (!centreOpen) {
      await wb.runCommand('Notifications: Show Notifications');
      centreOpen = true;
    }
    return false;
  });
  return (await toast.count()) > 0 ? toast.first() : listed.first();
}

/** Replaces an action's authority in the editor with a value the schema refuses, and waits for the server to say so. */
async function breakAuthority(wb: Workbench, action: string, current: string, wrong: string): Promise<Problem> {
  const at = positionOf(readFixture(EXAMPLE), `authority: ${current}`, { after: `id: ${action}` });
  await wb.openFile(EXAMPLE);
  await wb.setCursor(at.line, at.column + 'authority: '.length);
  await wb.page.keyboard.press('Shift+End');
  await wb.page.keyboard.type(wrong);
  const reported = (p: Problem) => p.source === 'handoff' && p.code === 'schema' && p.file === EXAMPLE && p.line === at.line;
  const problems = await wb.waitForProblems(`the server to report "authority: ${wrong}" on line ${at.line}`, (list) => list.some(reported));
  return problems.find(reported)!;
}

test('a killed language server comes back and checks again; after the restart policy gives up, a notification offers to restart it', { timeout: 400_000 }, async () => {
  await withVsCode({ name: 'server-restart', fixtures: ['valid/partner-triage'], sessionMs: 360_000 }, async (vs) => {
    const wb = vs.workbench;
    await wb.openFile(EXAMPLE);
    await waitForStatusItem(wb, 'the language server to answer (readiness in the status bar)', /^Handoff: 9\/9 ready$/);
    const killed = [await waitForServer(vs, 'one language server')];

    // One crash: restarted, and the restarted server checks what the user types.
    process.kill(killed[0], 'SIGKILL');
    killed.push(await waitForServer(vs, 'a new language server after the crash', killed));
    const problem = await breakAuthority(wb, 'set-deal-stage', 'approval', 'sometimes');
    assert.match(problem.message, /automatic, approval, never/);

    // More crashes within the policy's window: restarted up to its budget, then not.
    for (let crash = 2; crash <= DEFAULT_CRASH_POLICY.maxRestarts + 1; crash++) {
      process.kill(killed.at(-1)!, 'SIGKILL');
      if (crash <= DEFAULT_CRASH_POLICY.maxRestarts) killed.push(await waitForServer(vs, `the language server restarted after crash ${crash}`, killed));
    }
    const notification = await crashNotification(wb);
    const message = ((await notification.locator('.notification-list-item-message').textContent()) ?? '').trim();
    assert.match(message, /The Handoff language server keeps crashing and has been stopped/);
    assert.match(message, /checks, completion and hover are off until it is restarted/);
    assert.deepEqual(languageServers(vs.extensionsDir), [], 'no server is started again once the policy gives up');
    await vs.screenshot('gave-up');

    // The notification's button starts it again, and checking resumes.
    await notification.locator('.monaco-button', { hasText: RESTART_BUTTON }).click();
    await notification.waitFor({ state: 'hidden' });
    await waitForServer(vs, 'the language server started from the notification', killed);
    await breakAuthority(wb, 'write-note', 'automatic', 'whenever');
  });
});
