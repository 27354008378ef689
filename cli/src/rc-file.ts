import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { readRuleSeverities, type CheckOptions, type RuleSeverities } from '../../packet/src';
import { CliError, ioReason } from './cli-io';
import { isByteCount, LIMIT_KEYS, type LimitValues } from './limit-options';

export const RC_NAMES = ['.handoffrc.yaml', '.handoffrc.yml'];

/** The nearest `.handoffrc.yaml` from `cwd` up to the file system root, if any. */
export function findRcFile(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of RC_NAMES) {
      const candidate = path.join(dir, name);
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

const KNOWN_KEYS = new Set(['rules', 'exceptionTypes', 'limits']);
const EXCEPTION_TYPE = /^[a-z][a-z0-9_]*$/;

/**
 * Reads a config file: `rules: {id: severity}`, `exceptionTypes: [...]` and
 * `limits: {fullCheckBytes, maxBytes}` (whole bytes; the check's flags win).
 * Anything wrong in it is an error naming the file, since a typo that is
 * silently ignored would make CI check something else than intended.
 */
export function readRcFile(file: string): CheckOptions {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`Cannot read the config file ${file}: ${ioReason(err)}.`);
  }
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new CliError(`The config file ${file} is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  if (value === null || value === undefined) return {};
  const problems: string[] = [];
  if (typeof value !== 'object' || Array.isArray(value)) {
    problems.push('the file must be a mapping with `rules`, `exceptionTypes` and/or `limits`.');
  } else {
    const raw = value as Record<string, unknown>;
    for (const key of Object.keys(raw)) if (!KNOWN_KEYS.has(key)) problems.push(`unknown key "${key}"; the keys are rules, exceptionTypes and limits.`);
    const { severities, problems: ruleProblems } = readRuleSeverities(raw.rules);
    problems.push(...ruleProblems.map((p) => `rules: ${p.message}`));
    const types = readExceptionTypes(raw.exceptionTypes, problems);
    const limits = readLimitEntries(raw.limits, problems);
    if (problems.length === 0) return { rules: severities, exceptionTypes: types, limits };
  }
  throw new CliError(`The config file ${file} has problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

function readExceptionTypes(v: unknown, problems: string[]): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    problems.push('exceptionTypes must be a list of snake_case exception types.');
    return [];
  }
  const out: string[] = [];
  for (const t of v) {
    if (typeof t === 'string' && EXCEPTION_TYPE.test(t)) out.push(t);
    else problems.push(`exceptionTypes: ${JSON.stringify(t)} is not a snake_case type name such as sanctions_hit.`);
  }
  return out;
}

function readLimitEntries(v: unknown, problems: string[]): LimitValues {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) {
    problems.push('limits must be a mapping with fullCheckBytes and/or maxBytes, e.g. `limits: { maxBytes: 4194304 }`.');
    return {};
  }
  const raw = v as Record<string, unknown>;
  const out: LimitValues = {};
  for (const key of Object.keys(raw)) {
    if (!(LIMIT_KEYS as readonly string[]).includes(key)) problems.push(`limits: unknown key "${key}"; the keys are fullCheckBytes and maxBytes.`);
  }
  for (const key of LIMIT_KEYS) {
    const n = raw[key];
    if (n === undefined || n === null) continue;
    if (isByteCount(n)) out[key] = n;
    else problems.push(`limits.${key} must be a whole number of bytes (1 or more), such as 1048576 for 1 MB, not ${typeof n === 'string' ? `"${n}"` : String(n)}.`);
  }
  if (out.fullCheckBytes !== undefined && out.maxBytes !== undefined && out.fullCheckBytes > out.maxBytes) {
    problems.push(`limits.fullCheckBytes (${out.fullCheckBytes}) is above limits.maxBytes (${out.maxBytes}); a file above maxBytes is not read at all, so lower fullCheckBytes or raise maxBytes.`);
  }
  return out;
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
