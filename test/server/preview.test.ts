import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExportResult, PreviewResult } from '../../server/src/features/preview';
import { bundledExample } from '../support/fixtures';
import { LspClient } from '../support/lsp-client';

// The preview and the export come from the server's analysis of the current
// version, with the document's own settings: what the Problems view lists,
// the preview lists, and handoff.limits applies to both.

const WITHOUT_SUPPORT = bundledExample().replace(/\nsupport:[\s\S]*$/, '\n');
const preview = (lsp: LspClient, uri: string) => lsp.request<PreviewResult | null>('handoff/preview', { uri });
const problemsPart = (r: PreviewResult) => r.parts.find((p) => p.key === 'problems')!.html;

describe('preview and export from the server', () => {
  it('renders the current version in parts, listing the problems the Problems view shows', async () => {
    const lsp = await LspClient.start({ settings: (scope) => (scope?.includes('/quiet/') ? { rules: { 'missing-section': 'off' } } : {}) });
    try {
      const loud = lsp.open('mem/loud/handoff.yaml', WITHOUT_SUPPORT);
      const quiet = lsp.open('mem/quiet/handoff.yaml', WITHOUT_SUPPORT);
      const diagnostics = await lsp.waitForDiagnostics(loud);
      const shown = await preview(lsp, loud);
      assert.ok(shown);
      assert.equal(shown.version, 1);
      assert.deepEqual(shown.parts.map((p) => p.key).slice(0, 2), ['header', 'sec-workflow']);
      assert.ok(shown.parts.some((p) => p.key === 'sec-support'));
      assert.ok(diagnostics.some((d) => d.code === 'missing-section'));
      assert.match(problemsPart(shown), /missing-section/);
      assert.doesNotMatch(problemsPart((await preview(lsp, quiet))!), /missing-section/, 'the folder that turns the rule off sees it in neither place');

      // After an edit: the new version, and a section's base moves with the text above it.
      const version = lsp.change(loud, `# a comment on top\n${WITHOUT_SUPPORT}`);
      const edited = (await preview(lsp, loud))!;
      assert.equal(edited.version, version);
      const base = (r: PreviewResult) => r.parts.find((p) => p.key === 'sec-steps')!;
      assert.equal(base(edited).base, base(shown).base + '# a comment on top\n'.length);
      assert.equal(base(edited).html, base(shown).html, 'an edit above a section leaves its HTML as it was');
    } finally {
      await lsp.shutdown();
    }
  });

  it('answers a preview asked for just before the document was opened, once it opens', async () => {
    // VS Code restores a preview after a window reload and asks as soon as the
    // server runs, which can be before the packet's didOpen reaches it.
    const lsp = await LspClient.start();
    try {
      const uri = LspClient.uri('mem/early/handoff.yaml');
      const asked = preview(lsp, uri);
      lsp.open('mem/early/handoff.yaml', bundledExample());
      const shown = await asked;
      assert.ok(shown, 'the preview is answered, not null');
      assert.equal(shown.version, 1);
      assert.ok(shown.parts.some((p) => p.key === 'sec-steps'));
    } finally {
      await lsp.shutdown();
    }
  });

  it('applies the document folder size limit, as the check does', async () => {
    const lsp = await LspClient.start({ settings: { limits: { maxBytes: 1024 } } });
    try {
      const uri = lsp.open('mem/big/handoff.yaml', bundledExample());
      const shown = (await preview(lsp, uri))!;
      assert.match(problemsPart(shown), /file-too-large|too large/i);
      assert.ok(!shown.parts.some((p) => p.html.includes('set-deal-stage')), 'nothing of the content is shown');
    } finally {
      await lsp.shutdown();
    }
  });

  it('exports Markdown and a standalone page; null for a document that is not open', async () => {
    const lsp = await LspClient.start();
    try {
      const uri = lsp.open('mem/export/handoff.yaml', bundledExample());
      const md = await lsp.request<ExportResult | null>('handoff/export', { uri, format: 'markdown' });
      assert.match(md!.text, /^# /);
      const html = await lsp.request<ExportResult | null>('handoff/export', { uri, format: 'html' });
      assert.match(html!.text, /^<!DOCTYPE html>/);
      assert.doesNotMatch(html!.text, /data-start/);
      assert.equal(await lsp.request('handoff/export', { uri, format: 'pdf' }), null);
      assert.equal(await preview(lsp, LspClient.uri('nowhere/handoff.yaml')), null);
    } finally {
      await lsp.shutdown();
    }
  });
});
