import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bundledExample, readFixture } from '../support/fixtures';
import { LspClient } from '../support/lsp-client';

// The diagnostics a user sees, over a real LSP connection to the bundled
// server: published per version, replaced on change, cleared on close, and a
// broken document never stops the server answering.

const WRONG_AUTHORITY = 'e2e/wrong-authority/handoff.yaml';

describe('diagnostics over LSP', () => {
  let lsp: LspClient;
  before(async () => {
    lsp = await LspClient.start();
  });
  after(async () => {
    await lsp.shutdown();
  });

  it('publishes nothing for the bundled example', async () => {
    const uri = lsp.open('mem/clean/handoff.yaml', bundledExample());
    assert.deepEqual(await lsp.waitForDiagnostics(uri), []);
  });

  it('underlines a wrong authority with the allowed values, as an error coded by rule', async () => {
    const text = readFixture(WRONG_AUTHORITY);
    const uri = lsp.open('mem/wrong/handoff.yaml', text);
    const diags = await lsp.waitForDiagnostics(uri);
    assert.equal(diags.length, 1, JSON.stringify(diags));
    const [d] = diags;
    assert.equal(d.code, 'schema');
    assert.equal(d.severity, 1);
    assert.match(d.message, /must be one of automatic, approval, never/);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('authority: sometimes'));
    const col = lines[line].indexOf('sometimes');
    assert.deepEqual(d.range, { start: { line, character: col }, end: { line, character: col + 'sometimes'.length } });
    assert.match(String(d.codeDescription?.href), /schema\.md$/);
  });

  it('replaces the previous diagnostics on change and clears them on close', async () => {
    const uri = lsp.open('mem/edit/handoff.yaml', bundledExample());
    await lsp.waitForDiagnostics(uri, (d) => d.length === 0);
    lsp.change(uri, bundledExample().replace('approver: partner-manager', 'approver: partner-mgr'));
    const broken = await lsp.waitForDiagnostics(uri, (d) => d.length > 0);
    assert.deepEqual(broken.map((d) => d.code), ['unknown-reference']);
    lsp.change(uri, bundledExample());
    assert.deepEqual(await lsp.waitForDiagnostics(uri), []);
    lsp.change(uri, bundledExample().replace('approver: partner-manager', 'approver: partner-mgr'));
    await lsp.waitForDiagnostics(uri, (d) => d.length === 1);
    lsp.close(uri);
    assert.deepEqual(await lsp.waitForDiagnostics(uri, (d) => d.length === 0), []);
  });

  it('keeps answering after a malformed document', async () => {
    const bad = lsp.open('mem/bad/handoff.yaml', 'packet: 1\nworkflow: [unclosed\n  name: "x\n\t- tab\n');
    const diags = await lsp.waitForDiagnostics(bad);
    assert.ok(diags.length > 0 && diags.every((d) => d.code === 'yaml-syntax'), JSON.stringify(diags));
    const good = lsp.open('mem/after-bad/handoff.yaml', bundledExample());
    assert.deepEqual(await lsp.waitForDiagnostics(good), []);
    const symbols = await lsp.request('textDocument/documentSymbol', { textDocument: { uri: good } });
    assert.ok(Array.isArray(symbols) && symbols.length > 0);
  });
});

describe('settings read at start-up', () => {
  it('the first publish for a packet opened at once already follows the user severities', async () => {
    const lsp = await LspClient.start({ settings: { rules: { 'missing-section': 'off' } } });
    try {
      const seen: string[][] = [];
      const uri = lsp.open('mem/startup/handoff.yaml', bundledExample().replace(/\nsupport:[\s\S]*$/, '\n'));
      const first = await lsp.waitForDiagnostics(uri, (d) => {
        seen.push(d.map((x) => String(x.code)));
        return true;
      });
      assert.deepEqual(first.map((d) => d.code), [], `first publish: ${JSON.stringify(seen)}`);
    } finally {
      await lsp.shutdown();
    }
  });
});
