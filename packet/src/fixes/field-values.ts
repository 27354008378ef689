// What a fix writes for a field it inserts. Prose fields get a visible
// `TODO:` placeholder; references get an id the packet already declares when
// one fits (a Guess); numbers and closed vocabularies get a sensible default
// the author should confirm (also a Guess).

import type { PacketAnalysis } from '../analysis';
import type { IdKind, PathSegment } from '../diagnostic';
import { AUTHORITIES, CADENCES, KNOWN_EXCEPTION_TYPES, RESPONSES, RESPONSIBILITIES } from '../format';
import { isPlainObject } from '../model/yaml-nodes';
import { Flow, Guess, IdSlot, Todo, type YValue } from './emit';
import { pathPattern } from './key-order';

/** Placeholder ids for entries a skeleton declares; they read as placeholders and match the id pattern. */
export const PLACEHOLDER_IDS: Record<IdKind, string> = {
  owner: 'todo-owner',
  system: 'todo-system',
  step: 'todo-step',
  action: 'todo-action',
  metric: 'todo-metric',
};

export function declaredIds(analysis: PacketAnalysis, kind: IdKind): string[] {
  return [...analysis.index.byKind[kind].keys()];
}

/** Owners as data; any entry may be malformed. */
function ownerEntries(analysis: PacketAnalysis): { id: string; owns: unknown[] }[] {
  const owners = (analysis.parsed.value as Record<string, unknown> | undefined)?.owners;
  if (!Array.isArray(owners)) return [];
  return owners.filter(isPlainObject).flatMap((o) => (typeof o.id === 'string' ? [{ id: o.id, owns: Array.isArray(o.owns) ? o.owns : [] }] : []));
}

/** An owner reference: the one who owns `responsibility` if anyone does, else the first owner, else a placeholder id. */
export function ownerFor(analysis: PacketAnalysis, responsibility?: string): YValue {
  const owners = ownerEntries(analysis);
  if (owners.length === 0) return new IdSlot(PLACEHOLDER_IDS.owner);
  const ids = [...new Set(owners.map((o) => o.id))];
  const best = owners.find((o) => responsibility !== undefined && o.owns.includes(responsibility))?.id ?? ids[0];
  return new Guess(best, ids);
}

/** The change approver when it names a declared owner: then the approver is no guess. */
export function changeApprover(analysis: PacketAnalysis): string | undefined {
  const changes = (analysis.parsed.value as Record<string, unknown> | undefined)?.changes;
  const id = isPlainObject(changes) ? changes.approver : undefined;
  return typeof id === 'string' && analysis.index.byKind.owner.has(id) ? id : undefined;
}

export function approverValue(analysis: PacketAnalysis): YValue {
  return changeApprover(analysis) ?? ownerFor(analysis, 'change_approval');
}

function systemRef(analysis: PacketAnalysis): YValue {
  const ids = declaredIds(analysis, 'system');
  return ids.length > 0 ? new Guess(ids[0], ids) : new IdSlot(PLACEHOLDER_IDS.system);
}

function nextStep(analysis: PacketAnalysis): YValue {
  return new Guess('done', declaredIds(analysis, 'step'));
}

const todoList = (text: string): YValue => [new Todo(text)];

type ValueFn = (analysis: PacketAnalysis) => YValue;
const t = (text: string): ValueFn => () => new Todo(text);
const tl = (text: string): ValueFn => () => todoList(text);

