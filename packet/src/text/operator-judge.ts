// One entry point for judging an operator instruction in any prose language
// the checks read: English goes to the full analyser, Spanish, German and
// French to the lighter one.

import { fieldLanguage, type ProseLanguage } from './language';
import { judgeOperatorText, type OperatorPathJudgement } from './operator-path';
import { judgeOperatorTextIntl } from './operator-path-intl';
import { NO_HINTS, type NameHints } from './parties';

export function judgeOperator(text: string, hints: NameHints = NO_HINTS, packet: ProseLanguage = 'en'): OperatorPathJudgement {
  const lang = fieldLanguage(text, packet);
  return lang === 'en' ? judgeOperatorText(text, hints) : judgeOperatorTextIntl(text, lang, hints);
}
