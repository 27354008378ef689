// The nine questions a buyer must be able to answer from the packet alone,
// each judged from the sections packet-rules.md names.

import type { PacketAnalysis } from '../analysis';
import { AUTHORITIES, CHANGE_CLASSES } from '../format';
import { operatorHints } from '../rules/authority/operator-hints';
import { judgeInstruction } from '../rules/authority/vague-operator-action';
import { packetLanguage } from '../text/language';
import { judgeOperator } from '../text/operator-judge';
import { countWords } from '../text/tokens';
import { answeringEntries, answers, entries, listWords, nameOf, valueAt, type Part } from './parts';

export interface JudgeContext {
  analysis: PacketAnalysis;
  value: Record<string, unknown>;
}

export interface QuestionSpec {
  number: number;
  question: string;
  judge(j: JudgeContext): Part[];
}

/** The summary length below which it cannot say exactly what the workflow does (as vague-boundary counts). */
const SUMMARY_WORDS = 12;

const has = (j: JudgeContext, id: unknown) => typeof id === 'string' && j.analysis.index.byKind.owner.has(id);

function whatItDoes(j: JudgeContext): Part[] {
  const summary = valueAt(j.value, ['workflow', 'summary']);
  const summaryPart: Part = !answers(summary)
    ? { state: 'missing', path: ['workflow', 'summary'], missing: ['Write `workflow.summary`: one plain paragraph on what the workflow does and where it stops.'] }
    : typeof summary === 'string' && countWords(summary) < SUMMARY_WORDS
      ? { state: 'partly', path: ['workflow', 'summary'], evidence: [['workflow', 'summary']], missing: ['The summary is too short to say exactly what the workflow does; write a full paragraph.'] }
      : { state: 'ok', path: ['workflow', 'summary'], evidence: [['workflow', 'summary']] };
  const produces = answeringEntries(j.value, ['workflow', 'produces']);
  const steps = entries(j.value, ['steps']).filter((e) => typeof e.entry.id === 'string');
  return [
    summaryPart,
    produces.length > 0
      ? { state: 'ok', path: ['workflow', 'produces'], evidence: [['workflow', 'produces']] }
      : { state: 'missing', path: ['workflow', 'produces'], missing: ['List what a run leaves behind under `workflow.produces`.'] },
    steps.length > 0
      ? { state: 'ok', path: ['steps'], evidence: [['steps']] }
      : { state: 'missing', path: ['steps'], missing: ['Describe the steps under `steps`, each with its trigger and output.'] },
  ];
}

function onItsOwn(j: JudgeContext): Part[] {
  const actions = entries(j.value, ['permissions', 'actions']);
  if (actions.length === 0) return [{ state: 'missing', path: ['permissions', 'actions'], missing: ['List the actions it takes under `permissions.actions`, each with its authority (automatic, approval or never).'] }];
  const unclear = actions.filter((a) => !(AUTHORITIES as readonly unknown[]).includes(a.entry.authority));
  const automatic = actions.filter((a) => a.entry.authority === 'automatic');
  const undescribed = actions.filter((a) => !answers(a.entry.does));
  const evidence = (automatic.length > 0 ? automatic : actions.filter((a) => !unclear.includes(a))).map((a) => [...a.path, 'authority']);
  const parts: Part[] = [
    unclear.length === 0
      ? { state: 'ok', path: ['permissions', 'actions'], evidence }
      : { state: evidence.length > 0 ? 'partly' : 'missing', path: unclear[0].path, evidence, missing: [`Give ${unclear.length === 1 ? 'action' : 'actions'} ${listWords(unclear.map((a) => nameOf(a)))} an \`authority\`: automatic, approval or never.`] },
  ];
  if (undescribed.length > 0) {
    parts.push({ state: 'partly', path: undescribed[0].path, missing: [`Say what ${undescribed.length === 1 ? 'action' : 'actions'} ${listWords(undescribed.map((a) => nameOf(a)))} ${undescribed.length === 1 ? 'does' : 'do'} (\`does\`).`] });
  }
  return parts;
}

