import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CodeLens, CompletionItem, CompletionList, Location, Position, TextEdit } from 'vscode-languageserver-protocol';
import { SKELETON } from '../../packet/src/fixes';
import { VSCODE_CLIENT_COMMANDS } from '../../server/src/features/lens-commands';
import { readFixture, ROOT } from '../support/fixtures';
import { LspClient } from '../support/lsp-client';

// The server as an editor other than VS Code sees it (Neovim, Helix, Emacs,
// Zed): versions counted from 0, no initialization options, lens commands it
// must run through workspace/executeCommand, plain code actions.

const example = readFixture('valid/partner-triage/handoff.yaml');

function offsetAt(text: string, pos: Position): number {
  let offset = 0;
  for (let line = 0; line < pos.line; line++) offset = text.indexOf('\n', offset) + 1;
  return offset + pos.character;
}

function apply(text: string, edits: TextEdit[]): string {
  const sorted = edits.map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText })).sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

const items = (r: CompletionItem[] | CompletionList | null): CompletionItem[] => (Array.isArray(r) ? r : (r?.items ?? []));

describe('a client that is not VS Code', () => {
  let lsp: LspClient;
  before(async () => {
    lsp = await LspClient.start();
  });
  after(async () => {
    await lsp.shutdown();
  });

  it('gets diagnostics for its first edit when it opened the document at version 0', async () => {
    const uri = lsp.open('mem/version-zero/handoff.yaml', example, 'yaml', 0);
    assert.deepEqual(await lsp.waitForDiagnostics(uri), []);
    const at = example.indexOf('authority: automatic') + 'authority: '.length;
    assert.equal(lsp.edit(uri, at, at + 'automatic'.length, 'sometimes'), 1);
    const diags = await lsp.waitForDiagnostics(uri, (d) => d.length > 0);
    const problem = diags.find((d) => d.code === 'schema');
    assert.ok(problem, JSON.stringify(diags));
    assert.equal(problem.range.start.line, example.slice(0, at).split('\n').length - 1);
    // And the edit after it, back to a clean packet.
    lsp.edit(uri, at, at + 'sometimes'.length, 'automatic');
    assert.deepEqual(await lsp.waitForDiagnostics(uri, (d) => d.length === 0), []);
    lsp.close(uri);
  });

  it('runs the lens commands itself: announced, and answering with a message and the locations', async () => {
    const uri = lsp.open('mem/lens/handoff.yaml', example);
    await lsp.waitForDiagnostics(uri);
    const provider = lsp.initializeResult.capabilities.executeCommandProvider;
    const lenses = await lsp.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.ok(lenses.length > 0);
    for (const lens of lenses) assert.ok(provider?.commands.includes(lens.command!.command), `${lens.command!.command} is one the server runs`);

    const owner = lenses.find((l) => l.command!.title.endsWith('4 references'))!;
    const id = example.split('\n')[owner.range.start.line].slice(owner.range.start.character).split(/\s/)[0];
    const shown = lsp.waitForNotification<{ message: string }>('window/showMessage');
    const locations = await lsp.request<Location[]>('workspace/executeCommand', owner.command);
    assert.equal(locations.length, 4);
    const lines = locations.map((l) => l.range.start.line + 1);
    assert.equal((await shown).message, `\`${id}\` is referenced 4 times: lines ${lines.slice(0, 3).join(', ')} and ${lines[3]}.`);

    const action = lenses.find((l) => l.command!.title === 'automatic · reversible')!;
    const readiness = lsp.waitForNotification<{ message: string }>('window/showMessage');
    await lsp.request('workspace/executeCommand', action.command);
    assert.match((await readiness).message, /^Readiness: \d of 9 questions answered\./);
    lsp.close(uri);
  });

  it('puts no VS Code command on completion items', async () => {
    const text = 'packet: 1\nexceptions:\n  queue:\n    \n';
    const uri = lsp.open('mem/no-retrigger/handoff.yaml', text);
    await lsp.waitForDiagnostics(uri);
    const list = items(await lsp.request('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 4 } }));
    const owner = list.find((i) => i.label === 'owner');
    assert.ok(owner);
    assert.equal(owner.command, undefined);
    lsp.close(uri);
  });

  it('offers the skeleton as a quick fix in an empty file, and it checks without schema errors', async () => {
    const uri = lsp.open('mem/empty/handoff.yaml', '');
    const [empty] = await lsp.waitForDiagnostics(uri);
    assert.match(empty.message, /empty/);
    const actions = await lsp.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: empty.range, context: { diagnostics: [empty] } });
    const start = actions.find((a) => a.title === 'Start from the packet skeleton');
    assert.ok(start, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(start.kind, 'quickfix');
    assert.deepEqual(start.diagnostics, [empty]);
    const edits = (start.edit!.documentChanges![0] as { edits: TextEdit[] }).edits;
    const filled = apply('', edits);
    assert.equal(filled, SKELETON);
    lsp.change(uri, filled);
    const after = await lsp.waitForDiagnostics(uri);
    assert.deepEqual(after.filter((d) => d.code === 'schema' || d.code === 'yaml-syntax'), []);
    lsp.close(uri);
  });

  it('keeps the comments of a comment-only file above the skeleton', async () => {
    const text = '# Partner triage, drafted with the ops team\n';
    const uri = lsp.open('mem/comments/handoff.yaml', text);
    await lsp.waitForDiagnostics(uri);
    const actions = await lsp.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, context: { diagnostics: [] } });
    const start = actions.find((a) => a.title === 'Start from the packet skeleton')!;
    assert.equal(apply(text, (start.edit!.documentChanges![0] as { edits: TextEdit[] }).edits), `${text}\n${SKELETON}`);
    lsp.close(uri);
  });

  it('offers no skeleton once the file has content', async () => {
    const uri = lsp.open('mem/content/handoff.yaml', 'packet: 1\n');
    const diags = await lsp.waitForDiagnostics(uri);
    const actions = await lsp.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: diags } });
    assert.equal(actions.find((a) => a.title === 'Start from the packet skeleton'), undefined);
    lsp.close(uri);
  });
});

