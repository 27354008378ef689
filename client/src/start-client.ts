// The extension's one body, for VS Code on the desktop (node/extension.ts)
// and in the browser (browser/extension.ts). Each main only says how the
// language server is started; everything the user sees is set up here.

import { Uri, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { registerPreview } from './preview/register-preview';
import { serverPreviewSource } from './preview/preview-source';
import { registerServerHealth, ServerHealth } from './server-health';
import { registerReadinessStatus } from './readiness-status';
import { registerLensCommands } from './lens-commands';
import { VSCODE_CLIENT_COMMANDS } from '../../server/src/features/lens-commands';
import { registerWalkthroughCommands } from './walkthrough/walkthrough-commands';

export const CLIENT_ID = 'handoff';
export const CLIENT_NAME = 'Handoff Packet';

/** Makes the language client for this platform from the options shared by both. */
export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;

export async function startClient(context: ExtensionContext, createClient: ClientFactory): Promise<BaseLanguageClient> {
  registerWalkthroughCommands(context);
  const serverHealth = new ServerHealth();
  const client = createClient({
    errorHandler: serverHealth.errorHandler,
    documentSelector: [
      { language: 'handoff', scheme: 'file' },
      { language: 'handoff', scheme: 'untitled' },
      // github.dev and Remote Repositories; VS Code for the web's test file system.
      { language: 'handoff', scheme: 'vscode-vfs' },
      { language: 'handoff', scheme: 'vscode-test-web' },
      // A server's files as the browser extension host sees them (code-server, VS Code Server).
      { language: 'handoff', scheme: 'vscode-remote' },
    ],
    synchronize: { configurationSection: 'handoff' },
    initializationOptions: {
      // Rule pages ship inside the extension, so a click on a rule id opens them offline.
      docsBase: Uri.joinPath(context.extensionUri, 'docs', 'rules').toString(),
      // Our richer handlers (the references peek, the readiness list) and VS
      // Code's own re-open of suggestions; other clients get the server's generic ones.
      commands: VSCODE_CLIENT_COMMANDS,
    },
  });
  // Before the server starts: the preview serializer must exist when VS Code restores panels.
  registerPreview(context, serverPreviewSource(client));
  registerServerHealth(context, client, serverHealth);
  registerReadinessStatus(context, client);
  registerLensCommands(context, client);
  await client.start();
  return client;
}
