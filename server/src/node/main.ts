import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';

// Transport comes from the command line (--stdio, --node-ipc, --socket), as
// vscode-languageserver reads it; the extension uses IPC, tests use stdio.
const connection = createConnection(ProposedFeatures.all);

// A bug must never take the server down with it: log and keep serving.
process.on('uncaughtException', (err) => connection.console.error(`uncaught: ${err.stack ?? err.message}`));
process.on('unhandledRejection', (err) => connection.console.error(`unhandled rejection: ${String(err)}`));

startServer(connection);
