import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { AbstractMessageReader, AbstractMessageWriter, createMessageConnection, type DataCallback, type Message, type MessageConnection } from 'vscode-jsonrpc';
import type { CompletionItem, CompletionList, Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { readFixture, ROOT } from '../support/fixtures';
import { DEFAULT_CAPABILITIES, LspClient } from '../support/lsp-client';

// The web extension's language server (dist/web/server.js, built by
// `node esbuild.mjs`) in a real Web Worker in headless Chromium, spoken to
// over postMessage exactly as the browser client does. It must answer
// initialize, publish diagnostics and answer completion as the Node server
// does over stdio, and load nothing but its own script.

const WORKER_JS = join(ROOT, 'dist', 'web', 'server.js');
const TIMEOUT_MS = 20_000;
// No icon request: the page asks for nothing the test does not serve.
const PAGE = `<!DOCTYPE html><meta charset="utf-8"><link rel="icon" href="data:,"><title>worker</title><script>
  window.__worker = new Worker('/server.js');
  window.__worker.onmessage = (e) => window.__toNode(e.data);
  window.__worker.onerror = (e) => window.__workerError(String(e.message));
</script>`;

let http: Server;
let origin = '';
let profile = '';
let context: BrowserContext;
const requests: string[] = [];

before(async () => {
  const script = readFileSync(WORKER_JS);
  http = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    else if (req.url === '/server.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  assert.ok(address && typeof address === 'object');
  origin = `http://127.0.0.1:${address.port}`;
  profile = mkdtempSync(join(tmpdir(), 'handoff-web-worker-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.HANDOFF_E2E_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

after(async () => {
  await context?.close();
  await new Promise((resolve) => http?.close(resolve));
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** JSON-RPC to the worker in `page`: messages cross into the page with evaluate and come back through an exposed function. */
class WorkerReader extends AbstractMessageReader {
  private callback: DataCallback | undefined;
  private readonly early: Message[] = [];
  deliver(message: Message): void {
    if (this.callback) this.callback(message);
    else this.early.push(message);
  }
  fail(message: string): void {
    this.fireError(new Error(message));
  }
  listen(callback: DataCallback) {
    this.callback = callback;
    for (const m of this.early.splice(0)) callback(m);
    return { dispose: () => (this.callback = undefined) };
  }
}

class WorkerWriter extends AbstractMessageWriter {
  constructor(private readonly page: Page) {
    super();
  }
  async write(message: Message): Promise<void> {
    await this.page.evaluate((m) => (window as unknown as { __worker: Worker }).__worker.postMessage(m), message);
  }
  end(): void {}
}

interface WorkerServer {
  connection: MessageConnection;
  problems: string[];
  diagnostics(uri: string, version: number): Promise<Diagnostic[]>;
}

async function startWorker(page: Page): Promise<WorkerServer> {
  const reader = new WorkerReader();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.exposeFunction('__toNode', (m: Message) => reader.deliver(m));
  await page.exposeFunction('__workerError', (m: string) => {
    problems.push(`worker error: ${m}`);
    reader.fail(m);
  });
  await page.goto(`${origin}/`);
  const connection = createMessageConnection(reader, new WorkerWriter(page));
  const published = new Map<string, PublishDiagnosticsParams>();
  const waiters: { test: (p: PublishDiagnosticsParams) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.set(p.uri, p);
    for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i].test(p)) waiters.splice(i, 1)[0].resolve(p.diagnostics);
  });
  connection.onNotification('window/logMessage', (p: { message: string }) => problems.push(`log: ${p.message}`));
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  connection.onRequest(() => null);
  connection.listen();
  return {
    connection,
    problems,
    diagnostics: (uri, version) => {
      const test = (p: PublishDiagnosticsParams) => p.uri === uri && p.version === version;
      const have = published.get(uri);
      if (have && test(have)) return Promise.resolve(have.diagnostics);
      return within(new Promise((resolve) => waiters.push({ test, resolve })), `diagnostics for ${uri} v${version}`, problems);
    },
  };
}

function within<T>(p: Promise<T>, what: string, problems: string[]): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const failed = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} from the worker within ${TIMEOUT_MS} ms\n${problems.join('\n')}`)), TIMEOUT_MS);
  });
  return Promise.race([p, failed]).finally(() => clearTimeout(timer));
}

const labels = (r: CompletionItem[] | CompletionList | null) => (Array.isArray(r) ? r : (r?.items ?? [])).map((i) => i.label);
const shape = (list: Diagnostic[]) => list.map((d) => ({ code: d.code, severity: d.severity, range: d.range, message: d.message })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('language server in a Web Worker (the web extension)', () => {
  it('answers initialize, diagnostics and completion over postMessage as the Node server does', async () => {
    const page = await context.newPage();
    const worker = await startWorker(page);
    const { connection, problems } = worker;
    const node = await LspClient.start();
    try {
      const init = await within(
        connection.sendRequest('initialize', { processId: null, rootUri: null, workspaceFolders: null, capabilities: DEFAULT_CAPABILITIES }) as Promise<InitializeResult>,
        'initialize result',
        problems,
      );
      assert.equal(init.serverInfo?.name, 'handoff-language-server');
      assert.deepEqual(init.capabilities, node.initializeResult.capabilities, 'the worker announces what the Node server announces');
      await connection.sendNotification('initialized', {});

      // A packet that names an owner nobody declared, opened and then edited.
      const broken = readFixture('invalid/structure/unknown-reference.yaml');
      const uri = 'vscode-vfs://github/acme/ops/handoff.yaml';
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'handoff', version: 1, text: broken } });
      const opened = await worker.diagnostics(uri, 1);
      assert.ok(opened.some((d) => d.code === 'unknown-reference'), `the unknown owner is reported: ${JSON.stringify(opened.map((d) => d.code))}`);
      const nodeUri = node.open('mem/unknown-reference/handoff.yaml', broken);
      assert.deepEqual(shape(opened), shape(await node.waitForDiagnostics(nodeUri)));

      // An edit that breaks the YAML: the worker re-checks the new version.
      const edited = `${broken}\n  : [unclosed\n`;
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
      const after = await worker.diagnostics(uri, 2);
      node.change(nodeUri, edited);
      assert.deepEqual(shape(after), shape(await node.waitForDiagnostics(nodeUri)));
      assert.notDeepEqual(shape(after), shape(opened), 'the edit changed what is reported');

      // Completion of an exception type at the cursor of the authoring fixture.
      const marked = readFixture('authoring/completion/exception-type.yaml');
      const at = marked.indexOf('|');
      const text = marked.slice(0, at) + marked.slice(at + 1);
      const head = text.slice(0, at);
      const position = { line: head.split('\n').length - 1, character: at - (head.lastIndexOf('\n') + 1) };
      const cUri = 'vscode-vfs://github/acme/ops/exceptions.handoff.yaml';
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: cUri, languageId: 'handoff', version: 1, text } });
      const items = labels(await within(connection.sendRequest('textDocument/completion', { textDocument: { uri: cUri }, position }), 'completion', problems));
      assert.ok(items.includes('missing_source_data'), `known exception types offered: ${items.join(', ')}`);
      const nodeC = node.open('mem/exceptions.handoff.yaml', text);
      assert.deepEqual(items, labels(await node.request('textDocument/completion', { textDocument: { uri: nodeC }, position })));

      await within(connection.sendRequest('shutdown'), 'shutdown answer', problems);
      assert.deepEqual(problems.filter((p) => !p.startsWith('log:')), []);
      assert.deepEqual([...new Set(requests)].sort(), ['/', '/server.js'], 'the worker loads nothing but its own script');
    } finally {
      connection.dispose();
      await node.shutdown();
      await page.close();
    }
  });
});
