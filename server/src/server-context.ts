import type { ClientCapabilities, Connection, ServerCapabilities } from 'vscode-languageserver';
import type { Checker } from './checker';
import type { ClientCommands } from './client-options';
import type { DocumentStore } from './document-store';
import type { Settings } from './settings';
import type { Validation } from './validation';

/** What a feature module gets to register its handlers. */
export interface ServerContext {
  connection: Connection;
  store: DocumentStore;
  settings: Settings;
  validation: Validation;
  /** Where checks and renders run (a worker thread on Node). */
  checker: Checker;
  /** Filled in at initialize. */
  client: { capabilities: ClientCapabilities; docsBase?: string; commands: ClientCommands };
}

/** One LSP feature: the capabilities it announces and the handlers it installs. */
export interface Feature {
  capabilities: Partial<ServerCapabilities>;
  register(ctx: ServerContext): void;
}
