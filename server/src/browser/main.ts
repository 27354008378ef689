// The language server in a Web Worker (vscode.dev, github.dev): the client
// talks to it with postMessage. Everything else is the shared server body.

import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from '../server';

// The project type-checks against the DOM library, which has no worker scope;
// the scope's postMessage and message events are what the reader and writer use.
const scope = self as unknown as Worker;

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));

// As in the Node main: a bug is logged and the worker keeps serving.
scope.addEventListener('error', (e) => connection.console.error(`uncaught: ${e.error instanceof Error ? (e.error.stack ?? e.error.message) : e.message}`));
self.addEventListener('unhandledrejection', (e: PromiseRejectionEvent) => connection.console.error(`unhandled rejection: ${String(e.reason)}`));

startServer(connection);
