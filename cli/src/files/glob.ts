// A small glob matcher for the patterns people pass in CI when their shell
// does not expand them (quoted, or on Windows): `*`, `?`, `**`, `[abc]`,
// `{a,b}`. Paths are matched with forward slashes.

const MAGIC = /[*?[\]{}]/;

export function isGlob(arg: string): boolean {
  return MAGIC.test(arg);
}

/** The leading part of a pattern that has no wildcard: where the walk starts. */
export function globBase(pattern: string): string {
  const parts = pattern.split('/');
  const fixed: string[] = [];
  for (const p of parts.slice(0, -1)) {
    if (MAGIC.test(p)) break;
    fixed.push(p);
  }
  if (fixed.length === 0) return pattern.startsWith('/') ? '/' : '.';
  const base = fixed.join('/');
  return base === '' ? '/' : base;
}

/** A regular expression matching a whole path against a glob. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        const atStart = i === 0 || pattern[i - 1] === '/';
        i++;
        if (pattern[i + 1] === '/' && atStart) {
          i++;
          re += '(?:[^/]*/)*'; // `**/`: any number of folders, including none
        } else re += '.*';
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else if (ch === '{') {
      braces++;
      re += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (ch === ',' && braces > 0) re += '|';
    else re += ch.replace(/[.+^$()|\\/]/g, (c) => `\\${c}`);
  }
  return new RegExp(`^${re}$`);
}
