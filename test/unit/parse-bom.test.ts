import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPacket, parsePacket, PacketAnalysis, readiness } from '../../packet/src';
import { bundledExample } from '../support/fixtures';

// A UTF-8 byte-order mark is allowed by YAML, and editors write one on
// request. The text may reach the library with the mark (a file read as it
// is) or without it (an editor that drops it): both must read the same.

const MARK = '\ufeff';

describe('a byte-order mark', () => {
  it('is not reported, and the packet reads as without it', () => {
    const plain = bundledExample();
    assert.deepEqual(checkPacket(parsePacket(plain)), []);
    assert.deepEqual(checkPacket(parsePacket(MARK + plain)), []);
    assert.deepEqual(parsePacket(MARK + plain).value, parsePacket(plain).value);
    const r = readiness(new PacketAnalysis(MARK + plain));
    assert.equal(r.questions.filter((q) => q.status === 'answered').length, 9);
  });

  it('keeps each problem on its characters, with the mark and without it', () => {
    // One defect on the first key line and one deep in the file.
    const plain = bundledExample().replace(/^packet: 1$/m, 'packet: 2').replace('authority: approval', 'authority: approvl');
    for (const text of [plain, MARK + plain]) {
      const parsed = parsePacket(text);
      const got = checkPacket(parsed);
      assert.deepEqual(
        got.map((d) => [d.rule, text.slice(d.span.start, d.span.end)]),
        [
          ['schema', '2'],
          ['schema', 'approvl'],
        ],
      );
      const first = parsed.lines.positionAt(got[0].span.start);
      const lineOfPacket = plain.split('\n').findIndex((l) => l === 'packet: 2');
      // The mark is a character of the text when it is there: columns on line 1 count it.
      assert.deepEqual(first, { line: lineOfPacket, character: 8 + (text === plain || lineOfPacket > 0 ? 0 : 1) });
    }
  });

  it('on a file that starts with a key, the key is still the key', () => {
    const text = `${MARK}packet: 1\nworkflow: { name: x }\n`;
    const parsed = parsePacket(text);
    assert.equal((parsed.value as { packet: number }).packet, 1);
    assert.deepEqual(checkPacket(parsed).filter((d) => d.rule === 'yaml-syntax' || d.rule === 'unknown-key'), []);
  });
});
