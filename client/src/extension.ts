import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerPreview } from './preview/register-preview';
import { registerChangeImpact } from './change-impact/register-change-impact';
import { registerServerHealth, ServerHealth } from './server-health';
import { registerReadinessStatus } from './readiness-status';
import { registerLensCommands } from './lens-commands';
import { VSCODE_CLIENT_COMMANDS } from '../../server/src/features/lens-commands';
import { registerWalkthroughCommands } from './walkthrough/walkthrough-commands';
import { registerCheckTask } from './tasks/check-task';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  registerChangeImpact(context);
  registerWalkthroughCommands(context);
  registerCheckTask(context);
  registerPreview(context); // before the server starts: the preview serializer must exist when VS Code restores panels
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const serverHealth = new ServerHealth();
  const clientOptions: LanguageClientOptions = {
    errorHandler: serverHealth.errorHandler,
    documentSelector: [
      { language: 'handoff', scheme: 'file' },
      { language: 'handoff', scheme: 'untitled' },
      { language: 'handoff', scheme: 'vscode-vfs' },
    ],
    synchronize: { configurationSection: 'handoff' },
    initializationOptions: {
      // Rule pages ship inside the extension, so a click on a rule id opens them offline.
      docsBase: context.extensionUri.with({ path: path.posix.join(context.extensionUri.path, 'docs', 'rules') }).toString(),
      // Our richer handlers (the references peek, the readiness list) and VS
      // Code's own re-open of suggestions; other clients get the server's generic ones.
      commands: VSCODE_CLIENT_COMMANDS,
    },
  };
  client = new LanguageClient('handoff', 'Handoff Packet', serverOptions, clientOptions);
  registerServerHealth(context, client, serverHealth);
  registerReadinessStatus(context, client);
  registerLensCommands(context, client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
