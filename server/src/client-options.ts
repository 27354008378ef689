// What a client may ask for through `initializationOptions`. Every option is
// optional: a client that sends nothing (Neovim, Helix, Emacs, …) gets a
// server that only uses standard LSP, and our VS Code client names the
// commands of its own that the server may put into lenses and completions.

/** Commands the client runs itself, instead of the server's generic ones. */
export interface ClientCommands {
  /** Opens a references view; arguments are ShowReferencesArgs. */
  showReferences?: string;
  /** Opens the readiness list; no arguments. */
  showReadiness?: string;
  /** Reopens the completion list after an item is inserted (VS Code: `editor.action.triggerSuggest`). */
  triggerSuggest?: string;
}

export interface ClientOptions {
  /** Where the rule pages live, for the link on each diagnostic's code. */
  docsBase?: string;
  commands: ClientCommands;
}

const COMMAND_KEYS = ['showReferences', 'showReadiness', 'triggerSuggest'] as const;

/** Reads the options, ignoring anything of the wrong shape rather than failing initialize. */
export function readClientOptions(raw: unknown): ClientOptions {
  const init = isObject(raw) ? raw : {};
  const out: ClientOptions = { commands: {} };
  if (typeof init.docsBase === 'string') out.docsBase = init.docsBase;
  const commands = isObject(init.commands) ? init.commands : {};
  for (const key of COMMAND_KEYS) {
    const id = commands[key];
    if (typeof id === 'string' && id.trim() !== '') out.commands[key] = id;
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
