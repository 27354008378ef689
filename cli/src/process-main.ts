// The command line run on the real process: arguments, streams, exit code.
// Shared by the `handoff` bin (cli/src/main.ts) and the Action's copy of the
// CLI for the pre-commit hook (action/src/handoff.ts), an ES module with no
// `require.main` to test.
import { readFileSync } from 'node:fs';
import { run } from './run';

export function runOnProcess(): void {
  // Output piped into `head` that closes early is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  process.exitCode = run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    out: (t) => void process.stdout.write(t),
    err: (t) => void process.stderr.write(t),
    stdoutIsTty: process.stdout.isTTY === true,
    readStdin: () => readFileSync(0),
  });
}