function alwaysHuman(j: JudgeContext): Part[] {
  const listed = answeringEntries(j.value, ['limits', 'always_human']);
  const approvals = entries(j.value, ['permissions', 'actions']).filter((a) => a.entry.authority === 'approval');
  const escalations = entries(j.value, ['exceptions', 'types']).filter((t) => t.entry.response === 'escalate' || t.entry.response === 'hold');
  const implied = [...approvals.map((a) => [...a.path, 'authority']), ...escalations.map((t) => [...t.path, 'response'])];
  const parts: Part[] = [
    listed.length > 0
      ? { state: 'ok', path: ['limits', 'always_human'], evidence: [['limits', 'always_human']] }
      : { state: implied.length > 0 ? 'partly' : 'missing', path: ['limits', 'always_human'], evidence: implied, missing: ['List under `limits.always_human` the cases that always go to a person.'] },
  ];
  const unapproved = approvals.filter((a) => !has(j, a.entry.approver));
  if (unapproved.length > 0) {
    parts.push({ state: 'partly', path: unapproved[0].path, missing: [`${unapproved.length === 1 ? 'Action' : 'Actions'} ${listWords(unapproved.map((a) => nameOf(a)))} ${unapproved.length === 1 ? 'waits' : 'wait'} for approval but ${unapproved.length === 1 ? 'names' : 'name'} no declared approver.`] });
  }
  return parts;
}

const LIMIT_LISTS = ['weak_at', 'degrading_inputs', 'not_supported', 'assumptions', 'always_human'];

function uglyCases(j: JudgeContext): Part[] {
  const types = entries(j.value, ['exceptions', 'types']);
  const vague = types.filter((t) => !answers(t.entry.means) || typeof t.entry.response !== 'string');
  const limits = LIMIT_LISTS.filter((l) => answeringEntries(j.value, ['limits', l]).length > 0);
  return [
    types.length === 0
      ? { state: 'missing', path: ['exceptions', 'types'], missing: ['List the known exception types under `exceptions.types`, with what each means and how it is handled.'] }
      : vague.length > 0
        ? { state: 'partly', path: vague[0].path, evidence: [['exceptions', 'types']], missing: [`Say what exception ${listWords(vague.map((t) => nameOf(t, 'type')))} ${vague.length === 1 ? 'means and how it is' : 'mean and how they are'} handled (\`means\`, \`response\`).`] }
        : { state: 'ok', path: ['exceptions', 'types'], evidence: [['exceptions', 'types']] },
    limits.length > 0
      ? { state: 'ok', path: ['limits'], evidence: limits.map((l) => ['limits', l]) }
      : { state: 'missing', path: ['limits', 'weak_at'], missing: ['Write down under `limits` what it is weak at and what it does not support.'] },
  ];
}

function queueOwner(j: JudgeContext): Part[] {
  const owner = valueAt(j.value, ['exceptions', 'queue', 'owner']);
  let ownerPart: Part;
  if (has(j, owner)) ownerPart = { state: 'ok', path: ['exceptions', 'queue', 'owner'], evidence: [['exceptions', 'queue', 'owner']] };
  else if (typeof owner === 'string' && answers(owner))
    ownerPart = { state: 'partly', path: ['exceptions', 'queue', 'owner'], evidence: [['exceptions', 'queue', 'owner']], missing: [`The queue owner "${owner}" is not declared under \`owners\`.`] };
  else {
    const holder = entries(j.value, ['owners']).find((o) => Array.isArray(o.entry.owns) && o.entry.owns.includes('exception_queue'));
    ownerPart = holder
      ? { state: 'partly', path: ['exceptions', 'queue', 'owner'], evidence: [[...holder.path, 'owns']], missing: [`${nameOf(holder)} owns the exception queue, but \`exceptions.queue.owner\` does not say so.`] }
      : { state: 'missing', path: ['exceptions', 'queue', 'owner'], missing: ['Name who owns the exception queue in `exceptions.queue.owner`.'] };
  }
  const where = valueAt(j.value, ['exceptions', 'queue', 'where']);
  return [
    ownerPart,
    answers(where)
      ? { state: 'ok', path: ['exceptions', 'queue', 'where'], evidence: [['exceptions', 'queue', 'where']] }
      : { state: 'missing', path: ['exceptions', 'queue', 'where'], missing: ['Say where the exception queue lives (`exceptions.queue.where`).'] },
  ];
}

function pause(j: JudgeContext): Part[] {
  const how = valueAt(j.value, ['operations', 'pause', 'how']);
  const path = ['operations', 'pause', 'how'];
  if (!answers(how) || typeof how !== 'string') return [{ state: 'missing', path, missing: ['Write in `operations.pause.how` how an operator pauses the workflow without the builder.'] }];
  const judged = judgeOperator(how, operatorHints(j.value), packetLanguage(j.value));
  const vague = judgeInstruction(j.value, how);
  if (vague.vague) {
    return [{ state: 'missing', path, missing: ['`operations.pause.how` names no control; write the switch, flag, setting, command or screen an operator uses, and where it is.'] }];
  }
  if (judged.dependsOnOutsider && !judged.insider) {
    return [{ state: 'partly', path, evidence: [path], missing: ['Pausing only works by reaching the builder or vendor; write the switch, flag or command an operator uses on their own.'] }];
  }
  return [{ state: 'ok', path, evidence: [path] }];
}

