import { readFileSync } from 'node:fs';
import { ioReason } from '../cli-io';
import { decodePacketBytes, type TextEncodingName } from './decode-text';

export type ReadResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: string };

/** Reads a packet file as UTF-8, or as UTF-16 when it starts with that byte-order mark; a failure comes back as a reason, not a throw. */
export function readPacketFile(file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return { ok: false, reason: ioReason(err) };
  }
  return decodePacketBytes(bytes);
}
