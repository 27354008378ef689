// One entry point for judging an operator instruction in any prose language
// the checks read: English goes to the full analyser, Spanish, German and
// French to the lighter one.

import { fieldLanguage, type ProseLanguage } from './language';
import { judgeOperatorText, type OperatorPathJudgement } from './operator-path';
import { judgeOperatorTextIntl } from './operator-path-intl';
import { NO_HINTS, type NameHints } from './parties';

/**
 * Judgements per hints object and text. builder-dependency, vague-operator-action
 * and readiness ask about the same few instructions on every check; the hints
 * object stays the same while owners and support do (operator-hints.ts).
 */
const memo = new WeakMap<NameHints, Map<string, OperatorPathJudgement>>();
const MEMO_TEXTS = 256;

export function judgeOperator(text: string, hints: NameHints = NO_HINTS, packet: ProseLanguage = 'en'): OperatorPathJudgement {
  let byText = memo.get(hints);
  if (!byText) memo.set(hints, (byText = new Map()));
  const key = `${packet}\u0000${text}`;
  const hit = byText.get(key);
  if (hit) return hit;
  const lang = fieldLanguage(text, packet);
  const judged = lang === 'en' ? judgeOperatorText(text, hints) : judgeOperatorTextIntl(text, lang, hints);
  if (byText.size >= MEMO_TEXTS) byText.clear();
  byText.set(key, judged);
  return judged;
}
