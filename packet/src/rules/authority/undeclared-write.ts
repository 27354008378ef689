import type { Finding, Rule } from '../rule';
import { entriesAt, objectAt, quote, valueAt } from '../shared/values';

/** Authorities under which the agent itself changes a system. `never` actions write nothing. */
const WRITING = new Set(['automatic', 'approval']);

/**
 * `workflow.writes` is the buyer's one-line answer to "what can this touch?".
 * It must agree with the actions: every system an acting action changes is
 * listed, and every listed system is changed by some action.
 */
export const undeclaredWrite: Rule = {
  id: 'undeclared-write',
  check(ctx) {
    const workflow = objectAt(ctx.value, ['workflow']);
    if (!workflow) return [];
    const writesValue = workflow.writes;
    // A non-list `writes` is the schema's to report; guessing here would double up.
    if (writesValue !== undefined && writesValue !== null && !Array.isArray(writesValue)) return [];
    const writes = Array.isArray(writesValue) ? writesValue : [];
    const declared = new Set(writes.filter((w): w is string => typeof w === 'string'));
    const out: Finding[] = [];

    const actions = valueAt(ctx.value, ['permissions', 'actions']);
    const touched = new Set<string>();
    for (const { entry, i } of entriesAt(ctx.value, ['permissions', 'actions'])) {
      if (typeof entry.system !== 'string') continue;
      // An action with no or a misspelt authority still counts as touching its
      // system, so a half-written action does not make `writes` look stale.
      if (entry.authority !== 'never') touched.add(entry.system);
      if (!WRITING.has(entry.authority as string) || declared.has(entry.system)) continue;
      // An undeclared system is unknown-reference's to report; adding it to writes would not help.
      if (!ctx.index.byKind.system.has(entry.system)) continue;
      const name = typeof entry.id === 'string' ? quote(entry.id) : `${i + 1}`;
      out.push({
        message: `Action ${name} changes ${quote(entry.system)}, but \`workflow.writes\` does not list it. Add ${quote(entry.system)} to \`workflow.writes\` so readers see every system this workflow can change.`,
        span: ctx.spanFor(['permissions', 'actions', i, 'system']),
        data: { fix: 'add-to-list', path: ['workflow', 'writes'], value: entry.system },
      });
    }

    if (!Array.isArray(actions)) return out;
    writes.forEach((w, j) => {
      if (typeof w !== 'string' || touched.has(w)) return;
      out.push({
        message: `\`workflow.writes\` lists ${quote(w)}, but no action under \`permissions.actions\` changes it. Add the action that writes to ${quote(w)} (with its authority), or remove it from \`writes\`.`,
        span: ctx.spanFor(['workflow', 'writes', j]),
      });
    });
    return out;
  },
};
