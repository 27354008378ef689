/** The format's fixed shape (packet-format.md): what tooling needs to know about order and vocabularies. */

export const FORMAT_VERSION = 1;

/** Top-level sections in format order; a missing one is inserted where this order puts it. */
export const SECTIONS = [
  'packet',
  'workflow',
  'systems',
  'steps',
  'permissions',
  'exceptions',
  'operations',
  'metrics',
  'review',
  'limits',
  'owners',
  'changes',
  'support',
] as const;

export type SectionName = (typeof SECTIONS)[number];

export const RESPONSIBILITIES = ['business_outcome', 'workflow_quality', 'exception_queue', 'technical_support', 'change_approval'] as const;
export const AUTHORITIES = ['automatic', 'approval', 'never'] as const;
export const RESPONSES = ['retry', 'hold', 'escalate', 'stop'] as const;
export const CADENCES = ['daily', 'weekly', 'monthly', 'quarterly'] as const;
export const ACCESS = ['read', 'write', 'read-write'] as const;
export const CHANGE_CLASSES = ['safe', 'review_required', 'new_scope'] as const;
export const KNOWN_EXCEPTION_TYPES = [
  'missing_source_data',
  'duplicate_entity_match',
  'conflicting_context',
  'downstream_write_failure',
  'low_confidence',
  'unsupported_request',
] as const;

export type ChangeClass = (typeof CHANGE_CLASSES)[number];

/** Change kinds and their default class, from the format's table. */
export const CHANGE_KINDS: Record<string, ChangeClass> = {
  'threshold-within-limits': 'safe',
  'routing-destination': 'safe',
  'classification-values': 'safe',
  'new-output-action': 'review_required',
  'new-write-system': 'review_required',
  'approval-threshold': 'review_required',
  'autonomy-increase': 'review_required',
  'new-data-source': 'new_scope',
  'new-exception-logic': 'new_scope',
  'second-workflow': 'new_scope',
  'new-team': 'new_scope',
};

export const ID_PATTERN = /^[a-z][a-z0-9-]*$/;
