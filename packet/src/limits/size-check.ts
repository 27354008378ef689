import type { PacketDiagnostic, Span } from '../diagnostic';
import { effectiveLimits, formatBytes, LIMIT_SETTINGS, utf8Size, type PacketLimits } from './limits';

/** The rule id of every size diagnostic; see docs/rules/file-too-large.md. */
export const FILE_TOO_LARGE = 'file-too-large';

/**
 * The one diagnostic for a file above the hard limit, or undefined when the
 * file may be parsed. Nothing else is reported for such a file, so this one
 * has to say what was skipped and how to change that.
 */
export function refusedBySize(text: string, limits?: Partial<PacketLimits>): PacketDiagnostic | undefined {
  const { maxBytes } = effectiveLimits(limits);
  if (utf8Size(text, maxBytes) <= maxBytes) return undefined;
  // Far above the limit an exact count only costs time: each character is at least a byte.
  const size = text.length > 4 * maxBytes ? `at least ${formatBytes(text.length)}` : formatBytes(utf8Size(text));
  return {
    rule: FILE_TOO_LARGE,
    severity: 'error',
    message:
      `This file is ${size}, above the ${formatBytes(maxBytes)} limit, so it was not read at all: ` +
      `no checks, completion, hover or preview. A packet is normally a few hundred lines. ` +
      `If this file really is a packet, raise the \`${LIMIT_SETTINGS.maxBytes}\` setting.`,
    span: firstLine(text),
  };
}

/**
 * An information diagnostic when the file is above the full-check limit:
 * it was parsed (syntax errors and editor features work) but the schema and
 * the operating checks did not run. Undefined when the full check applies.
 */
export function fullCheckSkipped(text: string, limits?: Partial<PacketLimits>): PacketDiagnostic | undefined {
  const { fullCheckBytes } = effectiveLimits(limits);
  const size = utf8Size(text, fullCheckBytes);
  if (size <= fullCheckBytes) return undefined;
  return {
    rule: FILE_TOO_LARGE,
    severity: 'info',
    message:
      `This file is ${formatBytes(utf8Size(text))}, above the ${formatBytes(fullCheckBytes)} limit for a full check, so only its YAML syntax was checked: ` +
      `the schema and the operating checks were skipped to keep the editor responsive. ` +
      `Raise the \`${LIMIT_SETTINGS.fullCheckBytes}\` setting to check it fully.`,
    span: firstLine(text),
  };
}

/** The first line, at most 200 characters of it: something to hang the message on. */
function firstLine(text: string): Span {
  const nl = text.indexOf('\n');
  const end = nl < 0 ? text.length : nl;
  return { start: 0, end: Math.min(end, 200) };
}
