import { commands, type ExtensionContext } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SHOW_REFERENCES_COMMAND } from '../../server/src/features/lens-commands';
import { readShowReferencesArgs } from './lens-arguments';

/**
 * What a click on a reference-count lens runs: VS Code's references peek.
 * Its command wants VS Code's own Uri, Position and Location objects, which
 * cannot cross the language server protocol, so the server names this
 * command and the client converts. (The readiness lens runs the Show
 * Readiness command, registered with the status bar item.)
 */
export function registerLensCommands(context: ExtensionContext, client: BaseLanguageClient): void {
  context.subscriptions.push(
    commands.registerCommand(SHOW_REFERENCES_COMMAND, async (...args: unknown[]) => {
      const read = readShowReferencesArgs(args);
      if (!read) return;
      const [uri, position, locations] = read;
      const c = client.protocol2CodeConverter;
      await commands.executeCommand('editor.action.showReferences', c.asUri(uri), c.asPosition(position), locations.map((l) => c.asLocation(l)));
    }),
  );
}
