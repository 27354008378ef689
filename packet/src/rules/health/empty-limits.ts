import { isPlainObject } from '../../model/yaml-nodes';
import type { Finding, Rule } from '../rule';
import { isBlank } from '../shared/values';

const LISTS = ['weak_at', 'degrading_inputs', 'always_human', 'assumptions', 'not_supported'];

/** Every workflow has limits; a packet that lists none has not looked for them yet. */
export const emptyLimits: Rule = {
  id: 'empty-limits',
  check(ctx) {
    const limits = ctx.value.limits;
    // Absent is missing-section's; a bare `limits:` or a list in its place is the schema's.
    if (!isPlainObject(limits)) return [];
    if (LISTS.some((k) => !isBlank(limits[k]))) return [];
    const out: Finding[] = [
      {
        message: '`limits` lists nothing. Write down at least what the workflow is weak at, which inputs degrade it, what always goes to a person and what this release does not support; readers trust a packet that admits its limits.',
        span: ctx.spanFor(['limits'], 'key'),
      },
    ];
    return out;
  },
};
