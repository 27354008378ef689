import type { Finding, Rule } from '../rule';
import { entriesAt, isBlank, quote, textOf } from '../shared/values';

/** A review everyone attends is a review nobody runs. */
export const reviewUnowned: Rule = {
  id: 'review-unowned',
  check(ctx) {
    const out: Finding[] = [];
    for (const { entry, i } of entriesAt(ctx.value, ['review'])) {
      if (!isBlank(entry.owner)) continue;
      const path = ['review', i];
      const what = textOf(entry.what) ? quote(entry.what as string) : textOf(entry.cadence) ? `the ${entry.cadence as string} review` : `review entry ${i + 1}`;
      out.push({
        message: `Nobody owns ${what}. Add \`owner:\` with the owner id of the person who runs it, so it still happens when people are busy.`,
        span: ctx.spanFor([...path, 'cadence']),
        data: { fix: 'insert-fields', path, fields: ['owner'] },
      });
    }
    return out;
  },
};
