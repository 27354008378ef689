import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LspReadinessReport } from '../../server/src/features/readiness';
import { readFixture } from '../support/fixtures';
import { LspClient } from '../support/lsp-client';

// `handoff/readiness` over stdio: the nine questions for the current version
// of an open document, with LSP ranges for the evidence and the jump target.

describe('readiness over LSP', () => {
  let lsp: LspClient;
  before(async () => {
    lsp = await LspClient.start();
  });
  after(async () => {
    await lsp.shutdown();
  });

  const ask = (uri: string) => lsp.request<LspReadinessReport | null>('handoff/readiness', { uri });

  it('reports a valid example as 9 of 9, with ranges inside the document', async () => {
    const text = readFixture('valid/partner-triage/handoff.yaml');
    const uri = lsp.open('mem/ready/handoff.yaml', text);
    const report = await ask(uri);
    assert.ok(report);
    assert.equal(report.uri, uri);
    assert.equal(report.version, 1);
    assert.equal(report.answered, 9);
    assert.equal(report.total, 9);
    const lineCount = text.split('\n').length;
    for (const q of report.questions) {
      assert.equal(q.status, 'answered');
      assert.ok(q.evidence.length > 0);
      for (const e of q.evidence) assert.ok(e.range.start.line < lineCount && e.range.end.line < lineCount);
    }
    lsp.close(uri);
  });

  it('follows edits: the report is for the new version and points at what is missing', async () => {
    const text = readFixture('valid/partner-triage/handoff.yaml');
    const uri = lsp.open('mem/edit/handoff.yaml', text);
    const changed = text.replace(/    how: In the internal admin panel[^\n]*\n/, '');
    assert.notEqual(changed, text);
    const version = lsp.change(uri, changed);
    const report = await ask(uri);
    assert.ok(report);
    assert.equal(report.version, version);
    assert.equal(report.answered, 8);
    const pause = report.questions.find((q) => q.number === 6)!;
    assert.equal(pause.status, 'unanswered');
    assert.deepEqual(pause.where.path, ['operations', 'pause']);
    const pauseLine = changed.split('\n').findIndex((l) => l === '  pause:');
    assert.deepEqual(pause.where.range, { start: { line: pauseLine, character: 2 }, end: { line: pauseLine, character: 7 } });
    assert.match(pause.missing.join(' '), /operations\.pause\.how/);
    lsp.close(uri);
  });

  it('answers null for a document that is not open, and for malformed params', async () => {
    assert.equal(await ask(LspClient.uri('nowhere/handoff.yaml')), null);
    assert.equal(await lsp.request('handoff/readiness', {}), null);
    assert.equal(await lsp.request('handoff/readiness', { uri: 42 }), null);
  });

  it('reports a file that does not parse as unanswered rather than failing', async () => {
    const uri = lsp.open('mem/broken/handoff.yaml', 'packet: 1\nworkflow:\n  name: [unclosed\n');
    const report = await ask(uri);
    assert.ok(report);
    assert.equal(report.answered, 0);
    assert.equal(report.questions.length, 9);
    assert.equal(report.outOfDate, false, 'no version parsed yet: nothing older to show');
    lsp.close(uri);
  });

  it('while a line is half typed, keeps the last report that parsed, marked out of date, and lenses likewise', async () => {
    const text = readFixture('valid/partner-triage/handoff.yaml');
    const uri = lsp.open('mem/half-typed/handoff.yaml', text);
    const good = await ask(uri);
    assert.equal(good?.answered, 9);
    assert.equal(good?.outOfDate, false);
    const lenses = await lsp.request<{ command?: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.ok(lenses.length > 0);

    // An unclosed flow sequence half way through typing a value.
    const at = text.indexOf('authority: approval');
    const broken = text.slice(0, at) + 'authority: [appr' + text.slice(at + 'authority: approval'.length);
    const version = lsp.change(uri, broken);
    const during = await ask(uri);
    assert.ok(during);
    assert.equal(during.version, version);
    assert.equal(during.outOfDate, true);
    assert.equal(during.fromVersion, 1);
    assert.equal(during.answered, 9, 'not 0/9 while the line is half typed');
    const lensesDuring = await lsp.request<{ command?: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(
      lensesDuring.map((l) => l.command?.title),
      lenses.map((l) => `${l.command?.title} (out of date)`),
      'the last good lenses, not the half-typed value',
    );

    // Typed to the end: current again.
    const fixed = lsp.change(uri, text.replace('authority: approval', 'authority: never'));
    const after = await ask(uri);
    assert.equal(after?.version, fixed);
    assert.equal(after?.outOfDate, false);
    assert.equal(after?.fromVersion, fixed);
    lsp.close(uri);
  });
});
