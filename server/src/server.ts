import { TextDocumentSyncKind, type Connection, type InitializeResult } from 'vscode-languageserver';
import { layerEditorOptions } from '../../packet/src';
import { readClientOptions } from './client-options';
import { InThreadChecker, type Checker } from './checker';
import { DocumentStore } from './document-store';
import { FEATURES } from './features';
import type { ServerContext } from './server-context';
import { Settings } from './settings';
import { Validation } from './validation';
import { RcConfigs, type RcHost } from './rc-configs';
import { watchRcFiles } from './rc-watch';

/** What the platform offers beyond the connection. */
export interface ServerHost {
  /** File reading for .handoffrc.yaml; without it (the browser) only the settings apply. */
  rc?: RcHost;
  /** Where checks run; by default on this thread (node/main.ts passes a worker thread). */
  checker?: (store: DocumentStore, fallback: Checker) => Checker;
}

/**
 * The language server itself, on whatever connection the platform made:
 * node/main.ts (stdio, IPC, socket) or browser/main.ts (a Web Worker's
 * postMessage). Nothing here may need Node or the DOM.
 */
export function startServer(connection: Connection, host: ServerHost = {}): void {
  const rcFiles = new RcConfigs(connection, host.rc);
  // Settings on top of the folder's .handoffrc.yaml (see layerEditorOptions for the order).
  const settings = new Settings(connection, (uri, s) => ({ ...layerEditorOptions(rcFiles.forDocument(uri), s), problems: s.problems }));
  const store = new DocumentStore((uri) => settings.for(uri).limits);
  const client: ServerContext['client'] = { capabilities: {}, commands: {} };
  const inThread = new InThreadChecker(store);
  const checker = host.checker?.(store, inThread) ?? inThread;
  const validation = new Validation(connection, store, settings, () => client.docsBase, checker);
  const ctx: ServerContext = { connection, store, settings, validation, checker, client };

  connection.onInitialize((params): InitializeResult => {
    client.capabilities = params.capabilities;
    const options = readClientOptions(params.initializationOptions);
    client.docsBase = options.docsBase;
    client.commands = options.commands;
    settings.enable(Boolean(params.capabilities.workspace?.configuration));
    const capabilities = Object.assign({ textDocumentSync: TextDocumentSyncKind.Incremental }, ...FEATURES.map((f) => f.capabilities));
    return { capabilities, serverInfo: { name: 'handoff-language-server', version: '0.1.0' } };
  });

  // Settings are read per document once the client is initialized; a packet
  // opened before is checked once, with its own settings (the check awaits them).
  connection.onInitialized(() => {
    settings.start();
    watchRcFiles(connection, client.capabilities, () => {
      rcFiles.invalidate();
      settings.invalidate();
      validation.all();
    });
  });

  connection.onDidChangeConfiguration((change) => {
    // Clients may push the settings along (`{ settings: { handoff: {…} } }`);
    // for one without workspace/configuration that is the only way to set
    // severities. A client that can be asked still is, per document.
    const pushed = (change.settings as { handoff?: unknown } | null | undefined)?.handoff;
    if (pushed && typeof pushed === 'object') settings.useFallback(pushed);
    else settings.invalidate();
    validation.all();
  });

  // TextDocuments fires onDidChangeContent for the open itself, right after
  // onDidOpen; the open handler checks that text. Every later event is an
  // edit, whatever version the client counted from (Helix, Eglot and
  // lsp-mode open at 0, VS Code at 1).
  const justOpened = new Set<string>();
  store.documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    validation.now(e.document.uri);
  });
  store.documents.onDidChangeContent((e) => {
    if (justOpened.delete(e.document.uri)) return;
    validation.schedule(e.document.uri);
  });
  store.documents.onDidClose((e) => {
    justOpened.delete(e.document.uri);
    validation.clear(e.document.uri);
    settings.forget(e.document.uri);
  });

  for (const feature of FEATURES) feature.register(ctx);

  store.documents.listen(connection);
  connection.listen();
}
