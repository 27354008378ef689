// Globs the command expands itself, for shells that do not (quoted, or on
// Windows), with the semantics people know from other tools (picomatch):
// `*` and `?` stay within one folder and do not match a leading dot, `**`
// matches whole folders only, `{a,b}`, `[abc]` and `!(…)` work as usual.
import picomatch from 'picomatch';

export function isGlob(arg: string): boolean {
  return picomatch.scan(toPosix(arg)).isGlob;
}

export interface Glob {
  /** The fixed folder the pattern starts in: where the walk begins. */
  base: string;
  /** Whether a path relative to `base` (forward slashes) matches. */
  matches(rel: string): boolean;
}

export function compileGlob(pattern: string): Glob {
  const scan = picomatch.scan(toPosix(pattern));
  const base = scan.base === '' ? '.' : scan.base;
  return { base, matches: picomatch(scan.glob, { dot: false }) };
}

export function toPosix(p: string): string {
  return p.replace(/\\/g, '/');
}
