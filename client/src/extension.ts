import * as path from 'node:path';
import { workspace, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'handoff', scheme: 'file' },
      { language: 'handoff', scheme: 'untitled' },
      { language: 'handoff', scheme: 'vscode-vfs' },
    ],
    synchronize: { configurationSection: 'handoff' },
    initializationOptions: {
      // Rule pages ship inside the extension, so a click on a rule id opens them offline.
      docsBase: context.extensionUri.with({ path: path.posix.join(context.extensionUri.path, 'docs', 'rules') }).toString(),
    },
  };
  client = new LanguageClient('handoff', 'Handoff Packet', serverOptions, clientOptions);
  await client.start();
  void workspace;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
