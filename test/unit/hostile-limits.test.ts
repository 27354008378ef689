// Size and depth limits: what a user sees when a file is too large to read
// or to check fully, and how the limits are configured.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { checkPacket, DEFAULT_LIMITS, PacketAnalysis, parsePacket, readLimits, RULE_IDS, ruleInfo } from '../../packet/src';
import { MAX_NESTING_DEPTH, utf8Size } from '../../packet/src/limits';
import { validExamples } from '../support/fixtures';

const example = validExamples()[0].text;

describe('hard size limit (handoff.limits.maxBytes)', () => {
  test('a file above it is not parsed and gets exactly one error that says why and how to raise it', () => {
    const text = `${example}# ${'x'.repeat(2000)}\n`;
    const parsed = parsePacket(text, { maxBytes: 1000 });
    assert.equal(parsed.doc, undefined);
    assert.equal(parsed.value, undefined);
    const list = checkPacket(parsed, { limits: { maxBytes: 1000 } });
    assert.equal(list.length, 1);
    assert.equal(list[0].rule, 'file-too-large');
    assert.equal(list[0].severity, 'error');
    assert.match(list[0].message, /not read at all/);
    assert.match(list[0].message, /handoff\.limits\.maxBytes/);
    assert.match(list[0].message, /above the 1000 bytes limit/);
  });

  test('a file exactly at the limit is read', () => {
    const text = 'packet: 1\n';
    const parsed = parsePacket(text, { maxBytes: utf8Size(text) });
    assert.notEqual(parsed.doc, undefined);
    assert.ok(!parsed.problems.some((p) => p.rule === 'file-too-large'));
  });

  test('the limit counts UTF-8 bytes, not characters', () => {
    const text = `packet: 1\n# ${'é'.repeat(600)}\n`; // 600 characters, 1,200 bytes
    assert.ok(text.length < 1000);
    assert.equal(parsePacket(text, { maxBytes: 1000 }).problems[0]?.rule, 'file-too-large');
  });

  test('the default limit lets every example through', () => {
    for (const { name, text } of validExamples()) assert.ok(!parsePacket(text).problems.some((p) => p.rule === 'file-too-large'), name);
  });
});

describe('full-check limit (handoff.limits.fullCheckBytes)', () => {
  const broken = example.replace(/authority: \w+/, 'authority: sometimes');

  test('above it the schema and operating checks are skipped and one information diagnostic says so', () => {
    const limits = { fullCheckBytes: 1000 };
    const list = checkPacket(parsePacket(broken), { limits });
    const notes = list.filter((d) => d.rule === 'file-too-large');
    assert.equal(notes.length, 1);
    assert.equal(notes[0].severity, 'info');
    assert.match(notes[0].message, /only its YAML syntax was checked/);
    assert.match(notes[0].message, /handoff\.limits\.fullCheckBytes/);
    assert.ok(!list.some((d) => d.rule === 'schema'), 'the schema error is not reported');
    // Below the limit the same text reports its schema error.
    assert.ok(checkPacket(parsePacket(broken)).some((d) => d.rule === 'schema'));
  });

  test('syntax errors are still reported above it', () => {
    const list = checkPacket(parsePacket(`${example}\nbroken: "never closed\n`), { limits: { fullCheckBytes: 1000 } });
    assert.ok(list.some((d) => d.rule === 'yaml-syntax' && d.severity === 'error'));
    assert.ok(list.some((d) => d.rule === 'file-too-large'));
  });

  test('`file-too-large: off` silences the note like any rule', () => {
    const list = checkPacket(parsePacket(broken), { limits: { fullCheckBytes: 1000 }, rules: { 'file-too-large': 'off' } });
    assert.ok(!list.some((d) => d.rule === 'file-too-large'));
  });

  test('PacketAnalysis recomputes when the limits change', () => {
    const analysis = new PacketAnalysis(broken);
    assert.ok(!analysis.diagnostics().some((d) => d.rule === 'file-too-large'));
    assert.ok(analysis.diagnostics({ limits: { fullCheckBytes: 1000 } }).some((d) => d.rule === 'file-too-large'));
  });

  test('PacketAnalysis applies the hard limit given at construction', () => {
    const analysis = new PacketAnalysis(example, { maxBytes: 100 });
    assert.equal(analysis.parsed.doc, undefined);
    assert.deepEqual(
      analysis.diagnostics().map((d) => d.rule),
      ['file-too-large'],
    );
  });
});

