import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodePacketBytes } from '../../cli/src/files/decode-text';

// How the command line turns a packet file's bytes into text.

const TEXT = 'packet: 1\nworkflow:\n  name: Café ✓\n';
const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => utf16le(s).swap16();

describe('decoding packet bytes', () => {
  it('reads UTF-16 with a byte-order mark in either byte order, dropping the mark as an editor does', () => {
    assert.deepEqual(decodePacketBytes(utf16le(TEXT)), { ok: true, text: TEXT, encoding: 'utf-16le' });
    assert.deepEqual(decodePacketBytes(utf16be(TEXT)), { ok: true, text: TEXT, encoding: 'utf-16be' });
  });

  it('reads everything else as UTF-8, as before', () => {
    assert.deepEqual(decodePacketBytes(Buffer.from(TEXT)), { ok: true, text: TEXT, encoding: 'utf-8' });
    // A UTF-8 mark is dropped too, so first-line columns match the editor's.
    assert.deepEqual(decodePacketBytes(Buffer.from(`\ufeff${TEXT}`)), { ok: true, text: TEXT, encoding: 'utf-8' });
    assert.deepEqual(decodePacketBytes(Buffer.alloc(0)), { ok: true, text: '', encoding: 'utf-8' });
    // UTF-16 without a mark is not guessed at: its zero bytes stay for the checks to call a wrong encoding.
    const unmarked = decodePacketBytes(Buffer.from(TEXT, 'utf16le'));
    assert.ok(unmarked.ok && unmarked.encoding === 'utf-8' && unmarked.text.includes('\u0000'));
    // FF FE 00 00 opens UTF-32, not UTF-16.
    const utf32 = decodePacketBytes(Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x70, 0x00, 0x00, 0x00]));
    assert.ok(utf32.ok && utf32.encoding === 'utf-8');
  });

  it('refuses a UTF-16 mark followed by bytes that are not UTF-16, with a reason', () => {
    for (const bytes of [Buffer.from([0xfe, 0xff, 0x00, 0x61, 0x00]), Buffer.from([0xff, 0xfe, 0x00, 0xdc])]) {
      const r = decodePacketBytes(bytes);
      assert.equal(r.ok, false);
      assert.match(!r.ok ? r.reason : '', /byte-order mark but the rest is not valid UTF-16 text; save it as UTF-8/);
    }
  });
});
