import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lsp-client';

// Format Document and Format Selection over LSP, against the bundled server.

const FOUR = [
  '# Partner triage, written with four spaces',
  'packet: 1',
  'workflow:',
  '    name:    Partner triage   # the name reviewers see',
  '    summary: >-',
  '        Reads each application and drafts a disposition.',
  'steps:',
  '    -   id: intake',
  '        # the first thing that happens',
  '        next: [ screen ]',
  '',
].join('\n');

const TWO = [
  '# Partner triage, written with four spaces',
  'packet: 1',
  'workflow:',
  '  name: Partner triage   # the name reviewers see',
  '  summary: >-',
  '    Reads each application and drafts a disposition.',
  'steps:',
  '  - id: intake',
  '    # the first thing that happens',
  '    next: [ screen ]',
  '',
].join('\n');

const apply = (text: string, edits: TextEdit[] | null) => TextDocument.applyEdits(TextDocument.create('file:///x', 'handoff', 1, text), edits ?? []);

describe('formatting over LSP', () => {
  let server: LspClient;
  before(async () => {
    server = await LspClient.start();
  });
  after(async () => {
    await server.shutdown();
  });

  it('announces Format Document and Format Selection', () => {
    assert.equal(server.initializeResult.capabilities.documentFormattingProvider, true);
    assert.equal(server.initializeResult.capabilities.documentRangeFormattingProvider, true);
  });

  it('Format Document re-indents to two spaces and keeps every comment where it was', async () => {
    const uri = server.open('file:///formatting/whole/handoff.yaml', FOUR);
    await server.waitForDiagnostics(uri);
    const edits = await server.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
    assert.equal(apply(FOUR, edits), TWO);
  });

  it('Format Selection changes only the selected lines', async () => {
    const uri = server.open('file:///formatting/range/handoff.yaml', FOUR);
    await server.waitForDiagnostics(uri);
    const range = { start: { line: 2, character: 0 }, end: { line: 6, character: 0 } };
    const edits = await server.request<TextEdit[]>('textDocument/rangeFormatting', { textDocument: { uri }, range, options: { tabSize: 2, insertSpaces: true } });
    const lines = apply(FOUR, edits).split('\n');
    assert.deepEqual(lines.slice(0, 6), TWO.split('\n').slice(0, 6));
    assert.deepEqual(lines.slice(6), FOUR.split('\n').slice(6));
  });

  it('gives no edits for a packet that does not parse', async () => {
    const broken = FOUR.replace('next: [ screen ]', 'next: [ screen');
    const uri = server.open('file:///formatting/broken/handoff.yaml', broken);
    await server.waitForDiagnostics(uri);
    const edits = await server.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(edits, []);
  });
});
