import type { Finding, Rule } from '../rule';
import { entriesAt, quote, textOf } from '../shared/values';

/** A step nobody can take back should not happen without a person agreeing to it. */
export const irreversibleAutomaticAction: Rule = {
  id: 'irreversible-automatic-action',
  check(ctx) {
    const out: Finding[] = [];
    for (const { entry, i } of entriesAt(ctx.value, ['permissions', 'actions'])) {
      if (entry.authority !== 'automatic' || entry.reversible !== false) continue;
      const path = ['permissions', 'actions', i];
      const name = textOf(entry.id) ? `Action ${quote(entry.id as string)}` : `Action ${i + 1}`;
      out.push({
        message: `${name} runs on its own and cannot be undone. Set \`authority: approval\` and name an \`approver\`, or make it reversible and describe the \`undo\`.`,
        span: ctx.spanFor([...path, 'authority']),
        data: { fix: 'set-value', path, key: 'authority', value: 'approval' },
      });
    }
    return out;
  },
};
