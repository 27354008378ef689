// The web extension in a real VS Code: code-server's workbench with our
// extension moved into the browser's extension host (`remote.extensionKind`
// set to `web`), where vscode.dev and github.dev run it. The language server
// is then the Web Worker bundle, not a Node process: problems, readiness and
// the preview must work, and Show Change Impact must not be offered.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { withVsCode } from '../support/e2e-harness';
import { openPreviewToSide, waitForPreviewTitle } from '../support/e2e-preview';

const WRONG = 'e2e/wrong-authority/handoff.yaml';
const VALID = 'valid/partner-triage/handoff.yaml';

/** Command lines of the running Node language servers started from an extensions folder under `root`. */
function nodeServers(root: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      continue; // ended meanwhile
    }
    if (cmd.includes(root) && /dist\/server\.js/.test(cmd)) found.push(cmd);
  }
  return found;
}

test('in the browser extension host, packets are checked by the Web Worker server and previewed; Change Impact is not offered', { timeout: 300_000 }, async () => {
  await withVsCode(
    {
      name: 'web-extension',
      fixtures: ['valid/partner-triage', 'e2e/wrong-authority'],
      settings: { 'remote.extensionKind': { 'handoff-packet.handoff-packet': ['web'] } },
    },
    async (vs) => {
      const wb = vs.workbench;
      await wb.openFile(WRONG);
      const problems = await wb.waitForProblems(`a handoff problem in ${WRONG}`, (list) => list.some((p) => p.source === 'handoff' && p.file === WRONG));
      assert.ok(problems.some((p) => p.code === 'schema' && /automatic, approval, never/.test(p.message)));
      assert.deepEqual(nodeServers(vs.workspace.replace(/\/workspace$/, '')), [], 'no Node language server runs: the worker answered');
      await wb.waitFor('the readiness item in the status bar', async () => (await wb.statusBarItems()).some((i) => /Handoff: \d\/9 ready/.test(i.text)));

      await wb.openFile(VALID);
      await openPreviewToSide(wb);
      await waitForPreviewTitle(wb, 'Partner application triage');

      await wb.openFile(VALID);
      await wb.page.keyboard.press('F1');
      await wb.page.keyboard.type('>Handoff: Show');
      await wb.waitFor('Show Readiness in the palette', async () => (await wb.page.locator('.quick-input-list .label-name').allTextContents()).some((t) => /Show Readiness/.test(t)));
      const offered = await wb.page.locator('.quick-input-list .label-name').allTextContents();
      assert.ok(!offered.some((t) => /Change Impact/.test(t)), `Show Change Impact must not be offered on the web: ${offered.join(', ')}`);
      await wb.page.keyboard.press('Escape');
      await vs.screenshot('preview');
    },
  );
});
