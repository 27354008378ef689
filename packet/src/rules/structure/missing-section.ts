import { SECTIONS } from '../../format';
import type { Finding, Rule } from '../rule';

export const missingSection: Rule = {
  id: 'missing-section',
  check(ctx) {
    const out: Finding[] = [];
    const present = ctx.value;
    // Point at the first line: the file as a whole is what lacks the section.
    const anchor = ctx.spanFor([SECTIONS.find((s) => s in present) ?? 'packet'], 'key');
    for (const section of SECTIONS) {
      if (section in present) continue;
      out.push({
        message: `The packet has no \`${section}\` section. ${WHY[section]}`,
        span: anchor,
        data: { fix: 'insert-section', section },
      });
    }
    return out;
  },
};

const WHY: Record<(typeof SECTIONS)[number], string> = {
  packet: 'Add `packet: 1` so tools know which format version this is.',
  workflow: 'Say what the workflow does, when it starts and what it must never do.',
  systems: 'List the systems it reads and writes so actions can refer to them.',
  steps: 'Describe each step with its trigger, inputs and output.',
  permissions: 'Say which actions run on their own, which need approval and which are never allowed.',
  exceptions: 'Say who owns the exception queue and how each kind of exception is handled.',
  operations: 'Tell operators how to pause, resume, retry and roll back without the builder.',
  metrics: 'Name the numbers that say the workflow is healthy, with targets.',
  review: 'Say who reviews what, and how often.',
  limits: 'Write down what the workflow is weak at and what always goes to a human.',
  owners: 'Name who owns the outcome, quality, exception queue, support and change approval.',
  changes: 'Say which changes are safe, which need review and which are new scope.',
  support: 'Say what support the buyer gets after handoff and for how long.',
};
