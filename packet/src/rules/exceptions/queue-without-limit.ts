import type { Finding, Rule } from '../rule';
import { objectAt } from '../shared/values';

/** Without a backlog limit nobody can say when the queue has "backed up" and someone must act. */
export const queueWithoutLimit: Rule = {
  id: 'queue-without-limit',
  check(ctx) {
    const queue = objectAt(ctx.value, ['exceptions', 'queue']);
    if (!queue) return [];
    if (queue.backlog_limit !== undefined && queue.backlog_limit !== null) return [];
    const out: Finding[] = [
      {
        message: 'The exception queue has no `backlog_limit`. Add the number of waiting items at which the queue counts as backed up (for example `backlog_limit: 25`), so the owner knows when to pause or add reviewers.',
        span: ctx.spanFor(['exceptions', 'queue'], 'key'),
        data: { fix: 'insert-fields', path: ['exceptions', 'queue'], fields: ['backlog_limit'] },
      },
    ];
    return out;
  },
};
