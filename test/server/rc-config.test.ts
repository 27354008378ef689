import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { FIXTURES } from '../support/fixtures';
import { DEFAULT_CAPABILITIES, LspClient } from '../support/lsp-client';

// The language server reads the nearest .handoffrc.yaml above each packet,
// as `handoff check` does, with the editor settings on top, and re-checks
// when such a file changes.

const PACKET = readFileSync(join(FIXTURES, 'cli', 'warnings', 'queue.handoff.yaml'), 'utf8'); // one unknown-key warning

const CAPABILITIES = { ...DEFAULT_CAPABILITIES, workspace: { ...DEFAULT_CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: true } } };

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-rc-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'team', 'packets'), { recursive: true });
  writeFileSync(join(dir, 'team', 'packets', 'queue.handoff.yaml'), PACKET);
  return dir;
}

const severityOf = (list: Diagnostic[], code: string) => list.find((d) => d.code === code)?.severity;

describe('.handoffrc.yaml in the language server', () => {
  it('applies the nearest file above the packet, re-checks when it changes, and lets settings win', async () => {
    const dir = workspace();
    writeFileSync(join(dir, '.handoffrc.yaml'), 'rules:\n  unknown-key: off\n');
    writeFileSync(join(dir, 'team', '.handoffrc.yaml'), 'rules:\n  unknown-key: error\n');
    const lsp = await LspClient.start({ capabilities: CAPABILITIES });
    after(() => lsp.shutdown());
    const uri = lsp.open(pathToFileURL(join(dir, 'team', 'packets', 'queue.handoff.yaml')).href, PACKET);
    const first = await lsp.waitForDiagnostics(uri);
    assert.equal(severityOf(first, 'unknown-key'), 1, 'the nearer file (team/) raises it to an error');
    assert.ok(
      lsp.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles' && JSON.stringify(r.registerOptions).includes('.handoffrc.yaml')),
      'the server asks the client to watch config files',
    );

    writeFileSync(join(dir, 'team', '.handoffrc.yaml'), 'rules:\n  unknown-key: info\n');
    lsp.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, 'team', '.handoffrc.yaml')).href, type: 2 }] });
    await lsp.waitForDiagnostics(uri, (d) => severityOf(d, 'unknown-key') === 3);

    rmSync(join(dir, 'team', '.handoffrc.yaml'));
    lsp.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(join(dir, 'team', '.handoffrc.yaml')).href, type: 3 }] });
    await lsp.waitForDiagnostics(uri, (d) => severityOf(d, 'unknown-key') === undefined);
  });

  it('puts the editor settings on top of the file', async () => {
    const dir = workspace();
    writeFileSync(join(dir, '.handoffrc.yaml'), 'rules:\n  unknown-key: off\n');
    const lsp = await LspClient.start({ settings: { rules: { 'unknown-key': 'error' } } });
    after(() => lsp.shutdown());
    const uri = lsp.open(pathToFileURL(join(dir, 'team', 'packets', 'queue.handoff.yaml')).href, PACKET);
    assert.equal(severityOf(await lsp.waitForDiagnostics(uri), 'unknown-key'), 1);
  });

  it('reports a bad rule id or severity on the config file, at its line, and keeps the rest', async () => {
    const dir = workspace();
    const rc = join(dir, 'team', '.handoffrc.yaml');
    writeFileSync(rc, 'rules:\n  unknown-key: error\n  vage-boundary: off\n  vague-boundary: loud\n');
    const lsp = await LspClient.start();
    after(() => lsp.shutdown());
    const uri = lsp.open(pathToFileURL(join(dir, 'team', 'packets', 'queue.handoff.yaml')).href, PACKET);
    assert.equal(severityOf(await lsp.waitForDiagnostics(uri), 'unknown-key'), 1, 'the valid entry applies');
    const problems = await lsp.waitForDiagnostics(pathToFileURL(rc).href);
    assert.deepEqual(
      problems.map((d) => [d.range.start.line, d.range.start.character, d.severity]),
      [
        [2, 2, 1],
        [3, 18, 1],
      ],
    );
    assert.match(problems[0].message, /Unknown rule id "vage-boundary"/);
    assert.match(problems[1].message, /severity must be off, info, warning or error, not "loud"/);
  });
});
