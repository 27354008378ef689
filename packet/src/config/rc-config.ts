// `.handoffrc.yaml`: one configuration for a folder of packets, read the same
// way by the command line and the language server (each reads the file; this
// only sees its text). Every problem comes with its place in the file, since
// a typo that is quietly ignored would make CI and the editor check something
// other than what the team meant.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { DEFAULT_LIMITS, type PacketLimits } from '../limits';
import type { CheckOptions } from '../check';
import { RULE_IDS } from '../rules/catalog';
import { readRuleSeverities, type RuleSeverities } from './severity-config';

export const RC_FILE_NAMES: readonly string[] = ['.handoffrc.yaml', '.handoffrc.yml'];

export interface RcConfig {
  rules: RuleSeverities;
  exceptionTypes: string[];
  limits: Partial<PacketLimits>;
}

/** A problem in the file: offsets into its text, and a one-based line and column. */
export interface RcProblem {
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

export interface RcRead {
  /** What is valid in the file; problems leave their entries out. */
  config: RcConfig;
  problems: RcProblem[];
}

const KEYS = ['rules', 'exceptionTypes', 'limits'];
const LIMIT_KEYS = ['fullCheckBytes', 'maxBytes'] as const;
const EXCEPTION_TYPE = /^[a-z][a-z0-9_]*$/;

export function readRcText(text: string): RcRead {
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  const config: RcConfig = { rules: {}, exceptionTypes: [], limits: {} };
  const problems: RcProblem[] = [];
  const report = (message: string, node: { range?: [number, number, number] | null } | null | undefined) => {
    const start = node?.range?.[0] ?? 0;
    const end = Math.max(start, node?.range?.[1] ?? start);
    const pos = lines.linePos(start);
    problems.push({ message, start, end, line: pos.line, column: pos.col });
  };
  for (const e of doc.errors) {
    const start = e.pos[0];
    const pos = lines.linePos(start);
    problems.push({ message: `Not valid YAML: ${e.message.split('\n')[0]}`, start, end: e.pos[1], line: pos.line, column: pos.col });
  }
  if (doc.errors.length > 0) return { config, problems };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { config, problems };
  if (!isMap(root)) {
    report('The file must be a mapping with `rules`, `exceptionTypes` and/or `limits`.', root);
    return { config, problems };
  }
  for (const pair of root.items) {
    const key = keyName(pair.key);
    const value = pair.value as Node | null;
    if (key === 'rules') readRules(value, config, report);
    else if (key === 'exceptionTypes') readTypes(value, config, report);
    else if (key === 'limits') readLimits(value, config, report);
    else report(`Unknown key "${key ?? String(pair.key)}"; the keys are ${KEYS.join(', ')}.`, pair.key as Node);
  }
  return { config, problems };
}

type Report = (message: string, node: Node | null | undefined) => void;

function keyName(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

function readRules(value: Node | null, config: RcConfig, report: Report): void {
  if (value === null || (isScalar(value) && value.value === null)) return;
  if (!isMap(value)) {
    report('`rules` must be a mapping of rule id to off, info, warning or error, e.g. `rules: { vague-boundary: warning }`.', value);
    return;
  }
  for (const pair of value.items) {
    const id = keyName(pair.key) ?? '';
    const level = isScalar(pair.value) ? pair.value.value : pair.value;
    const { severities, problems } = readRuleSeverities({ [id]: level });
    if (problems.length === 0) Object.assign(config.rules, severities);
    // An unknown id points at the id; a bad severity at the severity.
    else report(`rules: ${problems[0].message}`, (RULE_IDS.has(id) ? pair.value : pair.key) as Node);
  }
}

function readTypes(value: Node | null, config: RcConfig, report: Report): void {
  if (value === null || (isScalar(value) && value.value === null)) return;
  if (!isSeq(value)) {
    report('`exceptionTypes` must be a list of snake_case exception types, e.g. `[sanctions_hit]`.', value);
    return;
  }
  for (const item of value.items) {
    const t = isScalar(item) ? item.value : undefined;
    if (typeof t === 'string' && EXCEPTION_TYPE.test(t)) config.exceptionTypes.push(t);
    else report(`exceptionTypes: ${JSON.stringify(t ?? String(item))} is not a snake_case type name such as sanctions_hit.`, item as Node);
  }
}

function readLimits(value: Node | null, config: RcConfig, report: Report): void {
  if (value === null || (isScalar(value) && value.value === null)) return;
  if (!isMap(value)) {
    report('`limits` must be a mapping with fullCheckBytes and/or maxBytes, e.g. `limits: { maxBytes: 4194304 }`.', value);
    return;
  }
  for (const pair of value.items) {
    const key = keyName(pair.key);
    if (!(LIMIT_KEYS as readonly (string | undefined)[]).includes(key)) {
      report(`limits: unknown key "${key ?? String(pair.key)}"; the keys are fullCheckBytes and maxBytes.`, pair.key as Node);
      continue;
    }
    const n = isScalar(pair.value) ? pair.value.value : undefined;
    if (n === null) continue;
    if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 1) config.limits[key as (typeof LIMIT_KEYS)[number]] = n;
    else report(`limits.${key} must be a whole number of bytes (1 or more), such as 1048576 for 1 MB, not ${typeof n === 'string' ? `"${n}"` : String(n ?? pair.value)}.`, pair.value as Node);
  }
  const { fullCheckBytes, maxBytes } = config.limits;
  if (fullCheckBytes !== undefined && maxBytes !== undefined && fullCheckBytes > maxBytes) {
    const at = value.items.find((p) => keyName(p.key) === 'fullCheckBytes');
    report(`limits.fullCheckBytes (${fullCheckBytes}) is above limits.maxBytes (${maxBytes}); a file above maxBytes is not read at all, so lower fullCheckBytes or raise maxBytes.`, at?.value as Node);
    delete config.limits.fullCheckBytes;
  }
}

/**
 * What the editor checks with: the folder's file, then the user's settings on
 * top (a rule set in settings wins; exception types from both). The size
 * limits are the exception: the file may lower them but not raise them above
 * the settings, since opening someone's folder must not make the editor read
 * files larger than the user allowed (the command line, run on purpose, takes
 * the file's limits as they are).
 */
export function layerEditorOptions(rc: RcConfig | undefined, settings: CheckOptions): CheckOptions {
  if (!rc) return settings;
  const limits: Partial<PacketLimits> = { ...settings.limits };
  for (const key of LIMIT_KEYS) {
    const own = rc.limits[key];
    const allowed = settings.limits?.[key] ?? DEFAULT_LIMITS[key];
    if (own !== undefined && own < allowed) limits[key] = own;
  }
  return {
    rules: { ...rc.rules, ...settings.rules },
    exceptionTypes: [...new Set([...rc.exceptionTypes, ...(settings.exceptionTypes ?? [])])],
    limits,
  };
}
