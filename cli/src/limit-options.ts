// The size limits of `handoff check`, the editor's handoff.limits.* settings
// under other names: `--full-check-bytes` / `--max-bytes` on the command line
// and `limits: { fullCheckBytes, maxBytes }` in .handoffrc.yaml. A flag wins
// over the file, the file over the defaults.
import { DEFAULT_LIMITS, type PacketLimits } from '../../packet/src';
import { CliError } from './cli-io';

export type LimitValues = Partial<PacketLimits>;
type Key = keyof PacketLimits;

export const LIMIT_KEYS: readonly Key[] = ['fullCheckBytes', 'maxBytes'];
const FLAG: Record<Key, string> = { fullCheckBytes: '--full-check-bytes', maxBytes: '--max-bytes' };

/** A whole number of bytes, 1 or more: what the flags and the config file accept. */
export function isByteCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 1;
}

/** The flags as parseArgs hands them over (strings), checked. */
export function readLimitFlags(values: Partial<Record<Key, unknown>>): LimitValues {
  const out: LimitValues = {};
  for (const key of LIMIT_KEYS) {
    const v = values[key];
    if (v === undefined) continue;
    const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN;
    if (!isByteCount(n)) throw new CliError(`check: ${FLAG[key]} takes a whole number of bytes (1 or more), not "${String(v)}".`);
    out[key] = n;
  }
  return out;
}

/**
 * The limits a run uses. A hard limit lowered on its own also lowers the
 * full-check limit under it, as the editor does. A full-check limit above
 * the hard limit is a mistake to point out, except when it comes from the
 * file and a lower --max-bytes overrides the file's: then the flag wins.
 */
export function resolveLimits(flags: LimitValues, file: LimitValues, fileName = '.handoffrc.yaml'): PacketLimits {
  const maxBytes = flags.maxBytes ?? file.maxBytes ?? DEFAULT_LIMITS.maxBytes;
  const fullCheckBytes = flags.fullCheckBytes ?? file.fullCheckBytes;
  if (fullCheckBytes === undefined) return { fullCheckBytes: Math.min(DEFAULT_LIMITS.fullCheckBytes, maxBytes), maxBytes };
  if (fullCheckBytes <= maxBytes) return { fullCheckBytes, maxBytes };
  if (flags.fullCheckBytes === undefined && flags.maxBytes !== undefined) return { fullCheckBytes: maxBytes, maxBytes };
  const fullName = flags.fullCheckBytes !== undefined ? FLAG.fullCheckBytes : `limits.fullCheckBytes in ${fileName}`;
  const maxName = flags.maxBytes !== undefined ? FLAG.maxBytes : file.maxBytes !== undefined ? `limits.maxBytes in ${fileName}` : 'the default hard limit';
  throw new CliError(
    `check: ${fullName} (${fullCheckBytes}) is above ${maxName} (${maxBytes}). A file above ${maxBytes} bytes is not read at all, so it cannot be checked in full: lower the full-check limit, or raise the hard limit with --max-bytes or limits.maxBytes.`,
  );
}
