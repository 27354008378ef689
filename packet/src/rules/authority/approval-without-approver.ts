import type { Finding, Rule } from '../rule';
import { entriesAt, isBlank, quote, textOf, valueAt } from '../shared/values';

/** An action that needs approval must say whose: otherwise it stalls, or someone waves it through. */
export const approvalWithoutApprover: Rule = {
  id: 'approval-without-approver',
  check(ctx) {
    const out: Finding[] = [];
    const changeApprover = textOf(valueAt(ctx.value, ['changes', 'approver']));
    for (const { entry, i } of entriesAt(ctx.value, ['permissions', 'actions'])) {
      if (entry.authority !== 'approval' || !isBlank(entry.approver)) continue;
      const path = ['permissions', 'actions', i];
      const name = textOf(entry.id) ? `Action ${quote(entry.id as string)}` : `Action ${i + 1}`;
      const hint = changeApprover ? `, for example the change approver ${quote(changeApprover)}` : '';
      out.push({
        message: `${name} waits for approval but names nobody who can give it. Add \`approver:\` with the owner id of the person who signs off${hint}.`,
        span: ctx.spanFor([...path, 'authority']),
        data: { fix: 'insert-fields', path, fields: ['approver'] },
      });
    }
    return out;
  },
};
