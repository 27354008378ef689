// The web extension (vscode.dev, github.dev): the language server runs in a
// Web Worker. There is no git and no disk here, so Show Change Impact is not
// registered, and the context key that shows it in the palette
// (`handoff.changeImpactAvailable`) stays unset; checks, completion, the
// preview and export (through workspace.fs) are the shared body's.

import { Uri, type ExtensionContext } from 'vscode';
import { BaseLanguageClient, BrowserMessageReader, BrowserMessageWriter, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser';
import { CLIENT_ID, CLIENT_NAME, startClient } from '../start-client';

/**
 * A fresh worker per start: the browser server never exits on its own, so a
 * restart (after a crash or by hand) would otherwise initialize the same
 * worker twice, on top of the old session's documents.
 */
class WorkerLanguageClient extends BaseLanguageClient {
  private worker: Worker | undefined;

  constructor(
    options: LanguageClientOptions,
    private readonly scriptUrl: string,
  ) {
    super(CLIENT_ID, CLIENT_NAME, options);
  }

  protected createMessageTransports(): Promise<MessageTransports> {
    this.worker?.terminate();
    const worker = new Worker(this.scriptUrl);
    this.worker = worker;
    return Promise.resolve({ reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) });
  }

  override async stop(timeout?: number): Promise<void> {
    try {
      await super.stop(timeout);
    } finally {
      this.worker?.terminate();
      this.worker = undefined;
    }
  }
}

let client: BaseLanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const script = Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js').toString(true);
  await startClient(context, (options) => (client = new WorkerLanguageClient(options, script)));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
