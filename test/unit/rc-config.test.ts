import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { layerEditorOptions, readRcText } from '../../packet/src';
import { ROOT } from '../support/fixtures';

// `.handoffrc.yaml` as the library reads it for both the CLI and the server.

describe('readRcText', () => {
  it('reads rules, exception types and limits', () => {
    const r = readRcText('rules:\n  vague-boundary: warning\n  unknown-key: hint\nexceptionTypes: [sanctions_hit]\nlimits: { maxBytes: 4000 }\n');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.config, { rules: { 'vague-boundary': 'warning', 'unknown-key': 'info' }, exceptionTypes: ['sanctions_hit'], limits: { maxBytes: 4000 } });
  });

  it('places each problem at its line and keeps the valid entries', () => {
    const text = '# team config\nrules:\n  vague-boundary: off\n  vage-boundary: warning\n  unknown-key: loud\nexceptionTypes: [Bad-Type, ok_type]\n';
    const r = readRcText(text);
    assert.deepEqual(
      r.problems.map((p) => [p.line, p.column, text.slice(p.start, p.end)]),
      [
        [4, 3, 'vage-boundary'],
        [5, 16, 'loud'],
        [6, 18, 'Bad-Type'],
      ],
    );
    assert.match(r.problems[0].message, /Unknown rule id "vage-boundary"/);
    assert.match(r.problems[1].message, /severity must be off, info, warning or error, not "loud"/);
    assert.deepEqual(r.config.rules, { 'vague-boundary': 'off' });
    assert.deepEqual(r.config.exceptionTypes, ['ok_type']);
  });

  it('says where YAML breaks, and takes an empty file as no settings', () => {
    const broken = readRcText('rules:\n  a: [b\n');
    assert.equal(broken.problems.length > 0, true);
    assert.match(broken.problems[0].message, /^Not valid YAML/);
    assert.deepEqual(readRcText('# nothing yet\n'), { config: { rules: {}, exceptionTypes: [], limits: {} }, problems: [] });
    assert.match(readRcText('- rules\n').problems[0].message, /must be a mapping/);
  });
});

describe('layerEditorOptions', () => {
  const rc = { rules: { 'vague-boundary': 'off', 'unknown-key': 'error' }, exceptionTypes: ['a_type'], limits: { maxBytes: 1000, fullCheckBytes: 9_000_000 } } as const;

  it('puts the settings on top of the file, rule by rule', () => {
    const o = layerEditorOptions({ ...rc, rules: { ...rc.rules }, exceptionTypes: [...rc.exceptionTypes], limits: { ...rc.limits } }, { rules: { 'unknown-key': 'info' }, exceptionTypes: ['b_type'], limits: { maxBytes: 2_000_000, fullCheckBytes: 1_000_000 } });
    assert.deepEqual(o.rules, { 'vague-boundary': 'off', 'unknown-key': 'info' });
    assert.deepEqual(o.exceptionTypes, ['a_type', 'b_type']);
    assert.deepEqual(o.limits, { maxBytes: 1000, fullCheckBytes: 1_000_000 }, 'the file may lower a limit, never raise it');
  });

  it('is the settings alone without a file', () => {
    const settings = { rules: { 'unknown-key': 'off' as const } };
    assert.equal(layerEditorOptions(undefined, settings), settings);
  });
});

describe('the JSON Schema of .handoffrc.yaml', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'handoffrc.schema.json'), 'utf8'));
  const validate = new Ajv({ strict: false }).compile(schema);

  it('is contributed for the config file names', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const entry = manifest.contributes.yamlValidation.find((v: { url: string }) => v.url === './schemas/handoffrc.schema.json');
    assert.deepEqual(entry?.fileMatch, ['.handoffrc.yaml', '.handoffrc.yml']);
  });

  it('accepts what the library accepts and rejects a bad severity, key or limit', () => {
    const good = 'rules:\n  queue-without-limit: warning\n  vague-boundary: off\nexceptionTypes: [sanctions_hit]\nlimits: { maxBytes: 4194304, fullCheckBytes: 2097152 }\n';
    assert.deepEqual(readRcText(good).problems, []);
    assert.equal(validate(parse(good)), true, JSON.stringify(validate.errors));
    for (const bad of ['rules: { vague-boundary: loud }', 'rule: {}', 'limits: { maxBytes: 2MB }', 'exceptionTypes: [Bad-Type]']) {
      assert.equal(validate(parse(bad)), false, bad);
      assert.ok(readRcText(bad).problems.length > 0, bad);
    }
  });
});
