import { lstatSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { CliError, ioReason } from '../cli-io';
import { globBase, globToRegExp, isGlob } from './glob';

/** Folders never searched: dependencies and git's own store. */
const SKIPPED = new Set(['node_modules', '.git']);

export const PACKET_NAMES_TEXT = 'handoff.yaml, handoff.yml, *.handoff.yaml or *.handoff.yml';

export function isPacketName(name: string): boolean {
  return /^handoff\.ya?ml$/.test(name) || /\.handoff\.ya?ml$/.test(name);
}

/**
 * Turns command-line paths into packet files: a file is taken whatever its
 * name, a folder is searched for packet file names, a glob is expanded
 * (matched files taken, matched folders searched). Sorted, without repeats.
 * A path that does not exist, a glob matching nothing, or nothing found at
 * all is an error: in CI it almost always means a mistyped path.
 */
export function findPackets(args: readonly string[], cwd: string): string[] {
  const found = new Set<string>();
  const inputs = args.length > 0 ? args : ['.'];
  for (const arg of inputs) {
    const before = found.size;
    if (isGlob(arg)) expandGlob(arg, cwd, found);
    else addPath(arg, path.resolve(cwd, arg), found);
    if (found.size === before) throw nothingFound(arg, isGlob(arg));
  }
  return [...found].sort();
}

function addPath(arg: string, full: string, found: Set<string>): void {
  let isDir: boolean;
  try {
    isDir = statSync(full).isDirectory();
  } catch (err) {
    // A link to nothing is still a packet the user named: reading it reports why it fails.
    if (isDanglingLink(full)) {
      found.add(full);
      return;
    }
    throw new CliError(`Cannot check ${arg}: ${ioReason(err)}.`);
  }
  if (isDir) walk(full, found);
  else found.add(full);
}

function walk(dir: string, found: Set<string>): void {
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
    if (st.isDirectory()) walk(full, found);
    else if (isPacketName(name) && (st.isFile() || st.isSymbolicLink())) found.add(full);
  }
}

function expandGlob(pattern: string, cwd: string, found: Set<string>): void {
  const posix = pattern.split(path.sep).join('/');
  const base = globBase(posix);
  const absBase = path.resolve(cwd, base);
  const re = globToRegExp(path.posix.normalize(posix).replace(/^\.\//, ''));
  const prefix = base === '.' ? '' : `${path.posix.normalize(base).replace(/\/$/, '')}/`;
  const visit = (dir: string, rel: string) => {
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
      const matches = re.test(`${prefix}${relPath}`) || (prefix === '' && re.test(relPath));
      if (st.isDirectory()) {
        if (matches) walk(full, found);
        else visit(full, relPath);
      } else if (matches) found.add(full);
    }
  };
  visit(absBase, '');
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
  return new CliError(`No packet found in ${arg}: looked for ${PACKET_NAMES_TEXT} (node_modules and .git are skipped). Pass the packet's path, or point at the folder that holds it.`);
}
