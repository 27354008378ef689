// The readiness line after each checked file: how many of the nine questions
// a buyer can answer from the packet, and which ones are still open.

import { readiness, type PacketAnalysis } from '../../packet/src';

export interface ReadinessSummary {
  answered: number;
  total: number;
  /** The questions not (fully) answered, in their order. */
  open: string[];
}

export function readinessSummary(analysis: PacketAnalysis): ReadinessSummary | undefined {
  // A file that is not a readable packet has no answers to count; its
  // problems already say why.
  if (analysis.parsed.value === undefined) return undefined;
  const report = readiness(analysis);
  return {
    answered: report.answered,
    total: report.total,
    open: report.questions.filter((q) => q.status !== 'answered').map((q) => `${q.number}. ${q.question}`),
  };
}
