import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Range, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { readFixture } from '../support/fixtures';
import { DEFAULT_CAPABILITIES, LspClient } from '../support/lsp-client';

// Quick fixes and "Fix all handoff problems" over stdio, against the bundled
// server: the editor sends back the diagnostics it was given, the server reads
// the fix data and answers with edits that give the reviewed golden result.

function offsetAt(text: string, pos: Range['start']): number {
  let offset = 0;
  for (let line = 0; line < pos.line; line++) offset = text.indexOf('\n', offset) + 1;
  return offset + pos.character;
}

function apply(text: string, edits: TextEdit[]): string {
  const withOffsets = edits.map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }));
  withOffsets.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const change = action.edit?.documentChanges?.[0] as TextDocumentEdit | undefined;
  if (change) {
    assert.equal(change.textDocument.uri, uri);
    return change.edits as TextEdit[];
  }
  return action.edit?.changes?.[uri] ?? [];
}

async function codeActions(lsp: LspClient, uri: string, diagnostics: Diagnostic[], only?: string[], range?: Range): Promise<CodeAction[]> {
  return lsp.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri },
    range: range ?? diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics, only },
  });
}

describe('code actions over LSP', () => {
  let lsp: LspClient;
  before(async () => {
    lsp = await LspClient.start();
  });
  after(async () => {
    await lsp.shutdown();
  });

  it('announces quick fixes and its fix-all kind', () => {
    const provider = lsp.initializeResult.capabilities.codeActionProvider;
    assert.ok(provider && typeof provider === 'object');
    assert.deepEqual(provider.codeActionKinds, ['quickfix', 'source.fixAll.handoff']);
  });

  it('offers the preferred fix for a diagnostic, with the diagnostic attached and a versioned edit', async () => {
    const input = readFixture('fixes/replace-value-enum.input.yaml');
    const uri = lsp.open('mem/enum/handoff.yaml', input);
    const diags = await lsp.waitForDiagnostics(uri);
    const target = diags.find((d) => d.code === 'schema' && d.message.includes('authority'));
    assert.ok(target, 'the enum problem is reported');
    const actions = await codeActions(lsp, uri, [target]);
    assert.equal(actions.length, 1);
    const [fix] = actions;
    assert.equal(fix.title, 'Change to `approval`');
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.diagnostics, [target]);
    assert.equal((fix.edit?.documentChanges?.[0] as TextDocumentEdit).textDocument.version, 1);
    const fixed = apply(input, editsOf(fix, uri));
    assert.equal(fixed, readFixture('fixes/replace-value-enum.expected.yaml'));

    lsp.change(uri, fixed);
    const after = await lsp.waitForDiagnostics(uri);
    assert.equal(after.filter((d) => d.code === 'schema').length, 0);
    lsp.close(uri);
  });

  it('lists every fix of an unknown reference, the typo first and preferred', async () => {
    const input = readFixture('fixes/declare-id-instead-of-typo.input.yaml');
    const uri = lsp.open('mem/ref/handoff.yaml', input);
    const target = (await lsp.waitForDiagnostics(uri)).find((d) => d.code === 'unknown-reference');
    assert.ok(target);
    const actions = await codeActions(lsp, uri, [target]);
    assert.deepEqual(actions.map((a) => [a.title, a.isPreferred]), [
      ['Change to `ap-lead`', true],
      ['Declare owner `ap-laed` under `owners`', false],
    ]);
    assert.equal(apply(input, editsOf(actions[1], uri)), readFixture('fixes/declare-id-instead-of-typo.expected.yaml'));
    lsp.close(uri);
  });

  it('inserts a missing section as plain placeholder text (no snippet syntax over LSP)', async () => {
    const input = readFixture('fixes/snippet-insert-section.input.yaml');
    const uri = lsp.open('mem/section/handoff.yaml', input);
    const target = (await lsp.waitForDiagnostics(uri)).find((d) => d.code === 'missing-section');
    assert.ok(target);
    const [fix] = await codeActions(lsp, uri, [target]);
    const text = editsOf(fix, uri).map((e) => e.newText).join('');
    assert.match(text, /measures: "TODO: what the number measures"/);
    assert.doesNotMatch(text, /\$\{\d/);
    lsp.close(uri);
  });

  it('fixes all safe problems on request for source.fixAll, and only then', async () => {
    const input = readFixture('fixes/fix-all.input.yaml');
    const uri = lsp.open('mem/all/handoff.yaml', input);
    const diags = await lsp.waitForDiagnostics(uri);
    const all = await codeActions(lsp, uri, [], ['source.fixAll']);
    assert.deepEqual(all.map((a) => [a.title, a.kind]), [['Fix all handoff problems', 'source.fixAll.handoff']]);
    assert.equal(apply(input, editsOf(all[0], uri)), readFixture('fixes/fix-all.expected.yaml'));

    const lightbulb = await codeActions(lsp, uri, diags);
    assert.ok(lightbulb.length > 0);
    assert.ok(lightbulb.every((a) => a.kind === 'quickfix'), 'the lightbulb shows quick fixes; fix-all is a source action');
    assert.deepEqual(await codeActions(lsp, uri, diags, ['refactor']), []);
    lsp.close(uri);
  });

  it('ignores diagnostics that carry no fix or a fix it cannot read', async () => {
    const input = readFixture('fixes/rename-key.input.yaml');
    const uri = lsp.open('mem/bad/handoff.yaml', input);
    const target = (await lsp.waitForDiagnostics(uri)).find((d) => d.code === 'unknown-key');
    assert.ok(target);
    const variants: Diagnostic[] = [
      { ...target, data: undefined },
      { ...target, data: { fix: 'no-such-fix' } },
      { ...target, data: { fix: { nested: true } } },
      { ...target, code: 'not-a-rule' },
      { ...target, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } } },
    ];
    for (const d of variants) assert.deepEqual(await codeActions(lsp, uri, [d]), [], JSON.stringify(d.data ?? d.code));
    lsp.close(uri);
  });
});

describe('code actions for a client without versioned edits', () => {
  it('answers with a plain `changes` map', async () => {
    const capabilities = { ...DEFAULT_CAPABILITIES, workspace: { configuration: true } };
    const lsp = await LspClient.start({ capabilities });
    try {
      const input = readFixture('fixes/rename-key.input.yaml');
      const uri = lsp.open('mem/plain/handoff.yaml', input);
      const target = (await lsp.waitForDiagnostics(uri)).find((d) => d.code === 'unknown-key');
      assert.ok(target);
      const [fix] = await codeActions(lsp, uri, [target]);
      assert.equal(fix.edit?.documentChanges, undefined);
      assert.equal(apply(input, fix.edit!.changes![uri]), readFixture('fixes/rename-key.expected.yaml'));
    } finally {
      await lsp.shutdown();
    }
  });
});