/** Field values by the pattern of the mapping that holds them. */
const FIELDS: Record<string, Record<string, ValueFn>> = {
  '': {
    packet: () => 1,
  },
  workflow: {
    name: t('the name of the workflow'),
    version: t('the version that is handed off'),
    summary: t('one plain paragraph on what it does, for whom, and what it never does'),
    starts_when: t('the event that starts a run'),
    inputs: tl('what each run receives'),
    reads: () => new Flow([]),
    writes: () => new Flow([]),
    produces: tl('what each run leaves behind'),
    out_of_scope: tl('something it must never do'),
  },
  'systems.*': {
    id: () => new IdSlot(PLACEHOLDER_IDS.system),
    name: t('the system as people call it'),
    access: () => new Guess('read', ['read', 'write', 'read-write']),
    credential: t('which credential it uses, and its scope'),
  },
  'steps.*': {
    id: () => new IdSlot(PLACEHOLDER_IDS.step),
    trigger: t('what starts this step'),
    inputs: () => ({ required: todoList('what this step needs') }),
    checks: tl('what it checks before going on'),
    output: t('what this step produces'),
    next: nextStep,
  },
  'steps.*.inputs': {
    required: tl('what this step needs'),
    optional: tl('what it uses when present'),
  },
  permissions: {
    actions: () => [{ id: new IdSlot(PLACEHOLDER_IDS.action), does: new Todo('what the action does'), authority: new Guess('never', AUTHORITIES) }],
  },
  'permissions.actions.*': {
    id: () => new IdSlot(PLACEHOLDER_IDS.action),
    does: t('what the action does'),
    system: systemRef,
    authority: () => new Guess('approval', AUTHORITIES),
    approver: approverValue,
    reversible: () => new Guess(false, [true, false]),
    undo: t('how a person undoes it'),
  },
  exceptions: {
    queue: (a) => ({ owner: ownerFor(a, 'exception_queue'), where: new Todo('where the exception queue lives') }),
    types: (a) => [exceptionType(a)],
  },
  'exceptions.queue': {
    owner: (a) => ownerFor(a, 'exception_queue'),
    where: t('where the exception queue lives'),
    backlog_limit: () => new Guess(25, [], 'the queue size at which it counts as backed up'),
  },
  'exceptions.types.*': {
    type: () => new Guess(KNOWN_EXCEPTION_TYPES[0], KNOWN_EXCEPTION_TYPES),
    means: t('how a reviewer recognises this case'),
    threshold: () => new Guess(0.7, [], 'the confidence below which a person decides'),
    response: () => new Guess('escalate', RESPONSES),
    owner: (a) => ownerFor(a, 'exception_queue'),
    reviewer_gets: tl('what the reviewer needs to decide'),
  },
  operations: {
    pause: () => ({ how: new Todo('how an operator pauses it'), effect: new Todo('what happens to work in flight') }),
    resume: () => ({ how: new Todo('how an operator resumes it'), check_first: todoList('what to check before resuming') }),
    retry: () => ({ safe_when: todoList('when a retry is safe'), unsafe_when: todoList('when a retry makes things worse') }),
    rollback: () => ({ how: new Todo('how to go back to the previous version') }),
    before_reenabling: tl('what to check before turning it back on'),
  },
  'operations.pause': { how: t('how an operator pauses it'), effect: t('what happens to work in flight') },
  'operations.resume': { how: t('how an operator resumes it'), check_first: tl('what to check before resuming') },
  'operations.retry': { safe_when: tl('when a retry is safe'), unsafe_when: tl('when a retry makes things worse') },
  'operations.rollback': { how: t('how to go back to the previous version'), disable_path: t('how to switch off one part only') },
  'metrics.*': {
    id: () => new IdSlot(PLACEHOLDER_IDS.metric),
    measures: t('what the number measures'),
    target: t('the value that counts as healthy'),
    alert_when: t('the value that needs a person to look'),
    source: t('where to read the number'),
  },
  'review.*': {
    cadence: () => new Guess('weekly', CADENCES),
    what: t('what is reviewed'),
    owner: (a) => ownerFor(a, 'workflow_quality'),
  },
  limits: {
    weak_at: tl('inputs it handles badly'),
    degrading_inputs: tl('inputs that make its results worse'),
    always_human: tl('cases that always go to a person'),
    assumptions: tl('what it assumes is true'),
    not_supported: tl('requests it does not handle'),
  },
  'owners.*': {
    id: () => new IdSlot(PLACEHOLDER_IDS.owner),
    role: t('the role that holds this'),
    person: t('who holds the role today'),
    contact: t('how to reach them'),
    owns: () => new Flow([]),
  },
  changes: {
    approver: (a) => ownerFor(a, 'change_approval'),
    safe: tl('a change operators may make themselves'),
    review_required: tl('a change that needs the approver'),
    new_scope: tl('a change that is a new project'),
  },
  support: {
    window: t('how long the builder supports it after handoff'),
    bug: t('what counts as a bug'),
    change_request: t('what counts as a change request'),
    new_scope: t('what counts as new scope'),
    monitoring: t('who watches it during the support window'),
    response: t('how to reach support and how fast they answer'),
  },
};

function exceptionType(a: PacketAnalysis): YValue {
  const f = FIELDS['exceptions.types.*'];
  return { type: f.type(a), means: f.means(a), response: f.response(a), owner: f.owner(a), reviewer_gets: f.reviewer_gets(a) };
}

/** The value to write for `field` in the mapping at `objectPath`. */
export function fieldValue(analysis: PacketAnalysis, objectPath: readonly PathSegment[], field: string): YValue {
  const fn = FIELDS[pathPattern(objectPath)]?.[field];
  return fn ? fn(analysis) : new Todo(field.replace(/_/g, ' '));
}

/** Every responsibility, for the first owner a skeleton declares. */
export const ALL_RESPONSIBILITIES = (): YValue => new Flow([...RESPONSIBILITIES]);
