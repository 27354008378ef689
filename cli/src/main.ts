// The `handoff` executable: runs the command line on the real process.
import { readFileSync } from 'node:fs';
import { run } from './run';

export { run };

// Runs only as the bundled entry point, not when a test imports run().
if (require.main === module) {
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
