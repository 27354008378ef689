import type { Finding, Rule } from '../rule';
import { isBlank, listWords, objectAt } from '../shared/values';

/** The support fields the buyer needs, with what each tells them. */
export const SUPPORT_NEEDED: { field: string; says: string }[] = [
  { field: 'window', says: '`window` (how long support lasts)' },
  { field: 'response', says: '`response` (how to reach it when something breaks, and how fast)' },
];

/** After handoff the buyer must know how long help lasts and how to get it. */
export const supportIncomplete: Rule = {
  id: 'support-incomplete',
  check(ctx) {
    const support = objectAt(ctx.value, ['support']);
    if (!support) return [];
    const missing = SUPPORT_NEEDED.filter((n) => isBlank(support[n.field]));
    if (missing.length === 0) return [];
    const out: Finding[] = [
      {
        message: `The support model does not give ${listWords(missing.map((m) => m.says))}. Add ${missing.length === 1 ? 'it' : 'them'}, so the buyer knows what help to expect after handoff.`,
        span: ctx.spanFor(['support'], 'key'),
        data: { fix: 'insert-fields', path: ['support'], fields: missing.map((m) => m.field) },
      },
    ];
    return out;
  },
};
