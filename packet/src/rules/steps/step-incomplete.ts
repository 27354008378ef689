import type { Finding, Rule } from '../rule';
import { entriesAt, isBlank, listWords, quote, textOf } from '../shared/values';

/** The two columns of the trigger / input / output table every step must fill, with what each tells the reader. */
export const STEP_NEEDED: { field: string; says: string }[] = [
  { field: 'trigger', says: 'what starts it (`trigger`)' },
  { field: 'output', says: 'what it hands on (`output`)' },
];

/**
 * An operator reading a stuck run asks of each step what should have started
 * it and what it should have produced; a step that does not say cannot be
 * checked against what happened.
 */
export const stepIncomplete: Rule = {
  id: 'step-incomplete',
  check(ctx) {
    const out: Finding[] = [];
    for (const { entry, i } of entriesAt(ctx.value, ['steps'])) {
      const missing = STEP_NEEDED.filter((n) => isBlank(entry[n.field]));
      if (missing.length === 0) continue;
      const path = ['steps', i];
      const name = textOf(entry.id) ? `Step ${quote(entry.id as string)}` : `Step ${i + 1}`;
      out.push({
        message: `${name} does not say ${listWords(missing.map((m) => m.says))}. Add ${missing.length === 1 ? 'it' : 'both'}, so whoever follows a run can tell whether this step started and what it should have produced.`,
        span: ctx.spanFor(textOf(entry.id) ? [...path, 'id'] : path, textOf(entry.id) ? 'value' : 'key'),
        data: { fix: 'insert-fields', path, fields: missing.map((m) => m.field) },
      });
    }
    return out;
  },
};
