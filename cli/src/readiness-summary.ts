// The readiness line after each checked file: how many of the nine questions
// a buyer can answer from the packet.
//
// SEAM: `readiness(analysis)` → {answered, total, questions} is being written
// in packet/src/readiness/. Until it lands this returns undefined and the
// per-file line shows the problem counts only. Wiring it up means replacing
// the body below with a call to it; the text, JSON and SARIF writers already
// print whatever this returns.

import type { PacketAnalysis } from '../../packet/src';

export interface ReadinessSummary {
  answered: number;
  total: number;
  /** The questions not (fully) answered, in their order. */
  open: string[];
}

export function readinessSummary(_analysis: PacketAnalysis): ReadinessSummary | undefined {
  return undefined;
}
