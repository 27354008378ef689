import type { Finding, Rule } from '../rule';
import { listWords, quote } from '../shared/values';
import { buildStepGraph, finishing, reachableFrom } from './step-graph';

/** A run that reaches a step with no way to `done` circles or stops with nobody told. */
export const stepDeadEnd: Rule = {
  id: 'step-dead-end',
  check(ctx) {
    const graph = buildStepGraph(ctx.value.steps);
    const done = finishing(graph);
    const out: Finding[] = [];
    for (const node of graph.nodes.values()) {
      if (done.has(node.key) || !node.id) continue;
      const loop = [...reachableFrom(graph, node.key)].map((k) => graph.nodes.get(k)?.id).filter((id): id is string => !!id);
      const shown = loop.length > 4 ? [...loop.slice(0, 4), 'more'] : loop;
      const hasNext = ctx.value.steps && Array.isArray(ctx.value.steps) && isNextWritten(ctx.value.steps[node.index]);
      out.push({
        message: `No path from step ${quote(node.id)} reaches \`done\`: from there, \`next\` only leads through ${listWords(shown.map((s) => (s === 'more' ? 'more' : quote(s))))}. Send one of these steps to \`done\` or to a step that finishes, so runs that get here end.`,
        span: ctx.spanFor(['steps', node.index, hasNext ? 'next' : 'id']),
      });
    }
    return out;
  },
};

function isNextWritten(step: unknown): boolean {
  return typeof step === 'object' && step !== null && !Array.isArray(step) && (step as Record<string, unknown>).next !== undefined && (step as Record<string, unknown>).next !== null;
}
