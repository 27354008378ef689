import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { FIXTURES, readFixture } from '../support/fixtures';
import { copyFixture, ensureBuilt, runCli, tempDir } from './cli-harness';

// `handoff diff`: classified changes between two files or against a git
// revision, in every format, and --fail-on for CI.

before(() => ensureBuilt());

const pair = (name: string) => [join(FIXTURES, 'diff', name, 'old.yaml'), join(FIXTURES, 'diff', name, 'new.yaml')];

describe('handoff diff <old> <new>', () => {
  it('prints each change with its place, class and kind, then the approver', () => {
    const r = runCli(['diff', 'old.yaml', 'new.yaml'], { cwd: join(FIXTURES, 'diff', 'new-output-action') });
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^new\.yaml:\d+:\d+ review_required new-output-action Adds action tag-company with authority automatic\.$/);
    assert.match(lines[1], /^new\.yaml:\d+:\d+ unclassified Adds action delete-company with authority never\.$/);
    assert.equal(lines[2], 'new.yaml: 2 changes (1 review_required, 1 unclassified) against the old version. Change approver: revops-lead (Revenue operations lead).');
  });

  it('places a removal in the old file', () => {
    const r = runCli(['diff', 'old.yaml', 'new.yaml'], { cwd: join(FIXTURES, 'diff', 'removals') });
    assert.match(r.stdout, /^old\.yaml:\d+:\d+ unclassified Removes entry correction-rate from metrics\.$/m);
  });

  it('says when the packet says the same thing', () => {
    const r = runCli(['diff', ...pair('no-change-reordered')], { cwd: FIXTURES });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /no change to what the packet says/);
  });

  it('fails with --fail-on only at that class or above', () => {
    const fail = (name: string, floor: string) => runCli(['diff', ...pair(name), '--fail-on', floor], { cwd: FIXTURES }).code;
    assert.equal(fail('threshold-within-limits', 'review_required'), 0);
    assert.equal(fail('approval-threshold', 'review_required'), 1);
    assert.equal(fail('approval-threshold', 'new_scope'), 0);
    assert.equal(fail('new-data-source', 'review_required'), 1);
    assert.equal(fail('new-data-source', 'new_scope'), 1);
    const bad = runCli(['diff', ...pair('new-team'), '--fail-on', 'safe'], { cwd: FIXTURES });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--fail-on must be one of review_required, new_scope/);
  });

  it('writes JSON matching the fixture expectations', () => {
    const r = runCli(['diff', 'old.yaml', 'new.yaml', '--format', 'json'], { cwd: join(FIXTURES, 'diff', 'override-by-packet') });
    const out = JSON.parse(r.stdout) as { files: { approver: unknown; summary: Record<string, number>; changes: { kind: string; class: string; defaultClass: string; field: string; rule?: { class: string }; location: { side: string; line: number; column: number } }[] }[] };
    const expected = JSON.parse(readFixture('diff/override-by-packet/expected.json')) as { changes: { kind: string; class: string; field: string; at: string }[] };
    const f = out.files[0];
    assert.deepEqual(
      f.changes.map((c) => ({ kind: c.kind, class: c.class, field: c.field, at: `${c.location.side}:${c.location.line}:${c.location.column}` })),
      expected.changes,
    );
    assert.equal(f.changes[0].defaultClass, 'safe');
    assert.equal(f.changes[0].rule?.class, 'review_required');
    assert.deepEqual(f.approver, { id: 'revops-lead', role: 'Revenue operations lead' });
    assert.deepEqual(f.summary, { safe: 1, review_required: 1, new_scope: 0, unclassified: 0 });
  });

  it('writes Markdown for a pull-request comment: summary line, approver, table', () => {
    const r = runCli(['diff', 'old.yaml', 'new.yaml', '--format', 'markdown'], { cwd: join(FIXTURES, 'diff', 'new-exception-logic') });
    const md = r.stdout;
    assert.match(md, /^### Change impact: new\.yaml\n\n\*\*2 changes:\*\* 2 new_scope\.\n/);
    assert.match(md, /\| Class \| Kind \| Where \| Change \|\n\| --- \| --- \| --- \| --- \|\n/);
    assert.equal(md.split('\n').filter((l) => l.startsWith('| **new_scope** | `new-exception-logic` | `new.yaml:')).length, 2);
  });

  it('exits 2 on a version that is not readable YAML, or a wrong command line', () => {
    const dir = tempDir();
    copyFixture('diff/new-team/old.yaml', join(dir, 'old.yaml'));
    writeFileSync(join(dir, 'new.yaml'), 'workflow: [unclosed\n');
    const r = runCli(['diff', 'old.yaml', 'new.yaml'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /new\.yaml: The new version is not readable YAML \(line \d+, column \d+\): .*Run `handoff check` on it/);
    assert.equal(r.stdout, 'new.yaml: not compared; the reason is on standard error.\n');
    const one = runCli(['diff', 'old.yaml'], { cwd: dir });
    assert.equal(one.code, 2);
    assert.match(one.stderr, /give two files, the old version then the new one/);
    const missing = runCli(['diff', 'old.yaml', 'nope.yaml'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Cannot read nope\.yaml: it does not exist/);
  });
});

describe('handoff diff --git <rev>', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'pipe' });

  function repo(): string {
    const dir = tempDir();
    git(dir, 'init', '-q', '-b', 'main');
    copyFixture('diff/new-write-system/old.yaml', join(dir, 'packets', 'handoff.yaml'));
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'packet');
    copyFixture('diff/new-write-system/new.yaml', join(dir, 'packets', 'handoff.yaml'));
    copyFixture('diff/new-team/new.yaml', join(dir, 'packets', 'fresh.handoff.yaml'));
    return dir;
  }

  it('compares the working tree with the revision, from any folder of the repository', () => {
    const dir = repo();
    const r = runCli(['diff', '--git', 'HEAD', 'packets', '--fail-on', 'review_required'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^packets\/fresh\.handoff\.yaml: not in HEAD; a new packet has nothing to compare with\.$/m);
    assert.match(r.stdout, /^packets\/handoff\.yaml:\d+:\d+ review_required new-write-system The workflow now writes to slack\.$/m);
    const inside = runCli(['diff', '--git', 'HEAD', 'handoff.yaml'], { cwd: join(dir, 'packets') });
    assert.equal(inside.code, 0);
    assert.match(inside.stdout, /^handoff\.yaml: 1 change \(1 review_required\) against HEAD\./m);
  });

  it('exits 2 on an unknown revision or outside a repository', () => {
    const dir = repo();
    const bad = runCli(['diff', '--git', 'no-such-branch', 'packets/handoff.yaml'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /git does not know the revision "no-such-branch"/);
    const plain = tempDir();
    copyFixture('diff/new-team/new.yaml', join(plain, 'handoff.yaml'));
    const outside = runCli(['diff', '--git', 'HEAD'], { cwd: plain, env: { GIT_CEILING_DIRECTORIES: plain } });
    assert.equal(outside.code, 2);
    assert.match(outside.stderr, /is not inside a git repository/);
  });
});
