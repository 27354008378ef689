import { CHANGE_CLASSES } from '../../format';
import type { Finding, Rule } from '../rule';
import { isBlank, listWords, objectAt } from '../shared/values';

const CLASS_MEANS: Record<string, string> = {
  safe: '`safe` (what operators may adjust themselves)',
  review_required: '`review_required` (what needs sign-off first)',
  new_scope: '`new_scope` (what is really new work)',
};

/** Without all three classes and an approver, "one small tweak" decides the risk profile. */
export const changeRulesIncomplete: Rule = {
  id: 'change-rules-incomplete',
  check(ctx) {
    const changes = objectAt(ctx.value, ['changes']);
    if (!changes) return [];
    const missing: string[] = CHANGE_CLASSES.filter((c) => isBlank(changes[c]));
    const says = missing.map((c) => CLASS_MEANS[c]);
    if (isBlank(changes.approver)) {
      missing.push('approver');
      says.push('`approver` (who signs off review-required changes)');
    }
    if (missing.length === 0) return [];
    const out: Finding[] = [
      {
        message: `The change rules do not give ${listWords(says)}. Add ${missing.length === 1 ? 'it' : 'them'}, with at least one example per class, so a requested tweak can be placed before anyone makes it.`,
        span: ctx.spanFor(['changes'], 'key'),
        data: { fix: 'insert-fields', path: ['changes'], fields: missing },
      },
    ];
    return out;
  },
};
