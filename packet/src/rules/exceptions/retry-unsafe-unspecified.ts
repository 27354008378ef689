import type { Finding, Rule } from '../rule';
import { isBlank, objectAt } from '../shared/values';

/** Knowing when a retry is safe is half the answer; the other half is when it does harm. */
export const retryUnsafeUnspecified: Rule = {
  id: 'retry-unsafe-unspecified',
  check(ctx) {
    const retry = objectAt(ctx.value, ['operations', 'retry']);
    if (!retry || isBlank(retry.safe_when) || !isBlank(retry.unsafe_when)) return [];
    const out: Finding[] = [
      {
        message: '`operations.retry` says when a retry is safe but not when it makes things worse. Add `unsafe_when:` with the cases where a retry repeats a side effect, such as writing a second note or sending a second email.',
        span: ctx.spanFor(['operations', 'retry'], 'key'),
        data: { fix: 'insert-fields', path: ['operations', 'retry'], fields: ['unsafe_when'] },
      },
    ];
    return out;
  },
};
