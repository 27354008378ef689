import { judgeSummary, MIN_SUMMARY_WORDS } from '../../text/summary-filler';
import type { Finding, Rule } from '../rule';
import { listWords, objectAt, quote } from '../shared/values';

/** The summary is the boundary everything else hangs on; filler makes it a brochure. */
export const vagueBoundary: Rule = {
  id: 'vague-boundary',
  check(ctx) {
    const summary = objectAt(ctx.value, ['workflow'])?.summary;
    if (typeof summary !== 'string' || summary.trim() === '') return [];
    const j = judgeSummary(summary);
    if (!j.vague) return [];
    const parts: string[] = [];
    if (j.tooShort) parts.push(`has only ${j.words} word${j.words === 1 ? '' : 's'} (a boundary needs at least ${MIN_SUMMARY_WORDS})`);
    if (j.filler.length > 0) parts.push(`leans on filler: ${listWords(j.filler.slice(0, 5).map((h) => quote(h.phrase, 40)))}`);
    const out: Finding[] = [
      {
        message: `The workflow summary ${parts.join(' and ')}. Say plainly what comes in, what the workflow does with it, which systems it writes to and what it never does${j.filler.length > 0 ? ', naming each item instead of the filler' : ''}.`,
        span: ctx.spanFor(['workflow', 'summary']),
      },
    ];
    return out;
  },
};
