import type { Finding, Rule } from '../rule';
import { entriesAt, isBlank, quote, textOf } from '../shared/values';

/** A number with no target and no alarm is something to look at, not a health check. */
export const metricWithoutTarget: Rule = {
  id: 'metric-without-target',
  check(ctx) {
    const out: Finding[] = [];
    for (const { entry, i } of entriesAt(ctx.value, ['metrics'])) {
      if (!isBlank(entry.target) || !isBlank(entry.alert_when)) continue;
      const path = ['metrics', i];
      const name = textOf(entry.id) ? `Metric ${quote(entry.id as string)}` : `Metric ${i + 1}`;
      out.push({
        message: `${name} has neither \`target\` nor \`alert_when\`, so nobody can tell a healthy value from a bad one. Add \`target:\` with the value it should hold (for example "<= 15%"), and \`alert_when:\` if someone should be woken up.`,
        span: ctx.spanFor([...path, 'id']),
        data: { fix: 'insert-fields', path, fields: ['target'] },
      });
    }
    return out;
  },
};
