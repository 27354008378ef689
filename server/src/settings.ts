import type { Connection } from 'vscode-languageserver';
import { readLimits, readRuleSeverities, type CheckOptions } from '../../packet/src';

export interface ServerSettings extends CheckOptions {
  /** Problems in the settings themselves, shown once in the log. */
  problems: string[];
}

export const DEFAULT_SETTINGS: ServerSettings = Object.freeze({ rules: {}, exceptionTypes: [], problems: [] }) as ServerSettings;

/**
 * The `handoff` section as a client sends it (workspace/configuration, or the
 * didChangeConfiguration payload) made into settings; the library does the
 * validation so the CLI reads the same way. Anything malformed is reported in
 * `problems` and falls back to the default.
 */
export function toServerSettings(raw: unknown): ServerSettings {
  const section = raw && typeof raw === 'object' ? (raw as { rules?: unknown; exceptionTypes?: unknown; limits?: unknown }) : {};
  const { severities, problems } = readRuleSeverities(section.rules ?? {});
  const types = Array.isArray(section.exceptionTypes) ? section.exceptionTypes.filter((t): t is string => typeof t === 'string') : [];
  const limits = readLimits(section.limits);
  return {
    rules: severities,
    exceptionTypes: types,
    limits: limits.limits,
    problems: [...problems.map((p) => `handoff.rules: ${p.message}`), ...limits.problems.map((p) => p.message)],
  };
}

/**
 * `handoff.*` settings per document. Each document's settings are asked for
 * with its own URI as the scope, so a folder's settings apply to the packets
 * in that folder of a multi-root workspace, and every answer about one
 * document (diagnostics, lenses, readiness, preview) uses the same settings.
 *
 * Read once per document and kept until the configuration changes
 * (`invalidate`). Until a document's read has finished, `for` gives the
 * fallback, so callers that must not run on guesses (the check) await `load`.
 */
export class Settings {
  private supported = false;
  private fallback: ServerSettings = DEFAULT_SETTINGS;
  private readonly known = new Map<string, ServerSettings>();
  private readonly pending = new Map<string, Promise<ServerSettings>>();
  /** Bumped by invalidate, so a read that started before it is not kept. */
  private generation = 0;
  private readonly logged = new Set<string>();
  private started!: () => void;
  /** The client may only be asked once it has said `initialized`. */
  private readonly initialized = new Promise<void>((resolve) => (this.started = resolve));

  /** `layer` puts the settings over what else applies to a document (its folder's .handoffrc.yaml). */
  constructor(
    private readonly connection: Connection,
    private readonly layer: (uri: string, settings: ServerSettings) => ServerSettings = (_uri, settings) => settings,
  ) {}

  /** At initialize: whether the client answers workspace/configuration. */
  enable(supportsConfiguration: boolean): void {
    this.supported = supportsConfiguration;
  }

  /** At `initialized`: reads may start. */
  start(): void {
    this.started();
  }

  /**
   * Settings used for documents when the client cannot be asked (no
   * workspace/configuration), e.g. from a didChangeConfiguration payload.
   * Drops what was cached, as a configuration change does.
   */
  useFallback(raw: unknown): void {
    this.fallback = toServerSettings(raw);
    this.report(this.fallback);
    this.invalidate();
  }

  /** The settings for `uri` as last read; the fallback until its first read has finished. */
  for(uri: string): ServerSettings {
    return this.known.get(uri) ?? this.layer(uri, this.fallback);
  }

  /** The settings for `uri`, read from the client unless known. Never rejects. */
  load(uri: string): Promise<ServerSettings> {
    const have = this.known.get(uri);
    if (have) return Promise.resolve(have);
    if (!this.supported) return Promise.resolve(this.layer(uri, this.fallback));
    const waiting = this.pending.get(uri);
    if (waiting) return waiting;
    const generation = this.generation;
    const read = this.read(uri).then((value) => {
      if (generation !== this.generation) return this.load(uri);
      this.pending.delete(uri);
      this.report(value);
      const layered = this.layer(uri, value);
      this.known.set(uri, layered);
      return layered;
    });
    this.pending.set(uri, read);
    return read;
  }

  /** Forget what was read (configuration changed); the next `load` asks again. */
  invalidate(): void {
    this.generation++;
    this.known.clear();
    this.pending.clear();
    this.logged.clear();
  }

  /** A closed document's settings need not be kept. */
  forget(uri: string): void {
    this.known.delete(uri);
    this.pending.delete(uri);
  }

  private async read(uri: string): Promise<ServerSettings> {
    await this.initialized;
    try {
      return toServerSettings(await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'handoff' }));
    } catch {
      return this.fallback;
    }
  }

  private report(value: ServerSettings): void {
    for (const p of value.problems) {
      if (this.logged.has(p)) continue;
      this.logged.add(p);
      this.connection.console.warn(p);
    }
  }
}
