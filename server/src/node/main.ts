import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from '../server';
import { startupAction } from './usage';
import { WorkerChecker } from './worker-checker';

// Transport comes from the command line (--stdio, --node-ipc, --socket), as
// vscode-languageserver reads it; the extension uses IPC, tests and other
// editors use stdio. Without one, say how to run the server.
const startup = startupAction(process.argv.slice(2));
if (!startup.serve) {
  if (startup.stdout) process.stdout.write(startup.stdout);
  if (startup.stderr) process.stderr.write(startup.stderr);
  process.exit(startup.code);
}

const connection = createConnection(ProposedFeatures.all);

// A bug must never take the server down with it: log and keep serving.
process.on('uncaughtException', (err) => connection.console.error(`uncaught: ${err.stack ?? err.message}`));
process.on('unhandledRejection', (err) => connection.console.error(`unhandled rejection: ${String(err)}`));

// .handoffrc.yaml is read from disk; a missing or unreadable file is no config.
// Checks run in a worker thread, so completion and hover are answered while a large packet is checked.
startServer(connection, {
  checker: (_store, fallback) => new WorkerChecker(fallback, (m) => connection.console.warn(m)),
  rc: {
    readFile(uri) {
      try {
        return readFileSync(fileURLToPath(uri), 'utf8');
      } catch {
        return undefined;
      }
    },
  },
});
