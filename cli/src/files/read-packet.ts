import { readFileSync } from 'node:fs';
import { ioReason } from '../cli-io';
import { decodePacketBytes } from './decode-text';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Reads a packet file as UTF-8, or as UTF-16 when it starts with that byte-order mark; a failure comes back as a reason, not a throw. */
export function readPacketFile(file: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return { ok: false, reason: ioReason(err) };
  }
  const decoded = decodePacketBytes(bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : decoded;
}