describe('a client that cannot answer workspace/configuration', () => {
  it('takes the settings pushed with didChangeConfiguration', async () => {
    const lsp = await LspClient.start({ capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } } });
    try {
      const uri = lsp.open('mem/pushed/handoff.yaml', 'packet: 1\n');
      const before = await lsp.waitForDiagnostics(uri);
      assert.ok(before.some((d) => d.code === 'missing-section'));
      lsp.notify('workspace/didChangeConfiguration', { settings: { handoff: { rules: { 'missing-section': 'off' } } } });
      const off = await lsp.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'missing-section'));
      assert.deepEqual(off.filter((d) => d.code === 'missing-section'), []);
      lsp.notify('workspace/didChangeConfiguration', { settings: { handoff: { rules: { 'missing-section': 'info' } } } });
      const info = await lsp.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'missing-section'));
      assert.ok(info.filter((d) => d.code === 'missing-section').every((d) => d.severity === 3));
    } finally {
      await lsp.shutdown();
    }
  });
});

describe('our VS Code client, which names its own commands', () => {
  const commands = VSCODE_CLIENT_COMMANDS;
  let lsp: LspClient;
  before(async () => {
    lsp = await LspClient.start({ initializationOptions: { commands } });
  });
  after(async () => {
    await lsp.shutdown();
  });

  it('gets its commands in lenses and completions, and none of them among the server-run ids', async () => {
    const uri = lsp.open('mem/vscode/handoff.yaml', example);
    await lsp.waitForDiagnostics(uri);
    const lenses = await lsp.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual([...new Set(lenses.map((l) => l.command!.command))].sort(), ['handoff.showReadiness', 'handoff.showReferences']);
    // vscode-languageclient registers every executeCommand id as a VS Code command: ours must not be among them.
    const ids = lsp.initializeResult.capabilities.executeCommandProvider?.commands ?? [];
    for (const own of Object.values(commands)) assert.ok(!ids.includes(own), `${own} is left to the client`);

    const text = 'packet: 1\nexceptions:\n  queue:\n    \n';
    const keys = lsp.open('mem/vscode-keys/handoff.yaml', text);
    await lsp.waitForDiagnostics(keys);
    const list = items(await lsp.request('textDocument/completion', { textDocument: { uri: keys }, position: { line: 3, character: 4 } }));
    assert.equal(list.find((i) => i.label === 'owner')?.command?.command, 'editor.action.triggerSuggest');
  });
});

describe('the server started by hand', () => {
  it('without a transport, says how to run it and exits non-zero, without a stack trace', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'server.js')], { encoding: 'utf8', input: '', timeout: 10_000 });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /no transport given/);
    assert.match(run.stderr, /Usage: handoff-language-server --stdio/);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
    assert.equal(run.stdout, '');
  });

  it('with --help, prints the usage and exits 0', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'server.js'), '--help'], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(run.status, 0);
    assert.match(run.stdout, /--stdio/);
  });
});
