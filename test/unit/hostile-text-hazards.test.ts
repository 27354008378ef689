// Text YAML reads without complaint, or with a complaint that hides the
// cause: each gets one diagnostic that names the cause and the fix.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parsePacket, type PacketDiagnostic } from '../../packet/src';
import { capSyntaxProblems } from '../../packet/src/limits';

const about = (text: string, pattern: RegExp): PacketDiagnostic[] => parsePacket(text).problems.filter((p) => pattern.test(p.message));

describe('merge-conflict markers', () => {
  const conflict = 'packet: 1\nworkflow:\n<<<<<<< HEAD\n  name: A\n=======\n  name: B\n>>>>>>> other\n';

  test('one error per conflict, on its <<<<<<< line', () => {
    const found = about(conflict, /merge conflict/);
    assert.equal(found.length, 1);
    assert.equal(conflict.slice(found[0].span.start, found[0].span.end), '<<<<<<< HEAD');
    assert.equal(found[0].severity, 'error');
  });

  test('a marker left over from a half-resolved conflict is reported on its own', () => {
    const found = about('packet: 1\n>>>>>>> other\n', /merge-conflict marker/);
    assert.equal(found.length, 1);
  });

  test('seven characters inside a value are not a marker', () => {
    assert.deepEqual(about('packet: 1\nnote: "<<<<<<< not at line start"\nrule: =======x\n', /conflict/), []);
  });

  test('a CRLF file underlines the marker without the carriage return', () => {
    const text = 'packet: 1\r\n<<<<<<< HEAD\r\n=======\r\n>>>>>>> x\r\n';
    const [d] = about(text, /merge conflict/);
    assert.equal(text.slice(d.span.start, d.span.end), '<<<<<<< HEAD');
  });
});

describe('line endings and encodings', () => {
  test('a lone carriage return is a warning: the editor and YAML disagree on the lines', () => {
    const found = about('packet: 1\rworkflow: x\n', /carriage return alone/);
    assert.equal(found.length, 1);
    assert.deepEqual(found[0].span, { start: 9, end: 10 });
  });

  test('CRLF alone is not a lone carriage return', () => {
    assert.deepEqual(about('packet: 1\r\nworkflow: x\r\n', /carriage return alone/), []);
  });

  test('replacement characters (bytes that were not UTF-8) get one warning at the first', () => {
    const text = 'packet: 1\nname: Caf\ufffd r\ufffdsum\ufffd\n';
    const found = about(text, /not UTF-8/);
    assert.equal(found.length, 1);
    assert.equal(found[0].span.start, text.indexOf('\ufffd'));
  });

  test('with NUL bytes too the NUL error speaks alone', () => {
    assert.deepEqual(about('\ufffd\ufffdp\u0000a\u0000', /not UTF-8/), []);
  });
});

describe('lone surrogates', () => {
  test('a half pair in the text is a warning at its position', () => {
    const text = 'packet: 1\nname: a\ud800b\n';
    const found = about(text, /surrogate pair/);
    assert.equal(found.length, 1);
    assert.equal(found[0].span.start, text.indexOf('\ud800'));
  });

  test('an escape that makes a half pair is a warning on the value', () => {
    const text = 'packet: 1\nname: "x \\uDC00"\n';
    const found = about(text, /\\u escape/);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].span.start, found[0].span.end), '"x \\uDC00"');
  });

  test('whole pairs, written or escaped, are fine', () => {
    assert.deepEqual(about('packet: 1\nname: "\u{1F600} \\uD83D\\uDE00"\n', /surrogate/), []);
  });
});

describe('capSyntaxProblems', () => {
  const err = (i: number): PacketDiagnostic => ({ rule: 'yaml-syntax', severity: 'error', message: `e${i}`, span: { start: i, end: i + 1 } });

  test('keeps the first errors and sums up the rest in one', () => {
    const list = [...Array.from({ length: 60 }, (_, i) => err(i)), { rule: 'duplicate-key', severity: 'error' as const, message: 'dup', span: { start: 99, end: 100 } }];
    const out = capSyntaxProblems(list, 50);
    assert.equal(out.filter((d) => d.rule === 'yaml-syntax').length, 51);
    assert.match(out[50].message, /^10 more YAML syntax errors/);
    assert.ok(out.some((d) => d.rule === 'duplicate-key'), 'other rules pass untouched');
  });

  test('5,000 stacked tags come back as a readable handful', () => {
    const problems = parsePacket(`packet: 1\nworkflow: ${'! '.repeat(5000)}x\n`).problems;
    assert.ok(problems.length <= 52, `${problems.length} problems`);
    // Past the budget of syntax errors reading stops, and one diagnostic says so.
    assert.ok(problems.some((p) => /more than \d+ YAML syntax errors/.test(p.message)));
  });
});

describe('positions in a file with lone carriage returns', () => {
  test('a lone \\r ends a line, as it does in the editor and in LSP positions', () => {
    const text = 'packet: 1\rworkflow:\r\n  name: x\n';
    const { lines } = parsePacket(text);
    assert.deepEqual(lines.positionAt(text.indexOf('workflow')), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(text.indexOf('name')), { line: 2, character: 2 });
    assert.equal(lines.offsetAt({ line: 1, character: 0 }), text.indexOf('workflow'));
  });
});

test('positions stay right after yaml recovers from a stray `}` (its own line counter loses a line there)', () => {
  const text = 'review:\n    - kind: x: [a] }\n    next: done\n\nperms:\n  actions:\n    - id: w\n      system: h\n      broken-line\n      note: y\n';
  const { lines } = parsePacket(text);
  const at = text.indexOf('note');
  assert.deepEqual(lines.positionAt(at), { line: 9, character: 6 });
});