describe('nesting bound', () => {
  test(`nesting deeper than ${MAX_NESTING_DEPTH} levels is refused before yaml recurses, with one error where it runs over`, () => {
    const text = `packet: ${'['.repeat(MAX_NESTING_DEPTH + 5)}\n`;
    const parsed = parsePacket(text);
    assert.equal(parsed.doc, undefined);
    assert.equal(parsed.problems.length, 1);
    assert.match(parsed.problems[0].message, /nest more than \d+ levels deep/);
    assert.ok(parsed.problems[0].span.start > 8 && parsed.problems[0].span.start < text.length);
  });

  test('nesting just under the bound is read', () => {
    const depth = MAX_NESTING_DEPTH - 10;
    const parsed = parsePacket(`packet: ${'['.repeat(depth)}1${']'.repeat(depth)}\n`);
    assert.notEqual(parsed.doc, undefined);
    assert.ok(!parsed.problems.some((p) => /levels deep/.test(p.message)));
  });

  test('reading a too-deep file again and again does not take the process down', () => {
    // On Node 20 the second yaml parse of 5,000 levels aborted the process.
    const text = `${'- '.repeat(5000)}x\n`;
    for (let i = 0; i < 5; i++) assert.equal(parsePacket(text).problems.length, 1);
  });
});

describe('readLimits', () => {
  test('missing values take the defaults', () => {
    assert.deepEqual(readLimits(undefined), { limits: { ...DEFAULT_LIMITS }, problems: [] });
    assert.deepEqual(readLimits({}).limits, { ...DEFAULT_LIMITS });
  });

  test('valid values are kept', () => {
    assert.deepEqual(readLimits({ fullCheckBytes: 10, maxBytes: 20 }), { limits: { fullCheckBytes: 10, maxBytes: 20 }, problems: [] });
  });

  test('invalid values are named and replaced by the default', () => {
    const { limits, problems } = readLimits({ fullCheckBytes: -1, maxBytes: 'lots' });
    assert.deepEqual(limits, { ...DEFAULT_LIMITS });
    assert.equal(problems.length, 2);
    assert.match(problems[0].message, /handoff\.limits\.fullCheckBytes must be a positive number/);
  });

  test('a full-check limit above the hard limit is lowered to it, and said', () => {
    const { limits, problems } = readLimits({ fullCheckBytes: 500, maxBytes: 100 });
    assert.deepEqual(limits, { fullCheckBytes: 100, maxBytes: 100 });
    assert.equal(problems.length, 1);
  });

  test('a non-object is a problem, not a crash', () => {
    assert.equal(readLimits('big').problems.length, 1);
    assert.equal(readLimits([1, 2]).problems.length, 1);
  });
});

describe('utf8Size', () => {
  test('equals the encoded length for any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        assert.equal(utf8Size(s), Buffer.byteLength(s, 'utf8'));
      }),
      { numRuns: 200 },
    );
  });

  test('with a cap, says rightly whether a string is above it, whatever the string holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(40), (s, cap) => {
        assert.equal(utf8Size(s, cap) > cap, Buffer.byteLength(s, 'utf8') > cap);
      }),
      { numRuns: 500 },
    );
  });

  test('stops counting past the cap but still reports a number above it', () => {
    assert.ok(utf8Size('a'.repeat(100), 10) > 10);
    assert.ok(utf8Size('é'.repeat(8), 10) > 10);
  });
});

test('file-too-large is in the rule catalog, so settings and suppressions accept it', () => {
  assert.ok(RULE_IDS.has('file-too-large'));
  assert.equal(ruleInfo('file-too-large')?.defaultSeverity, 'error');
});
