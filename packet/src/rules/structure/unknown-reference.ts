import type { IdKind } from '../../diagnostic';
import { isPlaceholder } from '../../text/placeholders';
import type { Finding, Rule } from '../rule';
import { meantIds } from '../shared/meant-ids';

const WHERE: Record<IdKind, string> = {
  owner: 'under `owners`',
  system: 'under `systems`',
  step: 'under `steps` (or use `done` to end the path)',
  action: 'under `permissions.actions`',
  metric: 'under `metrics`',
};

export const unknownReference: Rule = {
  id: 'unknown-reference',
  check(ctx) {
    const out: Finding[] = [];
    for (const ref of ctx.index.references) {
      const declared = ctx.index.byKind[ref.kind];
      if (declared.has(ref.id)) continue;
      // "TBD" is no typo of a declared id and nothing to declare: the decision
      // who (or what) it is has not been made, and the message says so.
      if (isPlaceholder(ref.id)) {
        out.push({ message: `The ${ref.kind} here is still a placeholder (${JSON.stringify(ref.id)}): it names no declared ${ref.kind} yet. Write the id of the ${ref.kind} it should be, declared ${WHERE[ref.kind]}.`, span: ref.span });
        continue;
      }
      // "Done", "end", "finish": the author meant the path's end, which is spelled `done`.
      const candidates = meantIds(ref.kind, ref.id, declared.keys());
      const hint = candidates.length > 0 ? ` Did you mean "${candidates[0]}"?` : '';
      out.push({
        message: `No ${ref.kind} has the id "${ref.id}". Declare it ${WHERE[ref.kind]} or use a declared id.${hint}`,
        span: ref.span,
        data: candidates.length > 0 ? { fix: 'replace-value', candidates } : { fix: 'declare-id', kind: ref.kind, id: ref.id },
      });
    }
    return out;
  },
};
