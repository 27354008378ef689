import type { PathSegment } from '../../diagnostic';
import { packetLanguage } from '../../text/language';
import { judgeOperator } from '../../text/operator-judge';
import { isPlaceholder } from '../../text/placeholders';
import type { Finding, Rule } from '../rule';
import { quote, valueAt } from '../shared/values';
import { operatorHints } from './operator-hints';

/** One operator action: the texts that describe it, judged together. */
interface Action {
  /** How the message names it. */
  doing: string;
  /** Fields holding one instruction each. */
  texts: PathSegment[][];
  /** Fields holding a list of instructions or conditions. */
  lists: PathSegment[][];
  /** The action's own section, read as its instruction when written as plain text. */
  section?: PathSegment[];
}

/**
 * What to write instead. A role alone ("ask the platform team to stop it")
 * would only trade this warning for vague-operator-action, so the advice asks
 * for both: who on the buyer's side acts, and the control they work. The
 * example must itself pass both checks (a unit test copies it into a packet).
 */
export const OWN_PATH_EXAMPLE = 'The ops lead turns the sync flag off on the admin page';
const OWN_PATH = `Write who on your side does it and with what: a role of your own and the control they work (the flag, setting, button, command or job, and where it is), for example ${quote(OWN_PATH_EXAMPLE)}. The builder can stay as a fallback.`;

const ACTIONS: Action[] = [
  { doing: 'Pausing', texts: [['operations', 'pause', 'how']], lists: [], section: ['operations', 'pause'] },
  { doing: 'Resuming', texts: [['operations', 'resume', 'how']], lists: [['operations', 'resume', 'check_first']], section: ['operations', 'resume'] },
  { doing: 'Retrying', texts: [], lists: [['operations', 'retry', 'safe_when'], ['operations', 'retry', 'unsafe_when']], section: ['operations', 'retry'] },
  { doing: 'Rolling back', texts: [['operations', 'rollback', 'how']], lists: [], section: ['operations', 'rollback'] },
  { doing: 'Disabling the risky path', texts: [['operations', 'rollback', 'disable_path']], lists: [] },
  { doing: 'Re-enabling', texts: [], lists: [['operations', 'before_reenabling']] },
];

/**
 * The operator controls must work without the builder. An action is reported
 * when its instructions send the operator to an outside party and none of them
 * gives a path of the buyer's own (a switch, a flag, a command, an internal role).
 */
export const builderDependency: Rule = {
  id: 'builder-dependency',
  check(ctx) {
    const ops = ctx.value.operations;
    if (ops === undefined || ops === null) return [];
    const hints = operatorHints(ctx.value);
    const lang = packetLanguage(ctx.value);
    const out: Finding[] = [];
    for (const action of ACTIONS) {
      // A `TODO: …` left by a quick fix is an unanswered question (readiness
      // says so), not an instruction to contact anyone.
      const judged = textsOf(ctx.value, action)
        .filter((t) => !isPlaceholder(t.text))
        .map((t) => ({ ...t, j: judgeOperator(t.text, hints, lang) }));
      if (judged.some((t) => t.j.insider)) continue;
      for (const t of judged) {
        if (!t.j.dependsOnOutsider) continue;
        const words = t.j.evidence ? t.text.slice(t.j.evidence.start, t.j.evidence.end) : t.text;
        out.push({
          message: `${action.doing} depends on reaching someone outside your team (${quote(words)}). ${OWN_PATH}`,
          span: ctx.spanFor(t.path),
        });
      }
    }
    return out;
  },
};

/** The action's texts; a section written as plain text (`pause: ask the vendor`) counts as its instruction. */
function textsOf(value: Record<string, unknown>, action: Action): { text: string; path: PathSegment[] }[] {
  const out: { text: string; path: PathSegment[] }[] = [];
  const whole = action.section ? valueAt(value, action.section) : undefined;
  if (typeof whole === 'string' && action.section) out.push({ text: whole, path: action.section });
  for (const path of action.texts) {
    const v = valueAt(value, path);
    if (typeof v === 'string') out.push({ text: v, path });
  }
  for (const path of action.lists) {
    const v = valueAt(value, path);
    if (typeof v === 'string') out.push({ text: v, path });
    else if (Array.isArray(v)) v.forEach((item, i) => typeof item === 'string' && out.push({ text: item, path: [...path, i] }));
  }
  return out;
}
