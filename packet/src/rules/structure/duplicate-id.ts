import type { Finding, Rule } from '../rule';

const NOUN = { owner: 'owner', system: 'system', step: 'step', action: 'action', metric: 'metric' } as const;

export const duplicateId: Rule = {
  id: 'duplicate-id',
  check(ctx) {
    const out: Finding[] = [];
    for (const [kind, map] of Object.entries(ctx.index.byKind)) {
      for (const [id, decls] of map) {
        if (decls.length < 2) continue;
        for (const d of decls.slice(1)) {
          const line = ctx.parsed.lines.positionAt(decls[0].span.start).line + 1;
          out.push({
            message: `Another ${NOUN[kind as keyof typeof NOUN]} already has the id "${id}" (line ${line}). References to it would be ambiguous; give this one its own id.`,
            span: d.span,
          });
        }
      }
    }
    return out;
  },
};
