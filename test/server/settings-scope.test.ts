import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledExample } from '../support/fixtures';
import { LspClient } from '../support/lsp-client';

// Settings per document: the server asks with the document's URI as the
// scope, as a multi-root workspace answers per folder, keeps the answer
// while the document is edited, and asks again after a configuration change.

const WITHOUT_SUPPORT = bundledExample().replace(/\nsupport:[\s\S]*$/, '\n');
const codes = (d: { code?: unknown }[]) => d.map((x) => String(x.code));

describe('settings per document (scopeUri)', () => {
  it('a folder that turns a rule off gets no such problem; the folder beside it still does', async () => {
    const quiet = new Set(['/folder-a/']);
    const lsp = await LspClient.start({
      settings: (scope) => ([...quiet].some((f) => scope?.includes(f)) ? { rules: { 'missing-section': 'off' } } : {}),
    });
    try {
      const a = lsp.open('mem/folder-a/handoff.yaml', WITHOUT_SUPPORT);
      const b = lsp.open('mem/folder-b/handoff.yaml', WITHOUT_SUPPORT);
      assert.ok(!codes(await lsp.waitForDiagnostics(a)).includes('missing-section'));
      assert.ok(codes(await lsp.waitForDiagnostics(b)).includes('missing-section'));
      assert.ok(lsp.configurationScopes.includes(a) && lsp.configurationScopes.includes(b), `scopes asked: ${JSON.stringify(lsp.configurationScopes)}`);

      // Edits reuse the settings read for the document.
      const asked = lsp.configurationScopes.filter((s) => s === a).length;
      lsp.change(a, WITHOUT_SUPPORT + '\n');
      assert.ok(!codes(await lsp.waitForDiagnostics(a)).includes('missing-section'));
      assert.equal(lsp.configurationScopes.filter((s) => s === a).length, asked);

      // The user turns the rule off for the second folder too.
      quiet.add('/folder-b/');
      lsp.notify('workspace/didChangeConfiguration', { settings: null });
      await lsp.waitForDiagnostics(b, (d) => !codes(d).includes('missing-section'));
    } finally {
      await lsp.shutdown();
    }
  });

  it('the size limit of the document own folder decides whether it is parsed', async () => {
    const lsp = await LspClient.start({
      settings: (scope) => (scope?.includes('/tiny/') ? { limits: { maxBytes: 1024 } } : {}),
    });
    try {
      const tiny = lsp.open('mem/tiny/handoff.yaml', bundledExample());
      const roomy = lsp.open('mem/roomy/handoff.yaml', bundledExample());
      const tooBig = await lsp.waitForDiagnostics(tiny);
      assert.ok(tooBig.length > 0 && tooBig.every((d) => !String(d.code).startsWith('missing')), `tiny folder: ${JSON.stringify(codes(tooBig))}`);
      assert.deepEqual(await lsp.waitForDiagnostics(roomy), []);
      const symbols = await lsp.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: roomy } });
      assert.ok(symbols.length > 0);
    } finally {
      await lsp.shutdown();
    }
  });
});
