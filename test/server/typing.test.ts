import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bundledExample } from '../support/fixtures';
import { LspClient } from '../support/lsp-client';

// Typing sends small ranged changes, and the server re-parses only the part
// of the packet an edit touched. Whatever path a keystroke takes, what the
// user sees must be what a fresh open of the same text shows.

describe('diagnostics while typing', () => {
  let lsp: LspClient;
  before(async () => {
    lsp = await LspClient.start();
  });
  after(async () => {
    await lsp.shutdown();
  });

  /** The diagnostics of the text as it stands, from a fresh document. */
  async function freshDiagnostics(text: string, name: string): Promise<unknown> {
    const uri = lsp.open(`mem/typing-fresh/${name}/handoff.yaml`, text);
    const diags = await lsp.waitForDiagnostics(uri);
    lsp.close(uri);
    return diags;
  }

  it('shows what a fresh open shows after each keystroke, through a typo, a broken line and their fixes', async () => {
    const text = bundledExample();
    const uri = lsp.open('mem/typing/handoff.yaml', text);
    await lsp.waitForDiagnostics(uri);
    const approver = text.indexOf('approver: partner-manager') + 'approver: partner-'.length;
    const authority = text.indexOf('authority: approval') + 'authority: '.length;
    // Each step: [from, to, insert] in the current text. A typo in an owner
    // reference, then its fix; a space that breaks the YAML, then its removal;
    // an unknown authority value, then the right one.
    const steps: [number, number, string][] = [
      [approver, approver + 1, 'x'],
      [approver, approver + 1, 'm'],
      [authority - 1, authority - 1, '\n'],
      [authority - 1, authority, ''],
      [authority, authority + 'approval'.length, 'sometimes'],
      [authority, authority + 'sometimes'.length, 'approval'],
    ];
    const seen: string[][] = [];
    for (const [k, [from, to, insert]] of steps.entries()) {
      lsp.edit(uri, from, to, insert);
      const live = await lsp.waitForDiagnostics(uri);
      assert.deepEqual(live, await freshDiagnostics(lsp.text(uri)!, `step-${k}`), `after step ${k}`);
      seen.push(live.map((d) => String(d.code)));
    }
    // The edits did change what was shown: a typo is caught, then cleared.
    assert.deepEqual(seen[0], ['unknown-reference']);
    assert.deepEqual(seen[1], []);
    assert.ok(seen[2].includes('yaml-syntax'), JSON.stringify(seen[2]));
    assert.deepEqual(seen[4], ['schema']);
    assert.deepEqual(seen[5], []);
    assert.equal(lsp.text(uri), text);
  });
});
