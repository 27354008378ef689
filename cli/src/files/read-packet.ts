import { readFileSync } from 'node:fs';
import { ioReason } from '../cli-io';

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** Reads a packet file as UTF-8; a failure comes back as a reason, not a throw. */
export function readPacketFile(file: string): ReadResult {
  try {
    return { ok: true, text: readFileSync(file, 'utf8') };
  } catch (err) {
    return { ok: false, reason: ioReason(err) };
  }
}
