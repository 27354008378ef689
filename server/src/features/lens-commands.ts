// The commands a code lens runs when clicked. This file holds names and
// argument shapes and nothing else: the client bundles it too.
import type { Location, Position } from 'vscode-languageserver';
import type { ClientCommands } from '../client-options';

/** VS Code client: opens the references peek; the client turns the LSP arguments into VS Code's own types. */
export const SHOW_REFERENCES_COMMAND = 'handoff.showReferences';

/** VS Code client: the readiness list the status bar item opens. */
export const SHOW_READINESS_COMMAND = 'handoff.showReadiness';

/**
 * The server's own lens commands (workspace/executeCommand), for every other
 * client. Their ids differ from the VS Code client's: vscode-languageclient
 * registers each executeCommand id as a VS Code command, and a second
 * registration of the client's own ids would fail.
 */
export const SERVER_SHOW_REFERENCES_COMMAND = 'handoff.lsp.showReferences';
export const SERVER_SHOW_READINESS_COMMAND = 'handoff.lsp.showReadiness';

/** What our VS Code client names at initialize: its own handlers, and VS Code's re-open of suggestions. */
export const VSCODE_CLIENT_COMMANDS: ClientCommands = {
  showReferences: SHOW_REFERENCES_COMMAND,
  showReadiness: SHOW_READINESS_COMMAND,
  triggerSuggest: 'editor.action.triggerSuggest',
};

/** Arguments of both references commands: the document, where the peek opens, and what it lists. */
export type ShowReferencesArgs = [uri: string, position: Position, locations: Location[]];

/** Arguments of the server's readiness command: the document. */
export type ShowReadinessArgs = [uri: string];
