import { RESPONSIBILITIES } from '../../format';
import type { FixData } from '../../diagnostic';
import type { Finding, Rule } from '../rule';
import { entriesAt, quote, stringsOf, textOf, valueAt } from '../shared/values';

type Responsibility = (typeof RESPONSIBILITIES)[number];

const MEANS: Record<Responsibility, string> = {
  business_outcome: 'whether the workflow delivers what the business bought it for',
  workflow_quality: 'whether its results stay good enough',
  exception_queue: 'clearing the exception queue',
  technical_support: 'fixing it when it breaks',
  change_approval: 'signing off changes',
};

/** Words in an owner's id, role or name that suggest a responsibility fits them. */
const ROLE_WORDS: Record<Responsibility, string[]> = {
  business_outcome: ['business', 'outcome', 'head', 'director', 'vp', 'manager', 'owner', 'sales', 'revenue', 'product', 'lead'],
  workflow_quality: ['quality', 'qa', 'revops', 'analyst', 'review', 'reviewer', 'ops', 'operations', 'data'],
  exception_queue: ['queue', 'exception', 'exceptions', 'ops', 'operations', 'triage', 'support', 'reviewer', 'desk'],
  // Not "support": a customer-support lead is no one's technical support.
  technical_support: ['platform', 'engineering', 'engineer', 'it', 'technical', 'tech', 'devops', 'developer', 'sre', 'infrastructure', 'infra', 'vendor', 'builder'],
  change_approval: ['change', 'approval', 'approver', 'governance', 'revops', 'director', 'head', 'manager', 'lead'],
};

/** Somebody who "owns" nothing in particular owns nothing: each responsibility needs a name. */
export const unownedResponsibility: Rule = {
  id: 'unowned-responsibility',
  check(ctx) {
    const owners = ctx.value.owners;
    if (!Array.isArray(owners)) return [];
    const entries = entriesAt(ctx.value, ['owners']);
    const owned = new Set<string>();
    for (const { entry } of entries) for (const r of stringsOf(entry.owns)) owned.add(r);
    const out: Finding[] = [];
    for (const r of RESPONSIBILITIES) {
      if (owned.has(r)) continue;
      const pick = bestOwner(ctx.value, entries, r);
      const data: FixData | undefined = pick ? { fix: 'add-to-list', path: ['owners', pick.i, 'owns'], value: r } : undefined;
      const suggestion = pick?.id ? `, for example ${quote(pick.id)}` : '';
      out.push({
        message: `Nobody owns ${r} (${MEANS[r]}). Add \`${r}\` to the \`owns\` list of the owner who answers for it${suggestion}.`,
        span: ctx.spanFor(['owners'], 'key'),
        ...(data ? { data } : {}),
      });
    }
    return out;
  },
};

/**
 * The owner a responsibility most likely belongs to: the one the packet
 * already puts in that seat (the queue owner, the change approver), else the
 * best match of role words, else the first owner. Owners whose `owns` is not
 * a list cannot take the edit.
 */
function bestOwner(value: Record<string, unknown>, entries: { entry: Record<string, unknown>; i: number }[], r: Responsibility): { i: number; id?: string } | undefined {
  const eligible = entries.filter(({ entry }) => entry.owns === undefined || entry.owns === null || Array.isArray(entry.owns));
  if (eligible.length === 0) return undefined;
  const seat = r === 'exception_queue' ? valueAt(value, ['exceptions', 'queue', 'owner']) : r === 'change_approval' ? valueAt(value, ['changes', 'approver']) : undefined;
  let best = eligible[0];
  let bestScore = -1;
  for (const candidate of eligible) {
    const { entry } = candidate;
    let score = 0;
    if (typeof seat === 'string' && entry.id === seat) score += 100;
    const words = [entry.id, entry.role, entry.person]
      .map(textOf)
      .filter((s): s is string => !!s)
      .join(' ')
      .toLowerCase()
      .split(/[^a-z0-9]+/);
    for (const w of ROLE_WORDS[r]) if (words.includes(w)) score += 1;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return { i: best.i, id: textOf(best.entry.id) };
}
