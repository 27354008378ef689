import type { Connection } from 'vscode-languageserver';
import { readLimits, readRuleSeverities, type CheckOptions } from '../../packet/src';

export interface ServerSettings extends CheckOptions {
  /** Problems in the settings themselves, shown once in the log. */
  problems: string[];
}

const EMPTY: ServerSettings = { rules: {}, exceptionTypes: [], problems: [] };

/** Reads `handoff.*` settings; the library does the validation so the CLI reads the same way. */
export class Settings {
  private current: ServerSettings = EMPTY;
  private supported = false;
  private ready = false;
  private waiting: (() => void)[] = [];

  constructor(private readonly connection: Connection) {}

  enable(supportsConfiguration: boolean): void {
    this.supported = supportsConfiguration;
    if (!supportsConfiguration) this.markReady();
  }

  /**
   * Runs `fn` once the user's settings are known: now if they are, else right
   * after the first read. A packet opened during start-up is then checked
   * once, with the user's severities, instead of first with the defaults.
   */
  whenReady(fn: () => void): void {
    if (this.ready) fn();
    else this.waiting.push(fn);
  }

  private markReady(): void {
    if (this.ready) return;
    this.ready = true;
    const queued = this.waiting;
    this.waiting = [];
    for (const fn of queued) fn();
  }

  get value(): ServerSettings {
    return this.current;
  }

  async refresh(): Promise<ServerSettings> {
    if (!this.supported) {
      this.markReady();
      return this.current;
    }
    let raw: { rules?: unknown; exceptionTypes?: unknown; limits?: unknown } | null = null;
    try {
      raw = await this.connection.workspace.getConfiguration('handoff');
    } catch {
      raw = null;
    }
    const { severities, problems } = readRuleSeverities(raw?.rules ?? {});
    const types = Array.isArray(raw?.exceptionTypes) ? raw!.exceptionTypes.filter((t): t is string => typeof t === 'string') : [];
    const limits = readLimits(raw?.limits);
    this.current = {
      rules: severities,
      exceptionTypes: types,
      limits: limits.limits,
      problems: [...problems.map((p) => `handoff.rules: ${p.message}`), ...limits.problems.map((p) => p.message)],
    };
    for (const p of this.current.problems) this.connection.console.warn(p);
    this.markReady();
    return this.current;
  }
}
