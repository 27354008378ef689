import type { Finding, Rule } from '../rule';
import { entriesAt, isBlank, listWords, quote, textOf } from '../shared/values';

/** What a reviewer needs from each exception type, with why, for the message. */
const NEEDED: { field: string; says: string }[] = [
  { field: 'response', says: '`response` (retry, hold, escalate or stop)' },
  { field: 'owner', says: '`owner` (who picks it up)' },
  { field: 'reviewer_gets', says: '`reviewer_gets` (what the reviewer is handed)' },
];

/** A known failure without a response, an owner and a hand-off is a failure nobody will handle the same way twice. */
export const exceptionIncomplete: Rule = {
  id: 'exception-incomplete',
  check(ctx) {
    const out: Finding[] = [];
    for (const { entry, i } of entriesAt(ctx.value, ['exceptions', 'types'])) {
      const missing = NEEDED.filter((n) => isBlank(entry[n.field]));
      if (missing.length === 0) continue;
      const path = ['exceptions', 'types', i];
      const name = textOf(entry.type) ? `Exception type ${quote(entry.type as string)}` : `Exception type ${i + 1}`;
      out.push({
        message: `${name} does not say ${listWords(missing.map((m) => m.says))}. Add ${missing.length === 1 ? 'it' : 'them'} so whoever meets this case knows what happens next.`,
        span: ctx.spanFor([...path, 'type']),
        data: { fix: 'insert-fields', path, fields: missing.map((m) => m.field) },
      });
    }
    return out;
  },
};
