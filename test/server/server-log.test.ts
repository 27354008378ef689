import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { readFixture, ROOT } from '../support/fixtures';
import { LspClient } from '../support/lsp-client';

// What the server tells the user in its log (the editor's Output panel for
// the extension, window/logMessage for any client), read as a client gets it.

const WRONG_AUTHORITY = readFixture('e2e/wrong-authority/handoff.yaml');

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-log-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('the server log', () => {
  it('says so when checks run on the server thread because the check worker is not beside the server, and still checks', async () => {
    // The bundle alone, as an editor that ships only server.js would start it.
    const dir = tempDir();
    copyFileSync(join(ROOT, 'dist', 'server.js'), join(dir, 'server.js'));
    const lsp = await LspClient.start({ serverPath: join(dir, 'server.js') });
    after(() => lsp.shutdown());
    const uri = lsp.open('mem/handoff.yaml', WRONG_AUTHORITY);
    const diagnostics = await lsp.waitForDiagnostics(uri);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['schema'],
      'the wrong authority is still reported',
    );
    const line = await lsp.waitForLog(/checks run on the server thread/);
    assert.equal(line, `checks run on the server thread: ${join(dir, 'check-worker.js')} is missing`);
  });

  it('logs a problem of a .handoffrc.yaml with its file, line and column, after publishing it on the file', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'packets'));
    const rc = join(dir, '.handoffrc.yaml');
    writeFileSync(rc, 'rules:\n  vage-boundary: off\n');
    const lsp = await LspClient.start();
    after(() => lsp.shutdown());
    lsp.open(pathToFileURL(join(dir, 'packets', 'handoff.yaml')).href, WRONG_AUTHORITY);
    // The log line follows this publish on the wire: read at once, `logs` would still lack it.
    await lsp.waitForDiagnostics(pathToFileURL(rc).href);
    const line = await lsp.waitForLog(/vage-boundary/);
    assert.equal(line, `${pathToFileURL(rc).href}:2:3: rules: Unknown rule id "vage-boundary". Rule ids are listed in docs/rules/.`);
  });
});
