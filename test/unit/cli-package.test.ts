import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { ROOT } from '../support/fixtures';
import { copyFixture, ensureBuilt, tempDir } from './cli-harness';

// The published CLI as a user gets it: `npm pack` of packages/cli, installed
// from the tarball into an empty project with no network, run through npx.

const PACKAGE = join(ROOT, 'packages', 'cli');

/**
 * An environment for a nested npm: no npm_* variables from the npm that may
 * be running this test (they would point it at our project and its config),
 * offline, and a cache of its own so nothing from the machine's is used.
 */
function npmEnv(cache: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return { ...env, npm_config_offline: 'true', npm_config_cache: cache, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', NO_COLOR: '1' };
}

describe('the @handoff-packet/cli package', () => {
  let project = '';
  let env: NodeJS.ProcessEnv = {};
  let packed: string[] = [];
  const dir = tempDir();

  before(() => {
    ensureBuilt();
    env = npmEnv(join(dir, 'npm-cache'));
    const out = join(dir, 'tarball');
    mkdirSync(out);
    const json = execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: PACKAGE, env, encoding: 'utf8' });
    packed = (JSON.parse(json) as { files: { path: string }[] }[])[0].files.map((f) => f.path).sort();
    const tarball = join(out, readdirSync(out).find((n) => n.endsWith('.tgz'))!);
    project = join(dir, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'someone-elses-repo', version: '1.0.0', private: true }));
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, env, encoding: 'utf8' });
    copyFixture('valid/partner-triage/handoff.yaml', join(project, 'clean', 'handoff.yaml'));
    copyFixture('cli/problems/handoff.yaml', join(project, 'broken', 'handoff.yaml'));
  });

  it('is publishable and ships only what runs', () => {
    const manifest = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8'));
    assert.notEqual(manifest.private, true);
    assert.deepEqual(packed, ['LICENSE', 'README.md', 'dist/check-worker.js', 'dist/handoff.js', 'dist/language-server.js', 'package.json']);
    assert.equal(manifest.dependencies, undefined, 'the bundle needs nothing installed beside it');
    assert.equal(manifest.version, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version, 'handoff --version prints the root version');
  });

  it('installs without other packages', () => {
    assert.deepEqual(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.')), ['@handoff-packet']);
  });

  it('npx handoff check passes a clean packet and fails a broken one', () => {
    const clean = spawnSync('npx', ['--offline', 'handoff', 'check', 'clean'], { cwd: project, env, encoding: 'utf8' });
    assert.equal(clean.status, 0, clean.stderr + clean.stdout);
    assert.match(clean.stdout, /1 packet checked, no problems\./);
    const broken = spawnSync('npx', ['--offline', 'handoff', 'check', 'broken'], { cwd: project, env, encoding: 'utf8' });
    assert.equal(broken.status, 1, broken.stderr);
    assert.match(broken.stdout, /^broken\/handoff\.yaml:\d+:\d+ error /m);
  });

  it('handoff-language-server --stdio answers initialize and checks a packet', async () => {
    const bin = join(project, 'node_modules', '.bin', 'handoff-language-server');
    const proc = spawn(bin, ['--stdio'], { cwd: project, env, stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const exited = new Promise<number | null>((resolve) => proc.on('exit', resolve));
    const broken = pathToFileURL(join(project, 'broken', 'handoff.yaml')).href;
    const published = new Promise<{ uri: string; diagnostics: unknown[] }>((resolve) => {
      connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => {
        if (p.uri === broken) resolve(p);
      });
    });
    // The installed server checks in its worker thread; a missing worker file would say so here.
    const logs: string[] = [];
    connection.onNotification('window/logMessage', (p: { message: string }) => logs.push(p.message));
    connection.listen();
    try {
      const init = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(project).href, capabilities: {} })) as {
        serverInfo?: { name: string };
        capabilities: Record<string, unknown>;
      };
      assert.equal(init.serverInfo?.name, 'handoff-language-server');
      assert.ok(init.capabilities.completionProvider);
      await connection.sendNotification('initialized', {});
      const text = readFileSync(join(project, 'broken', 'handoff.yaml'), 'utf8');
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: broken, languageId: 'handoff', version: 1, text } });
      assert.ok((await published).diagnostics.length > 0, 'the broken packet gets diagnostics');
      assert.deepEqual(logs.filter((m) => /check worker|server thread/.test(m)), []);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      assert.equal(await exited, 0);
    } finally {
      connection.dispose();
      proc.kill();
    }
  });
});
