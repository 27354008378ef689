import type { Severity, SeverityOrOff } from '../diagnostic';
import { RULE_IDS, ruleInfo } from '../rules/catalog';

/** Per-rule severities, as users write them in settings, `.handoffrc.yaml` or `--rule`. */
export type RuleSeverities = Record<string, SeverityOrOff>;

const LEVELS: ReadonlySet<string> = new Set(['off', 'info', 'warning', 'error']);

export interface ConfigProblem {
  message: string;
}

/**
 * Reads a user-supplied severity map, keeping what is valid and saying what is
 * not: a typo in a rule id must not silently do nothing.
 */
export function readRuleSeverities(input: unknown): { severities: RuleSeverities; problems: ConfigProblem[] } {
  const severities: RuleSeverities = {};
  const problems: ConfigProblem[] = [];
  if (input === undefined || input === null) return { severities, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push({ message: 'Rule severities must be a mapping of rule id to off, info, warning or error.' });
    return { severities, problems };
  }
  for (const [id, level] of Object.entries(input as Record<string, unknown>)) {
    if (!RULE_IDS.has(id)) {
      problems.push({ message: `Unknown rule id "${id}". Rule ids are listed in docs/rules/.` });
      continue;
    }
    const normalized = level === 'information' || level === 'hint' ? 'info' : level;
    if (typeof normalized !== 'string' || !LEVELS.has(normalized)) {
      problems.push({ message: `Rule "${id}": severity must be off, info, warning or error, not ${JSON.stringify(level)}.` });
      continue;
    }
    severities[id] = normalized as SeverityOrOff;
  }
  return { severities, problems };
}

export function effectiveSeverity(rule: string, severities: RuleSeverities | undefined): SeverityOrOff {
  return severities?.[rule] ?? ruleInfo(rule)?.defaultSeverity ?? 'error';
}

export function isSeverity(v: SeverityOrOff): v is Severity {
  return v !== 'off';
}
