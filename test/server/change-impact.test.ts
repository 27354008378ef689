import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChangeImpactResult } from '../../server/src/features/change-impact-protocol';
import { bundledExample } from '../support/fixtures';
import { LspClient } from '../support/lsp-client';

// Show Change Impact asks the server to compare the open version with the
// committed text the editor fetched: the report, and the changes to mark in
// the editor at their place in the open version.

const BASE = bundledExample();
const ask = (lsp: LspClient, uri: string, base: string) =>
  lsp.request<ChangeImpactResult | null>('handoff/changeImpact', { uri, base, title: 'handoff.yaml against HEAD', baseName: 'HEAD' });

describe('handoff/changeImpact', () => {
  it('marks an action that stops waiting for approval as review_required, where it now reads automatic', async () => {
    const lsp = await LspClient.start();
    try {
      const uri = lsp.open('mem/impact/handoff.yaml', BASE);
      const edited = BASE.replace(/(id: set-deal-stage[\s\S]*?authority: )approval/, '$1automatic');
      const version = lsp.change(uri, edited);
      const r = (await ask(lsp, uri, BASE))!;
      assert.equal(r.version, version);
      const mark = r.marks.find((m) => m.kind === 'autonomy-increase');
      assert.ok(mark, `marks: ${JSON.stringify(r.marks)}`);
      assert.equal(mark.class, 'review_required');
      const line = edited.split('\n').findIndex((l, i, all) => l.includes('authority: automatic') && all[i - 3]?.includes('set-deal-stage'));
      assert.equal(mark.range.start.line, line);
      assert.equal(edited.split('\n')[line].slice(mark.range.start.character, mark.range.end.character), 'automatic');
      assert.deepEqual(r.approver, { id: 'revops-lead', role: 'Revenue operations lead' });
      assert.match(r.markdown, /^### Change impact: handoff\.yaml against HEAD/);
      assert.match(r.markdown, new RegExp(`autonomy-increase.*line ${line + 1}, column ${mark.range.start.character + 1}`));
    } finally {
      await lsp.shutdown();
    }
  });

  it('names the base version for a removal, reports an unreadable base instead of marking, and is null for a closed document', async () => {
    const lsp = await LspClient.start();
    try {
      const uri = lsp.open('mem/impact/handoff.yaml', BASE);
      // The base had one more out-of-scope entry; the open version lost it.
      const withExtra = BASE.replace(/(out_of_scope:\n)/, '$1    - Deleting partner records\n');
      assert.notEqual(withExtra, BASE, 'the fixture has an out_of_scope list to extend');
      const removed = (await ask(lsp, uri, withExtra))!;
      assert.match(removed.markdown, /HEAD, line \d+, column \d+/);

      const broken = (await ask(lsp, uri, 'workflow: [unclosed\n'))!;
      assert.deepEqual(broken.marks, []);
      assert.match(broken.markdown, /could not be compared/);

      assert.equal(await ask(lsp, LspClient.uri('nowhere/handoff.yaml'), BASE), null);
    } finally {
      await lsp.shutdown();
    }
  });
});
