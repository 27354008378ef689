import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { escapeData, escapeProperty } from '../../cli/src/output/check-github';
import { readFixture } from '../support/fixtures';
import { copyFixture, ensureBuilt, runCli, tempDir } from './cli-harness';

// The flags ESLint users reach for: --fix, --quiet, `-` with
// --stdin-filename, --format github, -o, --ignore-pattern, .gitignore, globs.

before(() => ensureBuilt());

const CLEAN = 'valid/partner-triage/handoff.yaml';
const BROKEN = 'cli/problems/handoff.yaml'; // one fixable error (an owner id typo) on 97:17, one warning on 119:5
const WARNS = 'cli/warnings/queue.handoff.yaml'; // one warning

function paths(stdout: string): string[] {
  return (JSON.parse(stdout) as { files: { path: string }[] }).files.map((f) => f.path);
}

describe('handoff check --fix', () => {
  it('applies the safe fixes, writes the file whole and reports what is left', () => {
    const dir = tempDir();
    const file = copyFixture(BROKEN, join(dir, 'p', 'handoff.yaml'));
    const clean = copyFixture(CLEAN, join(dir, 'c', 'handoff.yaml'));
    const r = runCli(['check', '--fix', '.'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.doesNotMatch(r.stdout, /unknown-reference/);
    assert.match(r.stdout, /^p\/handoff\.yaml:119:5 warning unknown-key /m);
    const before = readFixture(BROKEN).split('\n');
    const after = readFileSync(file, 'utf8').split('\n');
    assert.equal(after.length, before.length);
    const changed = after.map((l, i) => [l, before[i]]).filter(([a, b]) => a !== b);
    assert.deepEqual(changed, [['      approver: partner-manager', '      approver: partner-mgr']]);
    assert.equal(readFileSync(clean, 'utf8'), readFixture(CLEAN), 'a clean packet is left as it was');
    assert.deepEqual(readdirSync(join(dir, 'p')), ['handoff.yaml'], 'no temporary file is left behind');
  });

  it('refuses standard input, which has no file to write back', () => {
    const dir = tempDir();
    const r = runCli(['check', '--fix', '-'], { cwd: dir, input: readFixture(BROKEN) });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--fix writes the fixed file back/);
  });
});

describe('handoff check --quiet', () => {
  it('reports errors only, and warnings alone do not count', () => {
    const dir = tempDir();
    copyFixture(BROKEN, join(dir, 'p', 'handoff.yaml'));
    copyFixture(WARNS, join(dir, 'w', 'queue.handoff.yaml'));
    const r = runCli(['check', '--quiet', '--max-warnings', '0', 'w'], { cwd: dir });
    assert.equal(r.code, 0, r.stdout);
    assert.doesNotMatch(r.stdout, /warning/);
    const p = runCli(['check', '--quiet', 'p'], { cwd: dir });
    assert.equal(p.code, 1);
    assert.match(p.stdout, /^p\/handoff\.yaml:97:17 error unknown-reference /m);
    assert.doesNotMatch(p.stdout, /unknown-key/);
  });
});

describe('handoff check - (standard input)', () => {
  it('checks what comes in under the name --stdin-filename gives, with that folder\'s config', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'packets'));
    writeFileSync(join(dir, 'packets', '.handoffrc.yaml'), 'rules:\n  unknown-key: off\n');
    const r = runCli(['check', '-', '--stdin-filename', 'packets/handoff.yaml'], { cwd: dir, input: readFixture(BROKEN) });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^packets\/handoff\.yaml:97:17 error unknown-reference /m);
    assert.doesNotMatch(r.stdout, /unknown-key/, 'the config above packets/ applies');
    const plain = runCli(['check', '-', '--format', 'json'], { cwd: dir, input: readFixture(CLEAN) });
    assert.equal(plain.code, 0);
    assert.deepEqual(paths(plain.stdout), ['<stdin>']);
  });

  it('says what is wrong with the flags around it', () => {
    const dir = tempDir();
    const both = runCli(['check', '-', 'x.yaml'], { cwd: dir, input: '' });
    assert.equal(both.code, 2);
    assert.match(both.stderr, /reads one packet from standard input/);
    const name = runCli(['check', '--stdin-filename', 'a.yaml', '.'], { cwd: dir });
    assert.equal(name.code, 2);
    assert.match(name.stderr, /add `-` to read it/);
  });
});

describe('handoff check --format github', () => {
  it('prints one workflow command per problem, at its place', () => {
    const dir = tempDir();
    copyFixture(BROKEN, join(dir, 'odd, name:x', 'handoff.yaml'));
    const r = runCli(['check', '--format', 'github', '.'], { cwd: dir });
    assert.equal(r.code, 1);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 2, r.stdout);
    assert.match(lines[0], /^::error file=odd%2C name%3Ax\/handoff\.yaml,line=97,col=17,endLine=97,endColumn=28,title=handoff unknown-reference::No owner has the id "partner-mgr"\./);
    assert.match(lines[1], /^::warning file=odd%2C name%3Ax\/handoff\.yaml,line=119,col=5,endLine=119,endColumn=\d+,title=handoff unknown-key::`escalation_sla`/);
  });

  it('escapes as the runner unescapes', () => {
    assert.equal(escapeData('50% done\r\nnext: a, b'), '50%25 done%0D%0Anext: a, b');
    assert.equal(escapeProperty('a,b:c%\n'), 'a%2Cb%3Ac%25%0A');
  });
});