function healthy(j: JudgeContext): Part[] {
  const metrics = entries(j.value, ['metrics']);
  const untargeted = metrics.filter((m) => !answers(m.entry.target) && !answers(m.entry.alert_when));
  const reviews = entries(j.value, ['review']);
  const unowned = reviews.filter((r) => !has(j, r.entry.owner));
  return [
    metrics.length === 0
      ? { state: 'missing', path: ['metrics'], missing: ['Name at least one health metric with a target under `metrics`.'] }
      : untargeted.length === metrics.length
        ? { state: 'partly', path: untargeted[0].path, evidence: [['metrics']], missing: ['No metric has a `target` or `alert_when`, so nobody can tell healthy from unhealthy.'] }
        : untargeted.length > 0
          ? { state: 'partly', path: untargeted[0].path, evidence: [['metrics']], missing: [`Give ${untargeted.length === 1 ? 'metric' : 'metrics'} ${listWords(untargeted.map((m) => nameOf(m)))} a \`target\` or \`alert_when\`.`] }
          : { state: 'ok', path: ['metrics'], evidence: [['metrics']] },
    reviews.length === 0
      ? { state: 'missing', path: ['review'], missing: ['Say under `review` who looks at it and how often.'] }
      : unowned.length > 0
        ? { state: 'partly', path: unowned[0].path, evidence: [['review']], missing: [`Give ${unowned.length === 1 ? 'review' : 'reviews'} ${listWords(unowned.map((r) => nameOf(r, 'what')))} an \`owner\` from \`owners\`.`] }
        : { state: 'ok', path: ['review'], evidence: [['review']] },
  ];
}

const CLASS_WORDS: Record<string, string> = { safe: 'safe', review_required: 'review-required', new_scope: 'new-scope' };

function changesQ(j: JudgeContext): Part[] {
  const given = CHANGE_CLASSES.filter((c) => answeringEntries(j.value, ['changes', c]).length > 0);
  const absent = CHANGE_CLASSES.filter((c) => !given.includes(c));
  const approver = valueAt(j.value, ['changes', 'approver']);
  return [
    absent.length === 0
      ? { state: 'ok', path: ['changes'], evidence: CHANGE_CLASSES.map((c) => ['changes', c]) }
      : {
          state: given.length > 0 ? 'partly' : 'missing',
          path: ['changes', absent[0]],
          evidence: given.map((c) => ['changes', c]),
          missing: [`Give at least one example of a ${listWords(absent.map((c) => CLASS_WORDS[c]))} change under \`changes\`.`],
        },
    has(j, approver)
      ? { state: 'ok', path: ['changes', 'approver'], evidence: [['changes', 'approver']] }
      : { state: 'missing', path: ['changes', 'approver'], missing: ['Name who approves review-required changes in `changes.approver` (an owner id).'] },
  ];
}

function supportQ(j: JudgeContext): Part[] {
  const field = (key: string, sentence: string): Part =>
    answers(valueAt(j.value, ['support', key])) ? { state: 'ok', path: ['support', key], evidence: [['support', key]] } : { state: 'missing', path: ['support', key], missing: [sentence] };
  const scope = ['bug', 'change_request', 'new_scope'].filter((k) => answers(valueAt(j.value, ['support', k])));
  return [
    field('window', 'Say how long support lasts after handoff (`support.window`).'),
    field('response', 'Say how to reach support and how fast they answer (`support.response`).'),
    scope.length > 0
      ? { state: 'ok', path: ['support', scope[0]], evidence: scope.map((k) => ['support', k]) }
      : { state: 'missing', path: ['support', 'bug'], missing: ['Say what counts as a bug and what is a change request (`support.bug`, `support.change_request`).'] },
  ];
}

export const QUESTIONS: readonly QuestionSpec[] = [
  { number: 1, question: 'What exactly does this workflow do?', judge: whatItDoes },
  { number: 2, question: 'What can it do on its own?', judge: onItsOwn },
  { number: 3, question: 'What always goes to a human?', judge: alwaysHuman },
  { number: 4, question: 'What are the known ugly cases?', judge: uglyCases },
  { number: 5, question: 'Who owns the queue?', judge: queueOwner },
  { number: 6, question: 'How do we pause it?', judge: pause },
  { number: 7, question: 'How do we know it is healthy?', judge: healthy },
  { number: 8, question: 'What changes are safe versus risky?', judge: changesQ },
  { number: 9, question: 'What is supported after launch?', judge: supportQ },
];
