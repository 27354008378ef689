// The commands a code lens runs when clicked. The client registers them and
// the server only names them, so this file holds names and argument shapes
// and nothing else: the client bundles it too.
import type { Location, Position } from 'vscode-languageserver';

/** Opens the references peek; the client turns the LSP arguments into VS Code's own types. */
export const SHOW_REFERENCES_COMMAND = 'handoff.showReferences';

/** The readiness list the status bar item opens. */
export const SHOW_READINESS_COMMAND = 'handoff.showReadiness';

/** Arguments of SHOW_REFERENCES_COMMAND: the document, where the peek opens, and what it lists. */
export type ShowReferencesArgs = [uri: string, position: Position, locations: Location[]];
