import type { Severity } from '../diagnostic';

/** One row of packet-rules.md: the stable id, its default severity and a short title. */
export interface RuleInfo {
  id: string;
  defaultSeverity: Severity;
  group: 'structure' | 'authority' | 'exceptions' | 'steps' | 'health';
  /** One line for rule lists (SARIF shortDescription, settings enum). */
  title: string;
  /** Whether a quick fix exists for it. */
  fixable: boolean;
}

export const RULES: readonly RuleInfo[] = [
  { id: 'yaml-syntax', defaultSeverity: 'error', group: 'structure', title: 'The file is not readable YAML', fixable: false },
  { id: 'file-too-large', defaultSeverity: 'error', group: 'structure', title: 'The file is too large to read, or to check fully', fixable: false },
  { id: 'duplicate-key', defaultSeverity: 'error', group: 'structure', title: 'The same key twice in one mapping', fixable: true },
  { id: 'schema', defaultSeverity: 'error', group: 'structure', title: 'A value of the wrong type, outside its vocabulary, or a missing required field', fixable: true },
  { id: 'unknown-key', defaultSeverity: 'warning', group: 'structure', title: 'A key the packet format does not define', fixable: true },
  { id: 'missing-section', defaultSeverity: 'error', group: 'structure', title: 'A required top-level section is absent', fixable: true },
  { id: 'duplicate-id', defaultSeverity: 'error', group: 'structure', title: 'Two entries of one kind share an id', fixable: false },
  { id: 'unknown-reference', defaultSeverity: 'error', group: 'structure', title: 'A reference to an id that is not declared', fixable: true },
  { id: 'approval-without-approver', defaultSeverity: 'error', group: 'authority', title: 'An approval action names no approver', fixable: true },
  { id: 'irreversible-automatic-action', defaultSeverity: 'warning', group: 'authority', title: 'An irreversible action runs without approval', fixable: true },
  { id: 'undeclared-write', defaultSeverity: 'warning', group: 'authority', title: 'Writes and the systems actions touch disagree', fixable: true },
  { id: 'builder-dependency', defaultSeverity: 'warning', group: 'authority', title: 'An operator action depends on contacting the builder', fixable: false },
  { id: 'vague-operator-action', defaultSeverity: 'warning', group: 'authority', title: 'A pause, resume, rollback or disable instruction that names no control', fixable: false },
  { id: 'exception-incomplete', defaultSeverity: 'warning', group: 'exceptions', title: 'An exception type lacks response, owner or reviewer_gets', fixable: true },
  { id: 'low-confidence-without-threshold', defaultSeverity: 'warning', group: 'exceptions', title: 'A low_confidence exception has no numeric threshold', fixable: true },
  { id: 'queue-without-limit', defaultSeverity: 'info', group: 'exceptions', title: 'The exception queue has no backlog limit', fixable: true },
  { id: 'retry-unsafe-unspecified', defaultSeverity: 'info', group: 'exceptions', title: 'Retry says when it is safe but not when it is unsafe', fixable: true },
  { id: 'step-unreachable', defaultSeverity: 'warning', group: 'steps', title: 'A step no path from the first step reaches', fixable: false },
  { id: 'step-dead-end', defaultSeverity: 'warning', group: 'steps', title: 'A step from which no path reaches done', fixable: false },
  { id: 'step-incomplete', defaultSeverity: 'warning', group: 'steps', title: 'A step without trigger or without output', fixable: true },
  { id: 'metric-without-target', defaultSeverity: 'warning', group: 'health', title: 'A metric with neither target nor alert_when', fixable: true },
  { id: 'review-unowned', defaultSeverity: 'warning', group: 'health', title: 'A review cadence entry without an owner', fixable: true },
  { id: 'empty-limits', defaultSeverity: 'warning', group: 'health', title: 'Every list in limits is empty', fixable: false },
  { id: 'vague-boundary', defaultSeverity: 'info', group: 'health', title: 'The workflow summary is too short or built on filler', fixable: false },
  { id: 'unowned-responsibility', defaultSeverity: 'warning', group: 'health', title: 'A responsibility nobody owns', fixable: true },
  { id: 'change-rules-incomplete', defaultSeverity: 'warning', group: 'health', title: 'A change class is empty or no change approver is named', fixable: true },
  { id: 'support-incomplete', defaultSeverity: 'warning', group: 'health', title: 'Support without window or response', fixable: true },
  { id: 'placeholder-text', defaultSeverity: 'warning', group: 'health', title: 'An answer that is still template text', fixable: false },
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export function ruleInfo(id: string): RuleInfo | undefined {
  return RULES.find((r) => r.id === id);
}

/** Where each rule's page lives; diagnostics link here through codeDescription. */
export const RULE_DOCS_BASE = 'https://github.com/handoff-packet/handoff-packet/blob/main/docs/rules/';

export function ruleDocsUrl(id: string): string {
  return `${RULE_DOCS_BASE}${id}.md`;
}
