// The one place the renderer learns a packet's readiness (the nine questions),
// adapting the readiness report to what the header shows.

import type { PacketAnalysis } from '../analysis';
import { readiness } from '../readiness';
import type { ReadinessView } from './model';

const STATUS = { answered: 'answered', partly: 'partial', unanswered: 'unanswered' } as const;

/**
 * A click on an answered question goes to its answer; on an open one, to
 * where the answer has to be written.
 */
export function packetReadiness(analysis: PacketAnalysis): ReadinessView | undefined {
  const report = readiness(analysis);
  return {
    questions: report.questions.map((q) => {
      const evidence = q.evidence.map((e) => e.span);
      return {
        number: q.number,
        question: q.question,
        status: STATUS[q.status] ?? 'unanswered',
        evidence: q.status === 'answered' ? evidence : [q.where.span, ...evidence],
        missing: q.missing,
      };
    }),
  };
}
