// The desktop extension: the language server is a Node process on IPC, Show
// Change Impact can ask git for the committed packet, and the check task can
// run the command line.

import { commands, type ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { registerChangeImpact } from '../change-impact/register-change-impact';
import { registerCheckTask } from '../tasks/check-task';
import { CLIENT_ID, CLIENT_NAME, startClient } from '../start-client';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  registerChangeImpact(context, () => client);
  // The palette shows Show Change Impact only where this is set. Not `!isWeb`:
  // a browser window on a server (code-server) runs this Node extension with git.
  void commands.executeCommand('setContext', 'handoff.changeImpactAvailable', true);
  // The check task runs the bundled command line, which needs Node.
  registerCheckTask(context);
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  await startClient(context, (options) => (client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, options)));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
