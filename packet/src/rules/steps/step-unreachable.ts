import type { Finding, Rule } from '../rule';
import { quote } from '../shared/values';
import { buildStepGraph, reachableFrom } from './step-graph';

/** A step no run can get to is either dead weight or a missing `next` somewhere. */
export const stepUnreachable: Rule = {
  id: 'step-unreachable',
  check(ctx) {
    const graph = buildStepGraph(ctx.value.steps);
    if (!graph.entry || [...graph.nodes.values()].some((n) => n.opaque)) return [];
    // A step a mistyped `next` most probably meant is that typo's to report
    // (unknown-reference, with its fix); calling it unreachable too would be
    // two reports for one slip. A step nothing names, even by typo, still is.
    const reached = reachableFrom(graph, graph.entry, true);
    const first = graph.nodes.get(graph.entry)?.id;
    const from = first ? `the first step ${quote(first)}` : 'the first step';
    const out: Finding[] = [];
    for (const node of graph.nodes.values()) {
      if (reached.has(node.key) || !node.id) continue;
      out.push({
        message: `No path from ${from} reaches step ${quote(node.id)}, so no run will ever get there. Name it in the \`next\` of the step that should lead to it, or remove it if it is left over.`,
        span: ctx.spanFor(['steps', node.index, 'id']),
      });
    }
    return out;
  },
};
