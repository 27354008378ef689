// The server's side of crash handling: the client restarts the server only
// when it ends unasked, so a clean stop must look clean (exit code 0), an
// exit without shutdown must not (code 1), and a server whose client is gone
// must end by itself instead of lingering.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { guarded, LspClient } from '../fuzz/lsp-client';

const GUARD_MS = 15_000;

function exited(client: LspClient): Promise<NonNullable<LspClient['exited']>> {
  return guarded(
    new Promise((resolve) => {
      if (client.exited) return resolve(client.exited);
      client.onExit(() => resolve(client.exited!));
    }),
    GUARD_MS,
    'server exit',
  );
}

describe('server lifecycle, as the client sees it', () => {
  test('shutdown then exit ends the process with code 0', async () => {
    const client = await LspClient.start();
    await guarded(client.request('shutdown', null), GUARD_MS, 'shutdown');
    client.notify('exit', null);
    assert.deepEqual(await exited(client), { code: 0, signal: null });
  });

  test('exit without shutdown ends it with code 1, which the client treats as a crash', async () => {
    const client = await LspClient.start();
    client.notify('exit', null);
    assert.equal((await exited(client)).code, 1);
  });

  test('when the client goes away (its end of the pipe closes) the server ends by itself', async () => {
    const client = await LspClient.start();
    client.connection.dispose();
    client.process.stdin!.end();
    const end = await exited(client);
    assert.ok(end.code !== null || end.signal !== null);
  });
});
