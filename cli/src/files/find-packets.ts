import { lstatSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { CliError, ioReason } from '../cli-io';
import { GitIgnores, ignorePatterns } from './gitignore';
import { compileGlob, isGlob, toPosix } from './glob';

/** Folders never searched: dependencies and git's own store. */
const SKIPPED = new Set(['node_modules', '.git']);

export const PACKET_NAMES_TEXT = 'handoff.yaml, handoff.yml, *.handoff.yaml or *.handoff.yml';

export function isPacketName(name: string): boolean {
  return /^handoff\.ya?ml$/.test(name) || /\.handoff\.ya?ml$/.test(name);
}

export interface FindOptions {
  /** `--ignore-pattern`s, .gitignore syntax relative to the working folder; they apply to named files too. */
  ignore?: readonly string[];
}

export interface Found {
  files: string[];
  /** Packets left out by --ignore-pattern (not counting what .gitignore hides). */
  ignored: number;
}

type Ignored = (full: string, isDir: boolean) => boolean;

/**
 * Turns command-line paths into packet files: a file is taken whatever its
 * name, a folder is searched for packet file names (skipping what its
 * .gitignore files ignore), a glob is expanded (matched files taken, matched
 * folders searched). Sorted, without repeats. A path that does not exist, a
 * glob matching nothing, or a folder without packets is an error: in CI it
 * almost always means a mistyped path.
 */
export function findPackets(args: readonly string[], cwd: string, options: FindOptions = {}): Found {
  const found = new Set<string>();
  const skip = ignorePatterns(options.ignore ?? [], cwd);
  let ignored = 0;
  const take = (full: string) => {
    if (skip(full, false)) ignored++;
    else found.add(full);
  };
  const inputs = args.length > 0 ? args : ['.'];
  for (const arg of inputs) {
    const before = found.size + ignored;
    if (isGlob(arg)) expandGlob(arg, cwd, take, skip);
    else addPath(arg, path.resolve(cwd, arg), take, skip);
    if (found.size + ignored === before) throw nothingFound(arg, isGlob(arg));
  }
  return { files: [...found].sort(), ignored };
}

function addPath(arg: string, full: string, take: (f: string) => void, skip: Ignored): void {
  let isDir: boolean;
  try {
    isDir = statSync(full).isDirectory();
  } catch (err) {
    // A link to nothing is still a packet the user named: reading it reports why it fails.
    if (isDanglingLink(full)) {
      take(full);
      return;
    }
    throw new CliError(`Cannot check ${arg}: ${ioReason(err)}.`);
  }
  if (isDir) walk(full, take, skip, GitIgnores.above(full));
  else take(full);
}

function walk(dir: string, take: (f: string) => void, skip: Ignored, outer: GitIgnores): void {
  const git = outer.enter(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    throw new CliError(`Cannot search the folder ${dir}: ${ioReason(err)}.`);
  }
  for (const name of names) {
    if (SKIPPED.has(name)) continue;
    const full = path.join(dir, name);
    let st;
    try {
      st = lstatSync(full);
    } catch {
      continue;
    }
    // Linked folders are not followed: a link back up the tree would never end.
    if (st.isDirectory()) {
      if (!git.ignores(full, true) && !skip(full, true)) walk(full, take, skip, git);
    } else if (isPacketName(name) && (st.isFile() || st.isSymbolicLink()) && !git.ignores(full, false)) take(full);
  }
}

function expandGlob(pattern: string, cwd: string, take: (f: string) => void, skip: Ignored): void {
  const glob = compileGlob(pattern);
  const absBase = path.resolve(cwd, glob.base);
  const visit = (dir: string, rel: string, outer: GitIgnores) => {
    const git = outer.enter(dir);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (SKIPPED.has(name)) continue;
      const full = path.join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      let st;
      try {
        st = lstatSync(full);
      } catch {
        continue;
      }
      const isDir = st.isDirectory();
      if (git.ignores(full, isDir) || (isDir && skip(full, true))) continue;
      if (isDir) {
        if (glob.matches(relPath)) walk(full, take, skip, git);
        else visit(full, relPath, git);
      } else if (glob.matches(toPosix(relPath))) take(full);
    }
  };
  visit(absBase, '', GitIgnores.above(absBase));
}

function isDanglingLink(full: string): boolean {
  try {
    return lstatSync(full).isSymbolicLink();
  } catch {
    return false;
  }
}

function nothingFound(arg: string, glob: boolean): CliError {
  if (glob) return new CliError(`No file matches ${arg}. Check the pattern; quote it so the shell passes it on unchanged.`);
  return new CliError(`No packet found in ${arg}: looked for ${PACKET_NAMES_TEXT} (node_modules, .git and what .gitignore ignores are skipped). Pass the packet's path, or point at the folder that holds it.`);
}
