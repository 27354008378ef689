// The natural key order of every mapping in the format, as packet-format.md
// writes it (and the schemas' `properties` list it; a unit test keeps the two
// in step). An inserted key lands between its neighbours in this order.

import type { PathSegment } from '../diagnostic';
import { SECTIONS } from '../format';

/** Mapping paths with `*` for "any entry of the list". */
export const KEY_ORDER: Record<string, readonly string[]> = {
  '': SECTIONS,
  workflow: ['name', 'version', 'summary', 'starts_when', 'inputs', 'reads', 'writes', 'produces', 'out_of_scope'],
  'systems.*': ['id', 'name', 'access', 'credential'],
  'steps.*': ['id', 'trigger', 'inputs', 'checks', 'output', 'next'],
  'steps.*.inputs': ['required', 'optional'],
  permissions: ['actions'],
  'permissions.actions.*': ['id', 'does', 'system', 'authority', 'approver', 'reversible', 'undo'],
  exceptions: ['queue', 'types'],
  'exceptions.queue': ['owner', 'where', 'backlog_limit'],
  'exceptions.types.*': ['type', 'means', 'threshold', 'response', 'owner', 'reviewer_gets'],
  operations: ['pause', 'resume', 'retry', 'rollback', 'before_reenabling'],
  'operations.pause': ['how', 'effect'],
  'operations.resume': ['how', 'check_first'],
  'operations.retry': ['safe_when', 'unsafe_when'],
  'operations.rollback': ['how', 'disable_path'],
  'metrics.*': ['id', 'measures', 'target', 'alert_when', 'source'],
  'review.*': ['cadence', 'what', 'owner'],
  limits: ['weak_at', 'degrading_inputs', 'always_human', 'assumptions', 'not_supported'],
  'owners.*': ['id', 'role', 'person', 'contact', 'owns'],
  changes: ['approver', 'safe', 'review_required', 'new_scope'],
  'changes.safe.*': ['kind', 'note'],
  'changes.review_required.*': ['kind', 'note'],
  'changes.new_scope.*': ['kind', 'note'],
  support: ['window', 'bug', 'change_request', 'new_scope', 'monitoring', 'response'],
};

/** `['steps', 2, 'inputs']` → `steps.*.inputs`. */
export function pathPattern(path: readonly PathSegment[]): string {
  return path.map((s) => (typeof s === 'number' ? '*' : s)).join('.');
}

export function keyOrder(path: readonly PathSegment[]): readonly string[] {
  return KEY_ORDER[pathPattern(path)] ?? [];
}
