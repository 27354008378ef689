import type { Finding, Rule } from '../rule';
import { entriesAt } from '../shared/values';

/** "Low confidence" means nothing until it has a number: below what does the workflow stop acting? */
export const lowConfidenceWithoutThreshold: Rule = {
  id: 'low-confidence-without-threshold',
  check(ctx) {
    const out: Finding[] = [];
    for (const { entry, i } of entriesAt(ctx.value, ['exceptions', 'types'])) {
      if (entry.type !== 'low_confidence') continue;
      // A threshold of the wrong type is the schema's to report.
      if (entry.threshold !== undefined && entry.threshold !== null) continue;
      const path = ['exceptions', 'types', i];
      out.push({
        message: 'This low_confidence exception has no `threshold`. Add the number below which the workflow stops acting on its own (for example `threshold: 0.7`), so reviewers and metrics agree on what "low" means.',
        span: ctx.spanFor([...path, 'type']),
        data: { fix: 'insert-fields', path, fields: ['threshold'] },
      });
    }
    return out;
  },
};
