import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { CliError } from './cli-io';

export type GitShow = { status: 'found'; text: string } | { status: 'absent' };

/**
 * A file's text at a git revision. `rev:./name` run from the file's own
 * folder lets git resolve the path inside the repository, wherever the
 * repository root is. A file the revision does not have is `absent`; no git,
 * no repository or a bad revision is an error.
 */
export function gitShow(rev: string, file: string): GitShow {
  if (rev.startsWith('-') || rev.includes(':') || rev.trim() === '') throw new CliError(`diff: "${rev}" is not a revision; give a commit, branch or tag such as HEAD or origin/main.`);
  const dir = path.dirname(file);
  try {
    const text = execFileSync('git', ['show', `${rev}:./${path.basename(file)}`], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return { status: 'found', text };
  } catch (err) {
    const e = err as { code?: string; stderr?: string | Buffer };
    if (e.code === 'ENOENT') throw new CliError('diff --git needs git, and git was not found on the PATH.');
    const stderr = String(e.stderr ?? '').trim();
    if (/does not exist in|exists on disk, but not in/.test(stderr)) return { status: 'absent' };
    if (/not a git repository/i.test(stderr)) throw new CliError(`diff --git: ${dir} is not inside a git repository.`);
    if (/invalid object name|unknown revision|bad revision|ambiguous argument/i.test(stderr)) {
      throw new CliError(`diff --git: git does not know the revision "${rev}". Use a commit, branch or tag (in CI, fetch enough history for it).`);
    }
    throw new CliError(`diff --git: git show failed: ${stderr.split('\n')[0] || String(err)}`);
  }
}
