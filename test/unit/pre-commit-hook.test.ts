import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { readFixture, ROOT } from '../support/fixtures';
import { copyFixture, tempDir } from './cli-harness';

// .pre-commit-hooks.yaml as pre-commit uses it: the `files` pattern picks the
// staged packets, and the entry runs from the hook repository's checkout
// with those paths after it.

interface Hook {
  id: string;
  language: string;
  entry: string;
  files: string;
}

const hooks = parse(readFixture('../.pre-commit-hooks.yaml')) as Hook[];
const hook = hooks.find((h) => h.id === 'handoff-check')!;

describe('the pre-commit hook', () => {
  it('selects packet files by name', () => {
    const files = new RegExp(hook.files);
    for (const p of ['handoff.yaml', 'ops/handoff.yml', 'a/b/billing.handoff.yaml']) assert.match(p, files, p);
    for (const p of ['handoff.yaml.bak', 'docs/handoff.md', 'myhandoff.yaml', '.handoffrc.yaml']) assert.doesNotMatch(p, files, p);
  });

  it('runs a committed, executable CLI on the staged files', () => {
    assert.equal(hook.language, 'script');
    const [script, ...args] = hook.entry.split(' ');
    const file = join(ROOT, script);
    assert.ok((statSync(file).mode & 0o111) !== 0, `${script} is executable`);
    const dir = tempDir();
    copyFixture('valid/partner-triage/handoff.yaml', join(dir, 'ok', 'handoff.yaml'));
    copyFixture('cli/problems/handoff.yaml', join(dir, 'bad', 'handoff.yaml'));
    const clean = spawnSync(file, [...args, 'ok/handoff.yaml'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(clean.status, 0, clean.stderr);
    const broken = spawnSync(file, [...args, 'ok/handoff.yaml', 'bad/handoff.yaml'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(broken.status, 1);
    assert.match(broken.stdout, /^bad\/handoff\.yaml:97:17 error unknown-reference /m);
  });
});
