import * as path from 'node:path';
import type { CheckOptions, RuleSeverities } from '../../packet/src';
import { displayPath } from './output/check-result';
import { resolveLimits, type LimitValues } from './limit-options';
import { findRcFile, readRcFile } from './rc-file';

/**
 * The options each packet is checked with: the nearest .handoffrc.yaml above
 * it (or the one --config names, for all), then the flags on top. Each
 * config file is read once however many packets it covers, and a broken one
 * stops the run before anything is checked with the wrong severities.
 */
export class CheckConfig {
  private readonly byFolder = new Map<string, string | undefined>();
  private readonly byFile = new Map<string, CheckOptions>();

  constructor(
    private readonly cwd: string,
    private readonly configFlag: string | undefined,
    private readonly rules: RuleSeverities,
    private readonly limits: LimitValues,
  ) {}

  /** For a packet at `file` (or one read from standard input, named after a folder). */
  forFile(file: string): CheckOptions {
    return this.forFolder(path.dirname(path.resolve(this.cwd, file)));
  }

  forFolder(dir: string): CheckOptions {
    const rc = this.configFlag !== undefined ? path.resolve(this.cwd, this.configFlag) : this.nearest(dir);
    const key = rc ?? '';
    let options = this.byFile.get(key);
    if (!options) {
      const shown = rc ? displayPath(rc, this.cwd) : undefined;
      const fromFile = rc ? readRcFile(rc, shown) : undefined;
      options = {
        rules: { ...(fromFile?.rules ?? {}), ...this.rules },
        exceptionTypes: fromFile?.exceptionTypes ?? [],
        limits: resolveLimits(this.limits, fromFile?.limits ?? {}, shown),
      };
      this.byFile.set(key, options);
    }
    return options;
  }

  private nearest(dir: string): string | undefined {
    if (!this.byFolder.has(dir)) this.byFolder.set(dir, findRcFile(dir));
    return this.byFolder.get(dir);
  }
}
