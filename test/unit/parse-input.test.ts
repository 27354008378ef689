import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPacket, parsePacket } from '../../packet/src';
import { bundledExample } from '../support/fixtures';

// Inputs that cannot carry an inline `want` comment (an empty file, line
// endings mixed on purpose) are checked here.

describe('bad input gets one clear diagnostic', () => {
  it('an empty file says the packet is empty', () => {
    const got = checkPacket(parsePacket(''));
    assert.deepEqual(got.map((d) => [d.rule, d.severity, d.span.start, d.span.end]), [['yaml-syntax', 'error', 0, 0]]);
    assert.match(got[0].message, /The packet is empty/);
  });

  it('a whitespace-only file says the packet is empty', () => {
    const got = checkPacket(parsePacket('\n\n   \n'));
    assert.equal(got.length, 1);
    assert.match(got[0].message, /The packet is empty/);
  });

  it('CRLF line endings throughout are YAML and report nothing', () => {
    const crlf = bundledExample().replace(/\n/g, '\r\n');
    assert.deepEqual(checkPacket(parsePacket(crlf)).map((d) => `${d.rule}: ${d.message}`), []);
  });

  it('mixed line endings are named as such, once', () => {
    const base = bundledExample();
    const lines = base.split('\n');
    const mixed = lines.map((l, i) => (i % 2 === 0 && i < lines.length - 1 ? `${l}\r` : l)).join('\n');
    const got = checkPacket(parsePacket(mixed)).filter((d) => d.rule === 'yaml-syntax');
    assert.equal(got.length, 1);
    assert.equal(got[0].severity, 'info');
    assert.match(got[0].message, /mixes Windows \(CRLF\) and Unix \(LF\)/);
  });

  it('a top-level list is not taken for a packet', () => {
    const got = checkPacket(parsePacket('- packet: 1\n- workflow: {}\n'));
    assert.deepEqual(got.map((d) => d.rule), ['schema']);
    assert.match(got[0].message, /mapping of sections/);
  });

  it('a configured severity applies and `off` silences a rule', () => {
    const text = bundledExample().replace(/\nsupport:[\s\S]*$/, '\n');
    const parsed = parsePacket(text);
    assert.equal(checkPacket(parsed).find((d) => d.rule === 'missing-section')?.severity, 'error');
    assert.equal(checkPacket(parsed, { rules: { 'missing-section': 'warning' } }).find((d) => d.rule === 'missing-section')?.severity, 'warning');
    assert.equal(checkPacket(parsed, { rules: { 'missing-section': 'off' } }).find((d) => d.rule === 'missing-section'), undefined);
  });

  it('suppression comments silence the named rule on the next line and file-wide', () => {
    const base = bundledExample().replace('approver: partner-manager', 'approver: partner-mgr');
    assert.ok(checkPacket(parsePacket(base)).some((d) => d.rule === 'unknown-reference'));
    const nextLine = base.replace('      approver: partner-mgr', '      # handoff-disable-next-line unknown-reference\n      approver: partner-mgr');
    assert.ok(!checkPacket(parsePacket(nextLine)).some((d) => d.rule === 'unknown-reference'));
    const fileWide = `# handoff-disable unknown-reference, queue-without-limit\n${base}`;
    assert.ok(!checkPacket(parsePacket(fileWide)).some((d) => d.rule === 'unknown-reference'));
    const tooLate = base.replace('\nsupport:', '\n# handoff-disable unknown-reference\nsupport:');
    assert.ok(checkPacket(parsePacket(tooLate)).some((d) => d.rule === 'unknown-reference'), 'handoff-disable counts only in the leading comment block');
  });
});
