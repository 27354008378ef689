import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { RC_FILE_NAMES, readRcText, readRuleSeverities, type RcConfig, type RuleSeverities } from '../../packet/src';
import { CliError, ioReason } from './cli-io';

export const RC_NAMES = RC_FILE_NAMES;

/** The nearest `.handoffrc.yaml` from `dir` up to the file system root, if any. */
export function findRcFile(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    for (const name of RC_NAMES) {
      const candidate = path.join(d, name);
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
    if (path.dirname(d) === d) return undefined;
  }
}

/**
 * Reads a config file (the library checks it, as the editor does). Anything
 * wrong in it is an error naming the file and line: a typo that is silently
 * ignored would make CI check something other than intended.
 */
export function readRcFile(file: string, shown = file): RcConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`Cannot read the config file ${shown}: ${ioReason(err)}.`);
  }
  const { config, problems } = readRcText(text);
  if (problems.length === 0) return config;
  const list = problems.map((p) => `  ${shown}:${p.line}:${p.column}: ${p.message}`).join('\n');
  throw new CliError(`The config file ${shown} has problems:\n${list}`);
}

/** `--rule id=severity` options, checked like the config file. */
export function readRuleOptions(values: readonly string[]): RuleSeverities {
  const raw: Record<string, string> = {};
  const problems: string[] = [];
  for (const v of values) {
    const m = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(v);
    if (!m) problems.push(`--rule ${v}: write it as <rule id>=<off|info|warning|error>, e.g. --rule queue-without-limit=warning.`);
    else raw[m[1]] = m[2];
  }
  const { severities, problems: ruleProblems } = readRuleSeverities(raw);
  problems.push(...ruleProblems.map((p) => `--rule: ${p.message}`));
  if (problems.length > 0) throw new CliError(problems.join('\n'));
  return severities;
}
