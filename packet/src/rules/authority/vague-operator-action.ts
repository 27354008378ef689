import type { PathSegment } from '../../diagnostic';
import { fieldLanguage, packetLanguage } from '../../text/language';
import { judgeControl, systemWords } from '../../text/operator-control';
import { judgeOperator } from '../../text/operator-judge';
import { isPlaceholder } from '../../text/placeholders';
import type { Finding, Rule, RuleContext } from '../rule';
import { quote, valueAt } from '../shared/values';
import { operatorHints } from './operator-hints';

interface Instruction {
  doing: string;
  path: PathSegment[];
  /** Also read when the section itself is written as plain text. */
  section?: PathSegment[];
}

const INSTRUCTIONS: Instruction[] = [
  { doing: 'pause', path: ['operations', 'pause', 'how'], section: ['operations', 'pause'] },
  { doing: 'resume', path: ['operations', 'resume', 'how'], section: ['operations', 'resume'] },
  { doing: 'rollback', path: ['operations', 'rollback', 'how'], section: ['operations', 'rollback'] },
  { doing: 'disable-path', path: ['operations', 'rollback', 'disable_path'] },
];

export type VagueVerdict = { vague: false } | { vague: true; pointerOnly: boolean };

/**
 * Whether one operator instruction names no control. Placeholders and
 * instructions that only send the operator to the builder are left to
 * placeholder-text and builder-dependency.
 */
export function judgeInstruction(value: Record<string, unknown>, text: string): VagueVerdict {
  if (isPlaceholder(text)) return { vague: false };
  const packet = packetLanguage(value);
  if (judgeOperator(text, operatorHints(value), packet).dependsOnOutsider) return { vague: false };
  const j = controlOf(value, text);
  return j.names ? { vague: false } : { vague: true, pointerOnly: j.pointerOnly };
}

function controlOf(value: Record<string, unknown>, text: string) {
  return judgeControl(text, { systems: systemWords(value.systems), language: fieldLanguage(text, packetLanguage(value)) });
}

/** An operator on a bad day needs the control itself, not the question restated. */
export const vagueOperatorAction: Rule = {
  id: 'vague-operator-action',
  check(ctx) {
    const out: Finding[] = [];
    const pause = instructionText(ctx, INSTRUCTIONS[0]);
    // Only a pause the operator works themselves lends its control to "turn it back on".
    const pauseNamesControl =
      pause !== undefined && !isPlaceholder(pause.text) && controlOf(ctx.value, pause.text).names && !judgeOperator(pause.text, operatorHints(ctx.value), packetLanguage(ctx.value)).dependsOnOutsider;
    for (const ins of INSTRUCTIONS) {
      const found = instructionText(ctx, ins);
      if (!found) continue;
      const verdict = judgeInstruction(ctx.value, found.text);
      if (!verdict.vague) continue;
      // "Turn it back on": resuming works the control the pause instruction named.
      if (ins.doing === 'resume' && pauseNamesControl && !verdict.pointerOnly) continue;
      out.push({ message: messageFor(ins.doing, found.text, verdict.pointerOnly), span: ctx.spanFor(found.path) });
    }
    return out;
  },
};

function instructionText(ctx: RuleContext, ins: Instruction): { text: string; path: PathSegment[] } | undefined {
  const v = valueAt(ctx.value, ins.path);
  if (typeof v === 'string' && v.trim() !== '') return { text: v, path: ins.path };
  const whole = ins.section ? valueAt(ctx.value, ins.section) : undefined;
  if (typeof whole === 'string' && whole.trim() !== '' && ins.section) return { text: whole, path: ins.section };
  return undefined;
}

const WHAT: Record<string, string> = {
  pause: 'The pause instruction',
  resume: 'The resume instruction',
  rollback: 'The rollback instruction',
  'disable-path': 'The way to disable the risky path',
};

function messageFor(doing: string, text: string, pointerOnly: boolean): string {
  const head = `${WHAT[doing]} ${quote(text)} names no control.`;
  const tail = pointerOnly
    ? ' A pointer to a runbook or document helps only with its location: give the link, the path or the section, or write the steps here.'
    : ' Say what the operator touches and where: the flag or setting, the screen or menu path, the command or job, the button, or the address to write to.';
  const readiness = doing === 'pause' ? ' Until then readiness counts "How do we pause it?" unanswered.' : '';
  return head + tail + readiness;
}
