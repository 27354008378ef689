// A packet file's bytes as text. UTF-8 is the format's encoding; a file saved
// as UTF-16 is still read when it says so with a byte-order mark (Windows
// editors do that), rather than being taken for binary because of the zero
// bytes in every ASCII character. Without a mark there is no guessing: the
// bytes are read as UTF-8 and the checks say the encoding is wrong.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: string };

export function decodePacketBytes(bytes: Buffer): DecodeResult {
  const encoding = utf16Mark(bytes);
  // The mark is dropped, as editors drop it: columns on the first line are
  // then the ones an editor shows, and YAML allows the mark anyway.
  if (!encoding) return { ok: true, text: withoutMark(bytes.toString('utf8')), encoding: 'utf-8' };
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes), encoding };
  } catch {
    const order = encoding === 'utf-16le' ? 'little-endian' : 'big-endian';
    return { ok: false, reason: `it starts with a UTF-16 (${order}) byte-order mark but the rest is not valid UTF-16 text; save it as UTF-8` };
  }
}

function withoutMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function utf16Mark(b: Buffer): TextEncodingName | undefined {
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  // FF FE 00 00 opens UTF-32 (little-endian), which is not supported: its
  // zero bytes then get the checks' own "wrong encoding" error.
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe && !(b.length >= 4 && b[2] === 0 && b[3] === 0)) return 'utf-16le';
  return undefined;
}
