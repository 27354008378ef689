// Every member of the hostile-input corpus opened in the bundled server:
// its diagnostics arrive and name the problem, an edit to it is read again
// (a second parse of a deep file used to abort the process), the server's
// memory stays bounded, and afterwards completion and hover still answer on
// another document.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { expectationProblem, hostileCorpus } from '../fuzz/hostile-corpus';
import { guarded, LspClient, ResponseError } from '../fuzz/lsp-client';
import { validExamples } from '../support/fixtures';

/** Hang guard per step: generous, since the 50 MB member crosses the pipe as JSON. */
const GUARD_MS = 30_000;
const RSS_GROWTH_CEILING = 500 * 1024 * 1024;

function rssOf(pid: number | undefined): number | undefined {
  const status = `/proc/${pid}/status`;
  if (pid === undefined || !existsSync(status)) return undefined;
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(status, 'utf8'))?.[1];
  return kb ? Number(kb) * 1024 : undefined;
}

describe('hostile input: the server answers every member and keeps serving', () => {
  const corpus = hostileCorpus();
  const bystander = { uri: 'file:///bystander/handoff.yaml', text: validExamples()[0].text };
  let client: LspClient;
  let version = 0;

  before(async () => {
    client = await LspClient.start({ settings: () => ({ rules: {}, exceptionTypes: [] }) });
    const ready = client.waitForDiagnostics(bystander.uri, () => true, GUARD_MS);
    client.notify('textDocument/didOpen', { textDocument: { uri: bystander.uri, languageId: 'handoff', version: 1, text: bystander.text } });
    await ready;
  });

  after(async () => {
    await client?.stop();
  });

  /** Completion and hover on the bystander: an answer, not an error (unless the feature is not there yet). */
  async function bystanderAnswers(): Promise<void> {
    const line = bystander.text.split('\n').findIndex((l) => /^workflow:/.test(l));
    for (const [method, capability] of [
      ['textDocument/completion', 'completionProvider'],
      ['textDocument/hover', 'hoverProvider'],
    ] as const) {
      const params = { textDocument: { uri: bystander.uri }, position: { line: line + 1, character: 2 } };
      try {
        await guarded(client.request(method, params), GUARD_MS, method);
      } catch (err) {
        const unsupported = err instanceof ResponseError && err.code === -32601 && !client.capabilities[capability];
        if (!unsupported) throw err;
      }
    }
  }

  for (const c of corpus) {
    test(`${c.name}: diagnostics that name it, an edit read again, and the server still serving`, async () => {
      const uri = `file:///hostile/${encodeURIComponent(c.name)}/handoff.yaml`;
      const text = c.text();
      const rssBefore = rssOf(client.process.pid);
      const opened = ++version;
      const first = client.waitForDiagnostics(uri, (p) => p.version === opened, GUARD_MS);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'handoff', version: opened, text } });
      const published = await first;
      const diagnostics = published.diagnostics.map((d) => ({ rule: String(d.code), severity: ['', 'error', 'warning', 'info', 'info'][d.severity ?? 1], message: d.message }));
      const problem = expectationProblem(c.name, diagnostics);
      assert.equal(problem, undefined, problem);

      // A second version: the parse runs again on the same hostile content.
      const edited = ++version;
      const second = client.waitForDiagnostics(uri, (p) => p.version === edited, GUARD_MS);
      client.notify('textDocument/didChange', { textDocument: { uri, version: edited }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '# edited\n' }] });
      await second;

      await bystanderAnswers();
      client.notify('textDocument/didClose', { textDocument: { uri } });
      assert.equal(client.crashed, false, `the server exited: ${JSON.stringify(client.exited)}\n${client.stderr}`);
      const rssAfter = rssOf(client.process.pid);
      if (rssBefore !== undefined && rssAfter !== undefined) assert.ok(rssAfter - rssBefore < RSS_GROWTH_CEILING, `server memory grew by ${Math.round((rssAfter - rssBefore) / 1e6)} MB`);
    });
  }

  test('after the whole corpus the server still answers and has not crashed', async () => {
    await bystanderAnswers();
    assert.equal(client.crashed, false, client.stderr);
  });
});
