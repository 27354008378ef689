import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { parse } from 'yaml';
// @ts-expect-error: a plain .mjs build script without types
import { actionBuilds, nodeCommon } from '../../scripts/action-builds.mjs';
import { ROOT } from '../support/fixtures';
import { copyFixture, tempDir } from './cli-harness';

// The GitHub Action's entry, run as the runner runs it: `node` on the file
// action.yml names as `runs.main`, with a GITHUB_* environment, INPUT_*
// variables, a recorded pull_request event, and a small HTTP server on
// 127.0.0.1 standing in for the GitHub API.

interface Comment {
  id: number;
  body: string;
}

/** The part of the issues API the Action uses, with what it was asked. */
function fakeApi() {
  const comments: Comment[] = [];
  const requests: { method: string; path: string; auth?: string }[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      requests.push({ method: req.method ?? '', path, auth: req.headers.authorization });
      const send = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.method === 'GET' && path === '/repos/acme/packets/issues/7/comments') return send(200, [{ id: 99, body: 'someone else' }, ...comments]);
      if (req.method === 'POST' && path === '/repos/acme/packets/issues/7/comments') {
        const c = { id: comments.length + 1, body: JSON.parse(body).body };
        comments.push(c);
        return send(201, c);
      }
      const edit = /^\/repos\/acme\/packets\/issues\/comments\/(\d+)$/.exec(path);
      const target = edit && comments.find((c) => c.id === Number(edit[1]));
      if (req.method === 'PATCH' && target) {
        target.body = JSON.parse(body).body;
        return send(200, target);
      }
      send(404, { message: 'Not Found' });
    });
  });
  return { server, comments, requests };
}

function run(bundle: string, cwd: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|INPUT_|RUNNER_|npm_)/.test(k))) as Record<string, string>;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle], { cwd, env: { ...base, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the GitHub Action', () => {
  const dir = tempDir();
  const repo = join(dir, 'repo');
  // The file action.yml names, in a copy of the action/dist the build writes.
  const main = (parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { runs: { main: string } }).runs.main;
  const bundle = join(dir, main);
  const api = fakeApi();
  let env: Record<string, string> = {};
  after(() => api.server.close());

  before(async () => {
    // Today's sources, built as `npm run build:action` builds the committed bundles.
    for (const options of actionBuilds(nodeCommon) as esbuild.BuildOptions[]) {
      await esbuild.build({ ...options, absWorkingDir: ROOT, outdir: join(dir, options.outdir!) });
    }
    mkdirSync(repo);
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd: repo, encoding: 'utf8' }).trim();
    git('init', '-q');
    copyFixture('diff/new-output-action/old.yaml', join(repo, 'packets', 'handoff.yaml'));
    copyFixture('cli/problems/handoff.yaml', join(repo, 'broken', 'handoff.yaml'));
    copyFixture('cli/warnings/queue.handoff.yaml', join(repo, 'warn', 'queue.handoff.yaml'));
    git('add', '.');
    git('commit', '-qm', 'base');
    const sha = git('rev-parse', 'HEAD');
    copyFixture('diff/new-output-action/new.yaml', join(repo, 'packets', 'handoff.yaml'));
    const eventPath = join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, base: { ref: 'main', sha } } }));
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    env = {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/packets',
      GITHUB_WORKSPACE: repo,
      GITHUB_API_URL: `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`,
      GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
      INPUT_PATHS: 'packets\nbroken',
      'INPUT_FAIL-ON': 'error',
      'INPUT_SARIF-FILE': 'handoff.sarif',
      INPUT_COMMENT: 'true',
      'INPUT_GITHUB-TOKEN': 'test-token',
    };
  });

  it('annotates problems, fails on an error, summarises readiness and writes SARIF', async () => {
    const r = await run(bundle, dir, env);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /^Change-impact comment created on #7\.$/m, r.stdout);
    assert.match(r.stdout, /^::error file=broken\/handoff\.yaml,line=97,col=17,endLine=97,endColumn=\d+,title=handoff unknown-reference::No owner has the id "partner-mgr"/m);
    assert.match(r.stdout, /^::warning file=broken\/handoff\.yaml,line=119,col=5,/m);
    const summary = readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8');
    assert.match(summary, /^\| `broken\/handoff\.yaml` \| 8\/9, open: [^|]+ \| 1 \| 1 \| 0 \|$/m);
    assert.match(summary, /^\| `packets\/handoff\.yaml` \| [^|]+ \| 0 \| \d+ \| \d+ \|$/m);
    const sarif = JSON.parse(readFileSync(join(repo, 'handoff.sarif'), 'utf8'));
    assert.ok(sarif.runs[0].results.some((x: { ruleId: string }) => x.ruleId === 'unknown-reference'));
  });

  it('comments the change impact once, and edits that comment on the next push', async () => {
    const comments = api.comments;
    assert.equal(comments.length, 1, 'the first run added the comment');
    const [first] = comments;
    assert.match(first.body, /^<!-- handoff-packet:change-impact -->\n### Change impact: /);
    assert.match(first.body, /^### Change impact: packets\/handoff\.yaml$/m);
    assert.match(first.body, /\| \*\*review_required\*\* \| `new-output-action` \| `packets\/handoff\.yaml:\d+:\d+` \| Adds action tag-company with authority automatic\. \|/);
    assert.ok(api.requests.every((q) => q.auth === 'Bearer test-token'));

    copyFixture('diff/new-output-action/old.yaml', join(repo, 'packets', 'handoff.yaml'));
    api.requests.length = 0;
    const again = await run(bundle, dir, env);
    assert.equal(again.code, 1);
    assert.deepEqual(
      api.requests.map((q) => `${q.method} ${q.path}`),
      ['GET /repos/acme/packets/issues/7/comments', 'PATCH /repos/acme/packets/issues/comments/1'],
    );
    assert.equal(comments.length, 1, 'still one comment');
    assert.doesNotMatch(comments[0].body, /tag-company/, 'the comment says what the packet is now');
  });

  it('passes with fail-on never, and fails on warnings with fail-on warning', async () => {
    const quiet = await run(bundle, dir, { ...env, GITHUB_EVENT_NAME: 'push', 'INPUT_FAIL-ON': 'never' });
    assert.equal(quiet.code, 0, quiet.stdout);
    const warned = await run(bundle, dir, { ...env, GITHUB_EVENT_NAME: 'push', INPUT_PATHS: 'warn', 'INPUT_FAIL-ON': 'warning' });
    const clean = await run(bundle, dir, { ...env, GITHUB_EVENT_NAME: 'push', INPUT_PATHS: 'packets', 'INPUT_FAIL-ON': 'error' });
    assert.equal(clean.code, 0, clean.stdout);
    assert.match(warned.stdout, /^::warning file=warn\/queue\.handoff\.yaml,/m);
    assert.equal(warned.code, 1);
  });
});
