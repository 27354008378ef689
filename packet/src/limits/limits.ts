/**
 * How large a packet may be before the checker does less work. A packet is
 * normally a few hundred lines (10 to 30 KB); these limits exist for the
 * file that is not a packet at all, or is built to wear the reader down.
 */
export interface PacketLimits {
  /** Above this many UTF-8 bytes only the YAML syntax is checked. */
  fullCheckBytes: number;
  /** Above this many UTF-8 bytes the file is not parsed at all. */
  maxBytes: number;
}

const MB = 1024 * 1024;

/**
 * Measured on a slow shared machine: yaml reads a dense packet at roughly
 * 0.2 to 1 MB a second and holds about 100 bytes of memory per byte of it,
 * on every edit. 2 MB is already seconds and a couple of hundred megabytes;
 * the largest real packets are about 30 KB, so both limits sit far above
 * anything legitimate.
 */
export const DEFAULT_LIMITS: Readonly<PacketLimits> = Object.freeze({ fullCheckBytes: 1 * MB, maxBytes: 2 * MB });

/** The user-facing names of the limits, for messages that say how to raise them. */
export const LIMIT_SETTINGS: Readonly<Record<keyof PacketLimits, string>> = Object.freeze({
  fullCheckBytes: 'handoff.limits.fullCheckBytes',
  maxBytes: 'handoff.limits.maxBytes',
});

export interface LimitProblem {
  message: string;
}

/** Fills in defaults for missing limits, so callers may pass a partial object. */
export function effectiveLimits(limits: Partial<PacketLimits> | undefined): PacketLimits {
  return { fullCheckBytes: limits?.fullCheckBytes ?? DEFAULT_LIMITS.fullCheckBytes, maxBytes: limits?.maxBytes ?? DEFAULT_LIMITS.maxBytes };
}

/**
 * Reads user-supplied limits (settings, a config file, command-line flags),
 * keeping what is valid and saying what is not. A full-check limit above the
 * hard limit is lowered to it, since nothing above the hard limit is read.
 */
export function readLimits(input: unknown): { limits: PacketLimits; problems: LimitProblem[] } {
  const problems: LimitProblem[] = [];
  const limits: PacketLimits = { ...DEFAULT_LIMITS };
  if (input === undefined || input === null) return { limits, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push({ message: 'handoff.limits must be an object with fullCheckBytes and maxBytes.' });
    return { limits, problems };
  }
  const raw = input as Record<string, unknown>;
  for (const key of ['fullCheckBytes', 'maxBytes'] as const) {
    const v = raw[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      problems.push({ message: `${LIMIT_SETTINGS[key]} must be a positive number of bytes, not ${JSON.stringify(v)}; using ${DEFAULT_LIMITS[key]}.` });
      continue;
    }
    limits[key] = Math.floor(v);
  }
  if (limits.fullCheckBytes > limits.maxBytes) {
    problems.push({
      message: `${LIMIT_SETTINGS.fullCheckBytes} (${limits.fullCheckBytes}) is above ${LIMIT_SETTINGS.maxBytes} (${limits.maxBytes}); files above ${limits.maxBytes} bytes are not read at all.`,
    });
    limits.fullCheckBytes = limits.maxBytes;
  }
  return { limits, problems };
}

/**
 * The text's size in UTF-8 bytes, the unit people see for a file. Past `cap`
 * it stops counting and returns some number above `cap`, and a text too
 * short to reach `cap` gets a number at or below it: "is it above the limit"
 * needs no exact count. Without a cap the count is exact.
 */
export function utf8Size(text: string, cap = Infinity): number {
  // Every UTF-16 unit is at least one byte, so a long text is past the cap uncounted.
  if (text.length > cap) return text.length;
  // And at most three: a text that short is within the cap, whatever it holds.
  // (Checked on every keystroke, so a 2 MB packet is not scanned each time.)
  if (cap !== Infinity && text.length * 3 <= cap) return text.length;
  // ASCII is one byte a unit; only the runs outside it need a closer look,
  // found by a native regex scan (a per-character loop over 50 MB is slow).
  let bytes = text.length;
  for (const run of text.matchAll(NON_ASCII_RUNS)) {
    const s = run[0];
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x800) bytes += 1;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        // A surrogate pair: 4 bytes for 2 units.
        bytes += 2;
        i++;
      } else bytes += 2; // 3 bytes, a lone surrogate included (written as U+FFFD)
    }
    if (bytes > cap) return bytes;
  }
  return bytes;
}

const NON_ASCII_RUNS = /[^\x00-\x7f]+/g;

/** "2.5 MB", "800 KB": sizes as a person reads them. */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${trim(bytes / MB)} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function trim(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}
