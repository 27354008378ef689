// The web extension (vscode.dev, github.dev): the language server runs in a
// Web Worker. There is no git and no disk here, so Show Change Impact is not
// registered, and the context key that shows it in the palette
// (`handoff.changeImpactAvailable`) stays unset; checks, completion, the
// preview and export (through workspace.fs) are the shared body's.

import { Uri, type ExtensionContext } from 'vscode';
import { BaseLanguageClient, BrowserMessageReader, BrowserMessageWriter, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser';
import { CLIENT_ID, CLIENT_NAME, startClient } from '../start-client';
import { startServerWorker, type ServerWorker } from './server-worker';

/**
 * A fresh worker per start: the browser server never exits on its own, so a
 * restart (after a crash or by hand) would otherwise initialize the same
 * worker twice, on top of the old session's documents.
 */
class WorkerLanguageClient extends BaseLanguageClient {
  private server: ServerWorker | undefined;

  constructor(
    options: LanguageClientOptions,
    private readonly script: Uri,
  ) {
    super(CLIENT_ID, CLIENT_NAME, options);
  }

  protected async createMessageTransports(): Promise<MessageTransports> {
    this.server?.dispose();
    this.server = await startServerWorker(this.script);
    const { worker } = this.server;
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  }

  override async stop(timeout?: number): Promise<void> {
    try {
      await super.stop(timeout);
    } finally {
      this.server?.dispose();
      this.server = undefined;
    }
  }
}

let client: BaseLanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const script = Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  await startClient(context, (options) => (client = new WorkerLanguageClient(options, script)));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
