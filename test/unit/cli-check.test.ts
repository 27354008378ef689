import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import Ajv from 'ajv';
import { readFixture, ROOT } from '../support/fixtures';
import { copyFixture, ensureBuilt, IS_ROOT, runCli, tempDir } from './cli-harness';

// `handoff check` as CI runs it: exit codes, every output format, config,
// globs and the ways reading can fail.

before(() => ensureBuilt());

/** 1-based line and column of the first occurrence of `needle` in a fixture. */
function where(rel: string, needle: string): string {
  const text = readFixture(rel);
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${rel} lacks ${needle}`);
  const before = text.slice(0, at).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

function workspace(): string {
  const dir = tempDir();
  copyFixture('valid/partner-triage/handoff.yaml', join(dir, 'clean', 'handoff.yaml'));
  copyFixture('cli/problems/handoff.yaml', join(dir, 'problems', 'handoff.yaml'));
  copyFixture('cli/warnings/queue.handoff.yaml', join(dir, 'warnings', 'queue.handoff.yaml'));
  return dir;
}

describe('handoff check: exit codes and text output', () => {
  const dir = workspace();

  it('exits 0 on a clean packet and says so', () => {
    const r = runCli(['check', 'clean'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^clean\/handoff\.yaml: no problems/m);
    assert.match(r.stdout, /1 packet checked, no problems\./);
  });

  it('applies the size limits from --full-check-bytes and --max-bytes, and rejects a bad one', () => {
    const partial = runCli(['check', 'clean', '--full-check-bytes', '1000'], { cwd: dir });
    assert.equal(partial.code, 0, partial.stderr);
    assert.match(partial.stdout, /^clean\/handoff\.yaml:1:1 info file-too-large .*only its YAML syntax was checked/m);
    const refused = runCli(['check', 'clean', '--max-bytes', '1000'], { cwd: dir });
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /^clean\/handoff\.yaml:1:1 error file-too-large .*not read at all/m);
    const bad = runCli(['check', 'clean', '--max-bytes', 'lots'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--max-bytes takes a whole number of bytes/);
  });

  it('ends each file with its readiness line, naming the open questions', () => {
    copyFixture('e2e/missing-section/handoff.yaml', join(dir, 'no-support', 'handoff.yaml'));
    const r = runCli(['check', 'clean', 'no-support'], { cwd: dir });
    assert.match(r.stdout, /^clean\/handoff\.yaml: no problems; ready, 9\/9 questions answered$/m);
    assert.match(r.stdout, /^no-support\/handoff\.yaml: 1 error, 0 warnings, 0 info; 8\/9 readiness questions answered; open: 9\. What is supported after launch\?$/m);
  });

  it('exits 1 on an error, printing compiler-style lines and a line per file', () => {
    const r = runCli(['check', 'problems', 'warnings'], { cwd: dir });
    assert.equal(r.code, 1);
    const ref = where('cli/problems/handoff.yaml', 'partner-mgr');
    const key = where('cli/problems/handoff.yaml', 'escalation_sla');
    assert.match(r.stdout, new RegExp(`^problems/handoff\\.yaml:${ref} error unknown-reference No owner has the id "partner-mgr"`, 'm'));
    assert.match(r.stdout, new RegExp(`^problems/handoff\\.yaml:${key} warning unknown-key `, 'm'));
    assert.match(r.stdout, /^problems\/handoff\.yaml: 1 error, 1 warning, 0 info/m);
    assert.match(r.stdout, /^warnings\/queue\.handoff\.yaml: 0 errors, 1 warning, 0 info/m);
    assert.match(r.stdout, /2 packets checked: 3 problems \(1 error, 2 warnings, 0 info\)\.\n$/);
  });

  it('exits 0 on warnings alone, and 1 once they pass --max-warnings', () => {
    assert.equal(runCli(['check', 'warnings'], { cwd: dir }).code, 0);
    assert.equal(runCli(['check', 'warnings', '--max-warnings', '1'], { cwd: dir }).code, 0);
    const over = runCli(['check', 'warnings', '--max-warnings', '0'], { cwd: dir });
    assert.equal(over.code, 1);
    assert.match(over.stdout, /More than 0 warnings \(1\)/);
    const bad = runCli(['check', 'warnings', '--max-warnings', 'many'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--max-warnings takes a whole number/);
  });

  it('sets severities with --rule, and rejects a bad one with exit 2', () => {
    assert.equal(runCli(['check', 'warnings', '--rule', 'unknown-key=error'], { cwd: dir }).code, 1);
    const off = runCli(['check', 'warnings', '--rule', 'unknown-key=off'], { cwd: dir });
    assert.equal(off.code, 0);
    assert.doesNotMatch(off.stdout, /unknown-key/);
    const typo = runCli(['check', 'warnings', '--rule', 'unknown-keys=error'], { cwd: dir });
    assert.equal(typo.code, 2);
    assert.match(typo.stderr, /Unknown rule id "unknown-keys"/);
    const shape = runCli(['check', 'warnings', '--rule', 'unknown-key'], { cwd: dir });
    assert.equal(shape.code, 2);
    assert.match(shape.stderr, /<rule id>=<off\|info\|warning\|error>/);
  });

  it('searches the current folder by default', () => {
    const r = runCli(['check'], { cwd: join(dir, 'clean') });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^handoff\.yaml: no problems/m);
  });
});

describe('handoff check: config file', () => {
  it('finds .handoffrc.yaml in a parent folder and applies its severities', () => {
    const dir = workspace();
    writeFileSync(join(dir, '.handoffrc.yaml'), 'rules:\n  unknown-key: error\nexceptionTypes: [sanctions_hit]\n');
    const r = runCli(['check', '.'], { cwd: join(dir, 'warnings') });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /error unknown-key/);
    // The command line wins over the file.
    assert.equal(runCli(['check', '.', '--rule', 'unknown-key=off'], { cwd: join(dir, 'warnings') }).code, 0);
  });

  it('reads the size limits from the config file, and the flags win over it', () => {
    const dir = workspace();
    writeFileSync(join(dir, '.handoffrc.yaml'), 'limits:\n  fullCheckBytes: 1000\n');
    const partial = runCli(['check', 'clean'], { cwd: dir });
    assert.equal(partial.code, 0, partial.stderr);
    assert.match(partial.stdout, /^clean\/handoff\.yaml:1:1 info file-too-large .*only its YAML syntax was checked/m);
    // The flag's limit is high enough for a full check again.
    const full = runCli(['check', 'clean', '--full-check-bytes', '100000'], { cwd: dir });
    assert.equal(full.code, 0, full.stderr);
    assert.match(full.stdout, /^clean\/handoff\.yaml: no problems/m);

    writeFileSync(join(dir, '.handoffrc.yaml'), 'limits: { maxBytes: 1000 }\n');
    const refused = runCli(['check', 'clean'], { cwd: dir });
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /^clean\/handoff\.yaml:1:1 error file-too-large .*not read at all/m);
    assert.equal(runCli(['check', 'clean', '--max-bytes', '100000'], { cwd: dir }).code, 0);

    // A --max-bytes under the file's full-check limit lowers that limit too.
    writeFileSync(join(dir, '.handoffrc.yaml'), 'limits: { fullCheckBytes: 500000, maxBytes: 600000 }\n');
    const lowered = runCli(['check', 'clean', '--max-bytes', '1000'], { cwd: dir });
    assert.equal(lowered.code, 1, lowered.stderr);
    assert.match(lowered.stdout, /error file-too-large .*not read at all/);
  });

  it('takes the nearest .handoffrc.yaml above each packet, not the one above the working folder', () => {
    const dir = workspace();
    copyFixture('cli/warnings/queue.handoff.yaml', join(dir, 'raised', 'queue.handoff.yaml'));
    writeFileSync(join(dir, '.handoffrc.yaml'), 'rules:\n  unknown-key: off\n');
    writeFileSync(join(dir, 'raised', '.handoffrc.yaml'), 'rules:\n  unknown-key: error\n');
    const r = runCli(['check', 'warnings', 'raised'], { cwd: dir });
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stdout, /^raised\/queue\.handoff\.yaml:119:5 error unknown-key /m);
    assert.doesNotMatch(r.stdout, /^warnings\/queue\.handoff\.yaml:\d+:\d+ /m, 'the root file silences it for warnings/');
    const inside = runCli(['check', '.'], { cwd: join(dir, 'raised') });
    assert.match(inside.stdout, /^queue\.handoff\.yaml:119:5 error unknown-key /m);
  });

  it('exits 2 with a clear message for a bad size limit in the config file', () => {
    const dir = workspace();
    const bad = (yaml: string) => {
      writeFileSync(join(dir, '.handoffrc.yaml'), yaml);
      const r = runCli(['check', 'clean'], { cwd: dir });
      assert.equal(r.code, 2, `${yaml}: ${r.stdout}`);
      assert.equal(r.stdout, '');
      return r.stderr;
    };
    assert.match(bad('limits:\n  maxBytes: 2MB\n'), /\.handoffrc\.yaml has problems:\n {2}\.handoffrc\.yaml:2:13: limits\.maxBytes must be a whole number of bytes \(1 or more\), such as 1048576 for 1 MB, not "2MB"\./);
    assert.match(bad('limits: { fullCheckBytes: 0 }\n'), /limits\.fullCheckBytes must be a whole number of bytes \(1 or more\).*not 0\./);
    assert.match(bad('limits: { maxBytes: 1.5 }\n'), /limits\.maxBytes must be a whole number of bytes/);
    assert.match(bad('limits: { maxbytes: 4000000 }\n'), /limits: unknown key "maxbytes"; the keys are fullCheckBytes and maxBytes\./);
    assert.match(bad('limits: 4000000\n'), /`limits` must be a mapping with fullCheckBytes and\/or maxBytes/);
    assert.match(bad('limits: { fullCheckBytes: 5000, maxBytes: 1000 }\n'), /limits\.fullCheckBytes \(5000\) is above limits\.maxBytes \(1000\)/);
    // A full-check flag above the file's hard limit contradicts it: say which is which.
    writeFileSync(join(dir, '.handoffrc.yaml'), 'limits: { maxBytes: 1000 }\n');
    const clash = runCli(['check', 'clean', '--full-check-bytes', '5000'], { cwd: dir });
    assert.equal(clash.code, 2);
    assert.match(clash.stderr, /--full-check-bytes \(5000\) is above limits\.maxBytes in \.handoffrc\.yaml \(1000\)\. A file above 1000 bytes is not read at all/);
  });

  it('exits 2 naming the file and the problem when the config is wrong', () => {
    const dir = workspace();
    writeFileSync(join(dir, '.handoffrc.yaml'), 'rules:\n  unknown-kee: error\nexceptionType: [x]\n');
    const r = runCli(['check', 'clean'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.handoffrc\.yaml has problems/);
    assert.match(r.stderr, /^ {2}\.handoffrc\.yaml:2:3: rules: Unknown rule id "unknown-kee"/m);
    assert.match(r.stderr, /^ {2}\.handoffrc\.yaml:3:1: Unknown key "exceptionType"/m);
    writeFileSync(join(dir, '.handoffrc.yaml'), 'rules:\n  vague-boundary: loud\n');
    assert.match(runCli(['check', 'clean'], { cwd: dir }).stderr, /^ {2}\.handoffrc\.yaml:2:19: rules: Rule "vague-boundary": severity must be off, info, warning or error, not "loud"\./m);
    assert.equal(r.stdout, '');
    writeFileSync(join(dir, '.handoffrc.yaml'), 'rules: [unclosed\n');
    assert.match(runCli(['check', 'clean'], { cwd: dir }).stderr, /\.handoffrc\.yaml:\d+:\d+: Not valid YAML/);
  });
});

describe('handoff check: machine-readable output', () => {
  const dir = workspace();

  it('writes JSON with one-based positions per file', () => {
    const r = runCli(['check', 'problems', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout) as { files: { path: string; diagnostics: { rule: string; severity: string; line: number; column: number }[] }[]; summary: Record<string, number> };
    assert.equal(out.files[0].path, 'problems/handoff.yaml');
    const ref = out.files[0].diagnostics.find((d) => d.rule === 'unknown-reference');
    assert.equal(`${ref?.line}:${ref?.column}`, where('cli/problems/handoff.yaml', 'partner-mgr'));
    assert.deepEqual(out.summary, { files: 1, unreadable: 0, errors: 1, warnings: 1, infos: 0 });
  });

  it('writes SARIF 2.1.0 that validates against the SARIF schema', () => {
    const r = runCli(['check', 'problems', 'clean', '--format', 'sarif'], { cwd: dir });
    assert.equal(r.code, 1);
    const log = JSON.parse(r.stdout);
    const validate = sarifValidator();
    assert.ok(validate(log as object), JSON.stringify(validate.errors, null, 2));
    const run = log.runs[0];
    const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'unknown-reference');
    assert.match(rule.helpUri, /docs\/rules\/unknown-reference\.md$/);
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'unknown-reference');
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'unknown-reference');
    assert.equal(result.level, 'error');
    const loc = result.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uri, 'problems/handoff.yaml');
    assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.equal(`${loc.region.startLine}:${loc.region.startColumn}`, where('cli/problems/handoff.yaml', 'partner-mgr'));
    assert.equal(loc.region.endColumn - loc.region.startColumn, 'partner-mgr'.length);
    // Even the schema's own check can fail: a wrong level is caught.
    result.level = 'fatal';
    assert.equal(validate(log as object), false);
  });
});

/**
 * The SARIF 2.1.0 schema as shipped in an npm package (draft-04). Its only
 * draft-04 features are the `id` keyword and the meta-schema URL, so it reads
 * as draft-07 once those are renamed; one of its patterns is not valid in
 * unicode mode, hence `unicodeRegExp: false`.
 */
function sarifValidator() {
  const raw = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
  const { id, $schema: _draft4, ...rest } = raw;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  const isUrl = (v: string, base?: string) => {
    try {
      new URL(v, base);
      return true;
    } catch {
      return false;
    }
  };
  ajv.addFormat('uri', (v: string) => isUrl(v));
  ajv.addFormat('uri-reference', (v: string) => isUrl(v, 'file:///base/'));
  ajv.addFormat('date-time', (v: string) => /^\d{4}-\d\d-\d\dT/.test(v) && !Number.isNaN(Date.parse(v)));
  return ajv.compile({ ...rest, $schema: 'http://json-schema.org/draft-07/schema#', $id: id });
}

describe('handoff check: finding packets', () => {
  it('searches folders for packet names, skipping node_modules and .git', () => {
    const dir = workspace();
    for (const skipped of ['node_modules/dep', '.git/x']) copyFixture('cli/problems/handoff.yaml', join(dir, skipped, 'handoff.yaml'));
    writeFileSync(join(dir, 'clean', 'notes.yaml'), 'not: a packet\n');
    const r = runCli(['check', 'clean', '--format', 'json'], { cwd: dir });
    const paths = (JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path);
    assert.deepEqual(paths, ['clean/handoff.yaml']);
    const all = runCli(['check', '--format', 'json'], { cwd: dir });
    assert.deepEqual((JSON.parse(all.stdout) as { files: { path: string }[] }).files.map((f) => f.path), ['clean/handoff.yaml', 'problems/handoff.yaml', 'warnings/queue.handoff.yaml']);
  });

  it('expands quoted globs itself', () => {
    const dir = workspace();
    const r = runCli(['check', '**/*.handoff.yaml', '--format', 'json'], { cwd: dir });
    assert.deepEqual((JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path), ['warnings/queue.handoff.yaml']);
    const two = runCli(['check', '{clean,warnings}/*.yaml', '--format', 'json'], { cwd: dir });
    assert.equal((JSON.parse(two.stdout) as { files: unknown[] }).files.length, 2);
    const none = runCli(['check', 'nowhere/**/*.yaml'], { cwd: dir });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /No file matches nowhere\/\*\*\/\*\.yaml/);
  });

  it('exits 2 when a folder holds no packet, since CI then checks nothing', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty'));
    writeFileSync(join(dir, 'empty', 'config.yaml'), 'a: 1\n');
    const r = runCli(['check', 'empty'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /No packet found in empty: looked for handoff\.yaml, handoff\.yml, \*\.handoff\.yaml or \*\.handoff\.yml/);
    const missing = runCli(['check', 'no-such-file.yaml'], { cwd: dir });
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /Cannot check no-such-file\.yaml: it does not exist/);
  });

  it('reports a file it cannot read, checks the rest, and exits 2', () => {
    const dir = workspace();
    // Root reads through chmod 000, so the unreadable file is a link to nothing there.
    symlinkSync(join(dir, 'gone.yaml'), join(dir, 'clean', 'broken.handoff.yaml'));
    if (!IS_ROOT) {
      copyFixture('valid/partner-triage/handoff.yaml', join(dir, 'clean', 'locked.handoff.yaml'));
      chmodSync(join(dir, 'clean', 'locked.handoff.yaml'), 0o000);
    }
    const r = runCli(['check', 'clean'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stdout, /^clean\/broken\.handoff\.yaml: not read: it does not exist \(or is a link to nothing\)/m);
    if (!IS_ROOT) assert.match(r.stdout, /^clean\/locked\.handoff\.yaml: not read: permission denied/m);
    assert.match(r.stdout, /^clean\/handoff\.yaml: no problems/m);
    const json = runCli(['check', 'clean', '--format', 'json'], { cwd: dir });
    assert.equal(json.code, 2);
    assert.match(json.stderr, /cannot read clean\/broken\.handoff\.yaml/);
    const sarif = JSON.parse(runCli(['check', 'clean', '--format', 'sarif'], { cwd: dir }).stdout);
    assert.equal(sarif.runs[0].invocations[0].executionSuccessful, false);
  });
});

describe('handoff check: colour, help and usage errors', () => {
  const dir = workspace();

  it('uses colour only when asked, since output here is not a terminal', () => {
    assert.doesNotMatch(runCli(['check', 'problems'], { cwd: dir }).stdout, /\u001b\[/);
    assert.match(runCli(['check', 'problems'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout, /\u001b\[31merror\u001b\[39m/);
    assert.doesNotMatch(runCli(['check', 'problems'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout, /\u001b\[/);
  });

  it('answers --help and --version, and exits 2 on a wrong command line', () => {
    const help = runCli(['check', '--help'], { cwd: dir });
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: handoff check/);
    const version = runCli(['--version'], { cwd: dir });
    assert.equal(version.stdout.trim(), (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    const unknown = runCli(['chek'], { cwd: dir });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "chek"/);
    const option = runCli(['check', '--formatt', 'json'], { cwd: dir });
    assert.equal(option.code, 2);
    assert.match(option.stderr, /Unknown option '--formatt'[\s\S]*handoff check --help/);
    const format = runCli(['check', '--format', 'xml'], { cwd: dir });
    assert.equal(format.code, 2);
    assert.match(format.stderr, /--format must be one of text, json, sarif/);
  });
});

describe('handoff check: UTF-16 files', () => {
  it('reads UTF-16 with a byte-order mark, little- or big-endian, and checks what it says', () => {
    const dir = tempDir();
    for (const order of ['le', 'be']) copyFixture(`cli/utf16/${order}/handoff.yaml`, join(dir, order, 'handoff.yaml'));
    const r = runCli(['check', 'le', 'be', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    const out = JSON.parse(r.stdout) as { files: { path: string; diagnostics: { rule: string; severity: string; message: string; line: number; column: number }[] }[] };
    assert.deepEqual(out.files.map((f) => f.path).sort(), ['be/handoff.yaml', 'le/handoff.yaml']);
    for (const f of out.files) {
      assert.deepEqual(f.diagnostics.filter((d) => /NUL|binary/.test(d.message)), [], `${f.path} is not taken for binary`);
      // The mark is dropped on reading, as an editor drops it: nothing reports it.
      assert.deepEqual(f.diagnostics.filter((d) => /byte-order/.test(d.message)), [], f.path);
      const key = f.diagnostics.find((d) => d.rule === 'unknown-key');
      assert.equal(`${key?.line}:${key?.column}`, '6:3', `${f.path}: the unknown key is found where it is`);
      assert.match(key?.message ?? '', /`escalation_sla`/);
    }
    const text = runCli(['check', 'be'], { cwd: dir });
    assert.match(text.stdout, /^be\/handoff\.yaml:6:3 warning unknown-key /m);
    // Export reads the same way: the accent comes through.
    const md = runCli(['export', 'le/handoff.yaml', '--to', 'md'], { cwd: dir });
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /^# Café intake$/m);
  });

  it('does not read a file whose UTF-16 mark is followed by broken UTF-16, and says why', () => {
    const dir = tempDir();
    // A high surrogate with no low one after it.
    writeFileSync(join(dir, 'handoff.yaml'), Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x00, 0xd8, 0x3a, 0x00]));
    const r = runCli(['check', '.'], { cwd: dir });
    assert.equal(r.code, 2);
    assert.match(r.stdout, /^handoff\.yaml: not read: it starts with a UTF-16 \(little-endian\) byte-order mark but the rest is not valid UTF-16 text; save it as UTF-8/m);
  });
});
