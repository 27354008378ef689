import type { IdKind } from '../../diagnostic';
import { nearest } from '../../util/nearest';
import type { Finding, Rule } from '../rule';

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
      const candidates = nearest(ref.id, [...declared.keys()]);
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
