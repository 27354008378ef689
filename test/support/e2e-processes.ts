// The processes of one real-VS-Code session, found by what they run: our
// language server is a Node process whose command line names dist/server.js
// under the session's own extensions folder, so sessions never see each
// other's. Linux only (/proc), like the rest of the harness.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Pids of the running processes whose command line contains every one of `parts`. */
export function processesRunning(...parts: string[]): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let cmdline: string;
    try {
      cmdline = readFileSync(join('/proc', name, 'cmdline'), 'utf8').split('\0').join(' ');
    } catch {
      continue; // It ended while we looked.
    }
    if (parts.every((p) => cmdline.includes(p)) && !isZombie(name)) found.push(Number(name));
  }
  return found;
}

/** A killed child stays in the table until its parent reaps it; it is not running. */
function isZombie(pid: string): boolean {
  try {
    const stat = readFileSync(join('/proc', pid, 'stat'), 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

/** The language server processes of the session whose extensions folder is `extensionsDir`. */
export function languageServers(extensionsDir: string): number[] {
  return processesRunning(extensionsDir, join('dist', 'server.js'));
}
