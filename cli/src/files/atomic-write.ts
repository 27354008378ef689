import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CliError, errnoCode, ioReason } from '../cli-io';

export interface WriteOptions {
  /** Replace an existing file. Without it an existing file is an error. */
  overwrite: boolean;
  /** Added to the "already exists" message, e.g. "pass --force to replace it". */
  overwriteHint: string;
  /** The target as the user wrote it, for messages. */
  shown?: string;
}

/**
 * Writes a file whole or not at all: the content goes to a temporary file
 * in the same folder, is flushed to the disk (fsync), and then takes the
 * target's name in one step; the folder is flushed after that, so the new
 * name survives a power cut too. Without the first flush a crash soon after
 * the rename can leave the name pointing at an empty file. When overwriting
 * is not allowed the rename is a hard link, which fails if the name is
 * taken, so no file that appeared meanwhile is lost either.
 */
export function writeFileAtomic(target: string, content: string | Buffer, options: WriteOptions): void {
  const name = options.shown ?? target;
  const dir = path.dirname(target);
  checkFolder(dir, name);
  const existing = statOrUndefined(target);
  if (existing?.isDirectory()) throw new CliError(`Cannot write ${name}: it is a folder. Give a file name instead.`);
  if (existing && !options.overwrite) throw new CliError(`${name} already exists; ${options.overwriteHint}.`);

  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeDurably(tmp, content, existing ? existing.mode & 0o777 : 0o644);
  } catch (err) {
    removeQuietly(tmp);
    throw new CliError(`Cannot write ${name}: ${ioReason(err)} in the folder ${path.dirname(name)}.`);
  }
  try {
    if (options.overwrite) renameSync(tmp, target);
    else linkNoClobber(tmp, target, name, options.overwriteHint);
  } catch (err) {
    removeQuietly(tmp);
    if (err instanceof CliError) throw err;
    throw new CliError(`Cannot write ${name}: ${ioReason(err)}.`);
  }
  if (!options.overwrite) removeQuietly(tmp);
  syncFolder(dir);
}

/** Creates `file` (never an existing one), writes `content` and flushes it to the disk before closing. */
function writeDurably(file: string, content: string | Buffer, mode: number): void {
  const fd = openSync(file, 'wx', mode);
  try {
    writeFileSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Flushes the folder's entries (the rename) to the disk. Best effort: some
 * systems (Windows) cannot open a folder for this, and by now the content is
 * safely on the disk under one name or the other.
 */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported here; the file itself was flushed before the rename.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function linkNoClobber(tmp: string, target: string, name: string, hint: string): void {
  try {
    linkSync(tmp, target);
  } catch (err) {
    const code = errnoCode(err);
    if (code === 'EEXIST') throw new CliError(`${name} already exists; ${hint}.`);
    // Some file systems have no hard links; there a check and a rename is the best on offer.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'EXDEV' || code === 'ENOSYS') {
      if (statOrUndefined(target)) throw new CliError(`${name} already exists; ${hint}.`);
      renameSync(tmp, target);
      return;
    }
    throw err;
  }
}

function checkFolder(dir: string, name: string): void {
  const st = statOrUndefined(dir);
  const shownDir = path.dirname(name);
  if (!st) throw new CliError(`Cannot write ${name}: the folder ${shownDir} does not exist. Create it first, or choose another path.`);
  if (!st.isDirectory()) throw new CliError(`Cannot write ${name}: ${shownDir} is a file, not a folder.`);
}

function statOrUndefined(p: string) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

function removeQuietly(p: string): void {
  try {
    unlinkSync(p);
  } catch {
    // Already gone, or never written.
  }
}