describe('handoff check -o', () => {
  it('writes the report to the file and keeps the exit status', () => {
    const dir = tempDir();
    copyFixture(BROKEN, join(dir, 'p', 'handoff.yaml'));
    const r = runCli(['check', '--format', 'sarif', '-o', 'out/handoff.sarif', 'p'], { cwd: dir });
    assert.equal(r.code, 2, 'the folder for the output does not exist');
    assert.match(r.stderr, /Cannot write out\/handoff\.sarif: the folder out does not exist/);
    mkdirSync(join(dir, 'out'));
    const ok = runCli(['check', '--format', 'sarif', '--output-file', 'out/handoff.sarif', 'p'], { cwd: dir });
    assert.equal(ok.code, 1);
    assert.equal(ok.stdout, '');
    const sarif = JSON.parse(readFileSync(join(dir, 'out', 'handoff.sarif'), 'utf8'));
    assert.equal(sarif.runs[0].results.length, 2);
  });
});

describe('which files are checked', () => {
  function tree(): string {
    const dir = tempDir();
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.gitignore'), 'generated/\npackets/old/\n');
    copyFixture(CLEAN, join(dir, 'packets', 'handoff.yaml'));
    copyFixture(CLEAN, join(dir, 'packets', 'old', 'handoff.yaml'));
    copyFixture(CLEAN, join(dir, 'packets', 'deep', 'er', 'handoff.yaml'));
    copyFixture(CLEAN, join(dir, 'generated', 'handoff.yaml'));
    copyFixture(CLEAN, join(dir, '.hidden', 'handoff.yaml'));
    copyFixture(WARNS, join(dir, 'team', 'queue.handoff.yaml'));
    writeFileSync(join(dir, 'team', '.gitignore'), '*.handoff.yaml\n!queue.handoff.yaml\n');
    copyFixture(WARNS, join(dir, 'team', 'draft.handoff.yaml'));
    return dir;
  }

  it('skips what .gitignore ignores when searching a folder, from the repository root down', () => {
    const dir = tree();
    const all = runCli(['check', '--format', 'json'], { cwd: dir });
    assert.deepEqual(paths(all.stdout), ['.hidden/handoff.yaml', 'packets/deep/er/handoff.yaml', 'packets/handoff.yaml', 'team/queue.handoff.yaml']);
    const sub = runCli(['check', '--format', 'json', 'packets'], { cwd: join(dir) });
    assert.deepEqual(paths(sub.stdout), ['packets/deep/er/handoff.yaml', 'packets/handoff.yaml'], 'the root .gitignore applies below it');
    const named = runCli(['check', '--format', 'json', 'generated/handoff.yaml'], { cwd: dir });
    assert.deepEqual(paths(named.stdout), ['generated/handoff.yaml'], 'a file named on the command line is checked');
  });

  it('--ignore-pattern skips folders and files, named ones too', () => {
    const dir = tree();
    const r = runCli(['check', '--format', 'json', '--ignore-pattern', 'deep/', '--ignore-pattern', '.hidden'], { cwd: dir });
    assert.deepEqual(paths(r.stdout), ['packets/handoff.yaml', 'team/queue.handoff.yaml']);
    const named = runCli(['check', '--ignore-pattern', 'team/*.yaml', 'team/queue.handoff.yaml'], { cwd: dir });
    assert.equal(named.code, 0);
    assert.match(named.stdout, /0 packets checked, no problems\.\n\(1 packet skipped by --ignore-pattern\.\)/);
  });

  it('expands globs as other tools do: no dotfiles for *, ** across whole folders only', () => {
    const dir = tree();
    const star = runCli(['check', '--format', 'json', '*/handoff.yaml'], { cwd: dir });
    assert.deepEqual(paths(star.stdout), ['packets/handoff.yaml']);
    const deep = runCli(['check', '--format', 'json', '**/handoff.yaml'], { cwd: dir });
    assert.deepEqual(paths(deep.stdout), ['packets/deep/er/handoff.yaml', 'packets/handoff.yaml']);
    const partial = runCli(['check', '--format', 'json', 'pack**/handoff.yaml'], { cwd: dir });
    assert.deepEqual(paths(partial.stdout), ['packets/handoff.yaml'], '`pack**` is one folder name, not any depth');
    const dot = runCli(['check', '--format', 'json', '.hidden/*.yaml'], { cwd: dir });
    assert.deepEqual(paths(dot.stdout), ['.hidden/handoff.yaml'], 'a dot written out matches');
  });
});
