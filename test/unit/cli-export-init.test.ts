import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { copyFixture, ensureBuilt, runCli, tempDir } from './cli-harness';

// `handoff export` and `handoff init`: what they write, and that they never
// leave half a file or overwrite one unasked.

before(() => ensureBuilt());

function packetDir(): string {
  const dir = tempDir();
  copyFixture('valid/partner-triage/handoff.yaml', join(dir, 'handoff.yaml'));
  return dir;
}

const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

describe('handoff export', () => {
  it('writes Markdown to standard output', () => {
    const r = runCli(['export', 'handoff.yaml', '--to', 'md'], { cwd: packetDir() });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# Partner application triage\n/);
  });

  it('writes a standalone HTML page to -o, refusing to overwrite it without --force', () => {
    const dir = packetDir();
    const first = runCli(['export', 'handoff.yaml', '--to', 'html', '-o', 'packet.html'], { cwd: dir });
    assert.equal(first.code, 0, first.stderr);
    const html = readFileSync(join(dir, 'packet.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/i);
    assert.match(html, /Partner application triage/);
    assert.doesNotMatch(html, /<script/i);

    writeFileSync(join(dir, 'packet.html'), 'keep me');
    const again = runCli(['export', 'handoff.yaml', '--to', 'html', '-o', 'packet.html'], { cwd: dir });
    assert.equal(again.code, 2);
    assert.match(again.stderr, /packet\.html already exists; pass --force to replace it/);
    assert.equal(readFileSync(join(dir, 'packet.html'), 'utf8'), 'keep me');

    assert.equal(runCli(['export', 'handoff.yaml', '--to', 'html', '-o', 'packet.html', '--force'], { cwd: dir }).code, 0);
    assert.equal(readFileSync(join(dir, 'packet.html'), 'utf8'), html);
    assert.deepEqual(leftovers(dir), []);
  });

  it('explains a target it cannot write, and leaves nothing behind', () => {
    const dir = packetDir();
    const noFolder = runCli(['export', 'handoff.yaml', '--to', 'md', '-o', 'out/packet.md'], { cwd: dir });
    assert.equal(noFolder.code, 2);
    assert.match(noFolder.stderr, /Cannot write out\/packet\.md: the folder out does not exist\. Create it first/);
    mkdirSync(join(dir, 'folder.md'));
    const folder = runCli(['export', 'handoff.yaml', '--to', 'md', '-o', 'folder.md'], { cwd: dir });
    assert.equal(folder.code, 2);
    assert.match(folder.stderr, /Cannot write folder\.md: it is a folder/);
    assert.deepEqual(leftovers(dir), []);
  });

  it('exits 2 on a missing packet or format', () => {
    const dir = packetDir();
    const missing = runCli(['export', 'nope.yaml', '--to', 'md'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Cannot read nope\.yaml: it does not exist/);
    const noFormat = runCli(['export', 'handoff.yaml'], { cwd: dir });
    assert.equal(noFormat.code, 2);
    assert.match(noFormat.stderr, /--to md or --to html/);
  });
});

describe('handoff init', () => {
  it('writes a skeleton into a new folder; checked untouched, it is not ready and names each placeholder', () => {
    const dir = tempDir();
    const r = runCli(['init', 'ops/triage'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Wrote ops\/triage\/handoff\.yaml\. Replace each <placeholder>, then run: handoff check ops\/triage\n$/);
    const text = readFileSync(join(dir, 'ops', 'triage', 'handoff.yaml'), 'utf8');
    for (const section of ['packet', 'workflow', 'systems', 'steps', 'permissions', 'exceptions', 'operations', 'metrics', 'review', 'limits', 'owners', 'changes', 'support']) {
      assert.match(text, new RegExp(`^${section}:`, 'm'), `skeleton lacks ${section}`);
    }
    const check = runCli(['check', 'ops/triage'], { cwd: dir });
    assert.doesNotMatch(check.stdout, /\bready, 9\/9/, check.stdout);
    assert.match(check.stdout, /\d\/9 readiness questions answered/);
    // Every line where a `<…>` slot opens, outside comments, gets its own problem, and nothing else is reported.
    const slotLines = text
      .split('\n')
      .map((line, i) => ({ line: line.replace(/\s#.*$/, ''), n: i + 1 }))
      .filter(({ line }) => !line.trimStart().startsWith('#') && /<[a-zA-Z]/.test(line))
      .map(({ n }) => n);
    const problems = [...check.stdout.matchAll(/^ops\/triage\/handoff\.yaml:(\d+):\d+ (\w+) (\S+) /gm)];
    assert.deepEqual([...new Set(problems.map((m) => `${m[2]} ${m[3]}`))], ['warning placeholder-text'], check.stdout);
    assert.deepEqual([...new Set(problems.map((m) => Number(m[1])))], slotLines, check.stdout);
    assert.ok(slotLines.length > 40);
  });

  it('never overwrites a packet', () => {
    const dir = packetDir();
    const before = readFileSync(join(dir, 'handoff.yaml'), 'utf8');
    const r = runCli(['init'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /handoff\.yaml already exists; init never overwrites a packet/);
    assert.equal(readFileSync(join(dir, 'handoff.yaml'), 'utf8'), before);
  });
});
