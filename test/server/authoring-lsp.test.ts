import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ClientCapabilities, CompletionItem, CompletionList, DocumentSymbol, Hover, MarkupContent, Position } from 'vscode-languageserver-protocol';
import { VSCODE_CLIENT_COMMANDS } from '../../server/src/features/lens-commands';
import { readFixture } from '../support/fixtures';
import { LspClient } from '../support/lsp-client';

// Every authoring request over stdio against the bundled server (dist/server.js,
// built by `npm run test:server`), through the shared test client.

type Server = LspClient;

/** As our VS Code client starts it, naming its own commands (other clients: any-client.test.ts). */
async function startServer(capabilities: ClientCapabilities, settings: Record<string, unknown>): Promise<Server> {
  return LspClient.start({ capabilities, settings, initializationOptions: { commands: VSCODE_CLIENT_COMMANDS } });
}

async function stop(server: Server): Promise<void> {
  await server.shutdown();
}

/** Opens a document whose text holds one `|` (taken out) and returns the cursor's position. */
async function open(server: Server, uri: string, withCursor: string): Promise<Position> {
  const offset = withCursor.indexOf('|');
  const text = offset < 0 ? withCursor : withCursor.slice(0, offset) + withCursor.slice(offset + 1);
  server.open(uri, text);
  // Opening validates at once: once diagnostics arrive the server has the document and the settings.
  await server.waitForDiagnostics(uri);
  const before = text.slice(0, Math.max(0, offset)).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

const items = (r: CompletionItem[] | CompletionList | null): CompletionItem[] => (Array.isArray(r) ? r : (r?.items ?? []));
const byOrder = (list: CompletionItem[]) => [...list].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((i) => i.label);

const FULL: ClientCapabilities = {
  workspace: { configuration: true },
  textDocument: {
    completion: { completionItem: { snippetSupport: true, insertTextModeSupport: { valueSet: [1, 2] }, documentationFormat: ['markdown'] } },
    hover: { contentFormat: ['markdown'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    rename: { prepareSupport: true },
  },
};

describe('authoring over LSP', () => {
  let server: Server;
  const example = readFixture('valid/partner-triage/handoff.yaml');
  const uri = (name: string) => `file:///authoring/${name}/handoff.yaml`;

  before(async () => {
    server = await startServer(FULL, { exceptionTypes: ['vendor_timeout'], rules: {} });
  });
  after(async () => {
    await stop(server);
  });

  it('announces every authoring capability', () => {
    for (const cap of ['completionProvider', 'hoverProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'selectionRangeProvider', 'definitionProvider', 'referencesProvider', 'documentHighlightProvider', 'renameProvider', 'codeLensProvider']) {
      assert.ok((server.initializeResult.capabilities as Record<string, unknown>)[cap], `${cap} announced`);
    }
    assert.deepEqual(server.initializeResult.capabilities.renameProvider, { prepareProvider: true });
  });

  it('completes authority values with their meaning as markdown', async () => {
    const pos = await open(server, uri('authority'), example.replace('      authority: automatic\n      reversible: true\n      undo: Delete the note', '      authority: |\n      reversible: true\n      undo: Delete the note'));
    const list = items(await server.request('textDocument/completion', { textDocument: { uri: uri('authority') }, position: pos }));
    assert.deepEqual(byOrder(list), ['automatic', 'approval', 'never']);
    const doc = list[0].documentation as MarkupContent;
    assert.equal(doc.kind, 'markdown');
    assert.match(doc.value, /by itself/);
    const edit = list[0].textEdit as { range: { start: Position; end: Position }; newText: string };
    assert.deepEqual(edit.range, { start: pos, end: pos });
    assert.equal(edit.newText, 'automatic');
  });

  it('completes owners with their role after owner:', async () => {
    const pos = await open(server, uri('owner'), example.replace('  queue:\n    owner: ops-lead', '  queue:\n    owner: |'));
    const list = items(await server.request('textDocument/completion', { textDocument: { uri: uri('owner') }, position: pos }));
    assert.deepEqual(byOrder(list), ['ops-lead', 'revops-lead', 'partner-manager', 'compliance-officer', 'platform-team']);
    assert.equal(list.find((i) => i.label === 'ops-lead')?.detail, 'Partner operations lead (Dana Ruiz)');
  });

  it('sends key skeletons as snippets inserted as they are, and reopens suggestions for ids', async () => {
    const pos = await open(server, uri('keys'), 'packet: 1\nexceptions:\n  |\n');
    const list = items(await server.request('textDocument/completion', { textDocument: { uri: uri('keys') }, position: pos }));
    assert.deepEqual(byOrder(list), ['queue', 'types']);
    const queue = list.find((i) => i.label === 'queue')!;
    assert.equal(queue.insertTextFormat, 2);
    assert.equal(queue.insertTextMode, 1);
    assert.equal((queue.textEdit as { newText: string }).newText, 'queue:\n    owner: ${1}\n    where: ${2}\n    backlog_limit: ${3}');

    const ownerPos = await open(server, uri('queue-keys'), 'packet: 1\nexceptions:\n  queue:\n    |\n');
    const owner = items(await server.request('textDocument/completion', { textDocument: { uri: uri('queue-keys') }, position: ownerPos })).find((i) => i.label === 'owner')!;
    assert.equal(owner.command?.command, 'editor.action.triggerSuggest');
  });

  it('offers exception types from the setting and from other open packets after the known ones', async () => {
    await open(server, uri('other-packet'), 'packet: 1\nexceptions:\n  types:\n    - type: stale_record\n');
    const pos = await open(server, uri('types'), 'packet: 1\nexceptions:\n  types:\n    - type: |\n');
    const list = items(await server.request('textDocument/completion', { textDocument: { uri: uri('types') }, position: pos }));
    const labels = byOrder(list);
    assert.deepEqual(labels.slice(0, 6), ['missing_source_data', 'duplicate_entity_match', 'conflicting_context', 'downstream_write_failure', 'low_confidence', 'unsupported_request']);
    // Then the setting's type, then those of the other open packets (the bundled example's own type among them).
    assert.equal(labels[6], 'vendor_timeout');
    assert.ok(labels.slice(7).includes('stale_record') && labels.slice(7).includes('sanctions_hit'), labels.join(', '));
  });

  it('hovers keys, values and ids with markdown and a range', async () => {
    await open(server, uri('hover'), example);
    const at = (needle: string, delta: number): Position => {
      const offset = example.indexOf(needle) + delta;
      const before = example.slice(0, offset).split('\n');
      return { line: before.length - 1, character: before[before.length - 1].length };
    };
    const h = (await server.request('textDocument/hover', { textDocument: { uri: uri('hover') }, position: at('backlog_limit: 25', 2) })) as Hover;
    assert.equal((h.contents as MarkupContent).kind, 'markdown');
    assert.match((h.contents as MarkupContent).value, /backed up/);
    assert.deepEqual(h.range, { start: at('backlog_limit: 25', 0), end: at('backlog_limit: 25', 'backlog_limit'.length) });
    const id = (await server.request('textDocument/hover', { textDocument: { uri: uri('hover') }, position: at('approver: partner-manager', 12) })) as Hover;
    assert.match((id.contents as MarkupContent).value, /Partner manager on duty/);
    const none = await server.request('textDocument/hover', { textDocument: { uri: uri('hover') }, position: { line: 0, character: 3 } });
    assert.equal(none, null, 'a comment has no hover');
  });

  it('gives a hierarchical outline, folding ranges and selection ranges', async () => {
    await open(server, uri('outline'), example);
    const symbols = (await server.request('textDocument/documentSymbol', { textDocument: { uri: uri('outline') } })) as DocumentSymbol[];
    assert.equal(symbols.length, 13);
    const owners = symbols.find((s) => s.name === 'owners')!;
    assert.deepEqual(owners.children?.map((c) => c.name), ['ops-lead', 'revops-lead', 'partner-manager', 'compliance-officer', 'platform-team']);
    const folds = (await server.request('textDocument/foldingRange', { textDocument: { uri: uri('outline') } })) as { startLine: number; endLine: number }[];
    const workflowLine = example.split('\n').indexOf('workflow:');
    assert.ok(folds.some((f) => f.startLine === workflowLine && f.endLine > workflowLine + 10));
    const sel = (await server.request('textDocument/selectionRange', { textDocument: { uri: uri('outline') }, positions: [{ line: workflowLine + 1, character: 10 }] })) as { range: unknown; parent?: unknown }[];
    let depth = 0;
    for (let s: { parent?: unknown } | undefined = sel[0]; s; s = s.parent as { parent?: unknown } | undefined) depth++;
    assert.ok(depth >= 4, `selection grows through several ranges (${depth})`);
  });

  it('navigates ids: definition, references, highlights', async () => {
    const text = readFixture('authoring/navigation/owner-ids.yaml');
    const pos = await open(server, uri('nav'), text);
    const defs = (await server.request('textDocument/definition', { textDocument: { uri: uri('nav') }, position: { line: 12, character: 14 } })) as { uri: string; range: { start: Position } }[];
    assert.deepEqual(defs.map((d) => [d.uri, d.range.start]), [[uri('nav'), { line: pos.line, character: '  - id: '.length }]]);
    const refs = (await server.request('textDocument/references', { textDocument: { uri: uri('nav') }, position: pos, context: { includeDeclaration: false } })) as { range: { start: Position } }[];
    assert.deepEqual(refs.map((r) => r.range.start.line), [12, 15, 18]);
    const hl = (await server.request('textDocument/documentHighlight', { textDocument: { uri: uri('nav') }, position: pos })) as { kind: number }[];
    assert.deepEqual(hl.map((h) => h.kind), [2, 2, 2, 3]);
  });

  it('renames an id everywhere and refuses a bad name with a clear message', async () => {
    const text = readFixture('authoring/navigation/owner-ids.yaml');
    const pos = await open(server, uri('rename'), text);
    const prepared = (await server.request('textDocument/prepareRename', { textDocument: { uri: uri('rename') }, position: pos })) as { placeholder: string };
    assert.equal(prepared.placeholder, 'ops-lead');
    const edit = (await server.request('textDocument/rename', { textDocument: { uri: uri('rename') }, position: pos, newName: 'queue-lead' })) as { changes: Record<string, { newText: string }[]> };
    assert.equal(edit.changes[uri('rename')].length, 4);
    await assert.rejects(server.request('textDocument/rename', { textDocument: { uri: uri('rename') }, position: pos, newName: 'revops-lead' }), /already has the id "revops-lead"/);
    await assert.rejects(server.request('textDocument/prepareRename', { textDocument: { uri: uri('rename') }, position: { line: 0, character: 2 } }), /Only ids can be renamed/);
  });

  it('shows code lenses on owners and actions', async () => {
    await open(server, uri('lens'), example);
    const lenses = (await server.request('textDocument/codeLens', { textDocument: { uri: uri('lens') } })) as { command: { title: string } }[];
    const titles = lenses.map((l) => l.command.title);
    assert.ok(titles.includes('owns 2 of 5 responsibilities · 4 references'), titles.join('\n'));
    assert.ok(titles.includes('automatic · reversible'));
    assert.ok(titles.includes('never · reversibility not stated'));
  });

  it('makes each lens open what it counts: the references peek for an owner, the readiness list for an action', async () => {
    await open(server, uri('lens-click'), example);
    const lenses = (await server.request('textDocument/codeLens', { textDocument: { uri: uri('lens-click') } })) as { range: { start: Position }; command: { title: string; command: string; arguments?: unknown[] } }[];
    const owner = lenses.find((l) => l.command.title === 'owns 2 of 5 responsibilities · 4 references')!;
    assert.equal(owner.command.command, 'handoff.showReferences');
    const [docUri, at, locations] = owner.command.arguments as [string, Position, { uri: string; range: { start: Position } }[]];
    assert.equal(docUri, uri('lens-click'));
    assert.deepEqual(at, owner.range.start);
    const lines = example.split('\n');
    const id = lines[at.line].slice(at.character).split(/\s/)[0];
    assert.equal(locations.length, 4);
    for (const l of locations) {
      assert.equal(l.uri, uri('lens-click'));
      assert.equal(lines[l.range.start.line].slice(l.range.start.character, l.range.start.character + id.length), id, 'each location is a use of the owner id');
    }
    const action = lenses.find((l) => l.command.title === 'automatic · reversible')!;
    assert.deepEqual({ command: action.command.command, arguments: action.command.arguments }, { command: 'handoff.showReadiness', arguments: undefined });
  });
});

describe('authoring over LSP, a client without snippets', () => {
  it('inserts plain text', async () => {
    const server = await startServer({ textDocument: { completion: { completionItem: { snippetSupport: false } } } }, {});
    try {
      const u = 'file:///authoring/plain/handoff.yaml';
      const pos = await open(server, u, 'packet: 1\npermissions:\n  actions:\n    - id: a\n      |\n');
      const list = items(await server.request('textDocument/completion', { textDocument: { uri: u }, position: pos }));
      const authority = list.find((i) => i.label === 'authority')!;
      assert.notEqual(authority.insertTextFormat, 2);
      assert.equal((authority.textEdit as { newText: string }).newText, 'authority: ');
      assert.equal(authority.command?.command, 'editor.action.triggerSuggest');
      // Without asIs support the client indents inserted lines by the current line: the server takes its share off.
      const pos2 = await open(server, 'file:///authoring/plain2/handoff.yaml', 'packet: 1\nexceptions:\n  |\n');
      const queue = items(await server.request('textDocument/completion', { textDocument: { uri: 'file:///authoring/plain2/handoff.yaml' }, position: pos2 })).find((i) => i.label === 'queue')!;
      assert.equal((queue.textEdit as { newText: string }).newText, 'queue:\n  owner:\n  where:\n  backlog_limit:');
    } finally {
      await stop(server);
    }
  });
});
