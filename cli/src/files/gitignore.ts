// Files git ignores are skipped when a folder is searched: build output,
// vendored copies and scratch files are not the team's packets. Each
// folder's .gitignore applies below it, a deeper one's rules win, as in git.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';

interface Level {
  base: string;
  rules: Ignore;
}

export class GitIgnores {
  private constructor(private readonly levels: readonly Level[]) {}

  /**
   * The rules in force at `dir` from the .gitignore files of the folders
   * above it, up to the repository's root (the folder holding `.git`).
   * Outside a repository nothing is ignored.
   */
  static above(dir: string): GitIgnores {
    const chain: string[] = [];
    for (let d = path.resolve(dir); ; d = path.dirname(d)) {
      chain.unshift(d);
      if (existsSync(path.join(d, '.git'))) break;
      if (path.dirname(d) === d) return new GitIgnores([]);
    }
    // The folder itself is read by enter(), as the walk enters it.
    let here = new GitIgnores([]);
    for (const d of chain.slice(0, -1)) here = here.enter(d);
    return here;
  }

  /** The rules in force inside `dir`: these plus `dir/.gitignore`. */
  enter(dir: string): GitIgnores {
    let text: string;
    try {
      text = readFileSync(path.join(dir, '.gitignore'), 'utf8');
    } catch {
      return this;
    }
    return new GitIgnores([...this.levels, { base: dir, rules: ignore().add(text) }]);
  }

  ignores(full: string, isDir: boolean): boolean {
    let ignored = false;
    for (const { base, rules } of this.levels) {
      const rel = path.relative(base, full).split(path.sep).join('/');
      if (rel === '' || rel.startsWith('..')) continue;
      const r = rules.test(isDir ? `${rel}/` : rel);
      if (r.ignored) ignored = true;
      else if (r.unignored) ignored = false;
    }
    return ignored;
  }
}

/** `--ignore-pattern`: .gitignore syntax, relative to the folder the command runs in. */
export function ignorePatterns(patterns: readonly string[], cwd: string): (full: string, isDir: boolean) => boolean {
  if (patterns.length === 0) return () => false;
  const rules = ignore().add([...patterns]);
  return (full, isDir) => {
    const rel = path.relative(cwd, full).split(path.sep).join('/');
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
    return rules.ignores(isDir ? `${rel}/` : rel);
  };
}
