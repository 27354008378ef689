// The steps as the picture draws them. How `next` is read (a missing `next`
// falls through to the following step, an undeclared id counts as a way out)
// belongs to the step checks' graph; this only adds what a picture needs on
// top: the BFS depth of each step and its edges by position, so the preview
// never marks a step the Problems panel does not.

import { STEP_END } from '../model/id-index';
import { isPlainObject } from '../model/yaml-nodes';
import { buildStepGraph as buildCheckGraph, finishing, reachableFrom } from '../rules/steps/step-graph';

export type StepTarget = number | 'done' | 'missing';

export interface StepLayout {
  /** For each step, where it leads: a step index, `done`, or `missing` (an undeclared id). */
  targets: { to: StepTarget; target: string; implicit: boolean }[][];
  /** BFS depth from the first step; undefined when no path reaches it. */
  depth: (number | undefined)[];
  /** Marked unreachable, as the step checks report it. */
  unreachable: boolean[];
  /** No path from this step reaches `done`, as the step checks report it. */
  deadEnd: boolean[];
}

/** The key the step checks give a step: its id, or its position when it has none. */
function keyOf(step: unknown, index: number): string {
  return isPlainObject(step) && typeof step.id === 'string' && step.id !== '' ? step.id : `#${index}`;
}

export function layoutSteps(steps: readonly unknown[]): StepLayout {
  const graph = buildCheckGraph(steps);
  const keys = steps.map(keyOf);
  const firstIndex = new Map<string, number>();
  keys.forEach((k, i) => firstIndex.has(k) || firstIndex.set(k, i));

  const targets = steps.map((step, i) => {
    const next = isPlainObject(step) ? step.next : undefined;
    if (next === undefined || next === null) {
      // Falls through to the step written after it; the last one ends the run.
      return [i + 1 < steps.length ? { to: i + 1, target: keys[i + 1], implicit: true } : { to: 'done' as const, target: STEP_END, implicit: true }];
    }
    const ids = typeof next === 'string' ? [next] : Array.isArray(next) ? next.filter((n): n is string => typeof n === 'string') : [];
    return ids.map((id) => ({ to: id === STEP_END ? ('done' as const) : (firstIndex.get(id) ?? ('missing' as const)), target: id, implicit: false }));
  });

  // Depth by breadth-first search over the checks' graph, from the first step.
  const depthByKey = new Map<string, number>();
  if (graph.entry !== undefined) {
    depthByKey.set(graph.entry, 0);
    const queue = [graph.entry];
    for (let q = 0; q < queue.length; q++) {
      const here = queue[q];
      for (const n of graph.nodes.get(here)?.next ?? []) {
        if (!depthByKey.has(n)) {
          depthByKey.set(n, (depthByKey.get(here) ?? 0) + 1);
          queue.push(n);
        }
      }
    }
  }
  const finishes = finishing(graph);
  // Like the checks: a `next` of the wrong shape leaves reachability unjudged,
  // and only steps with an id are marked (the id is what the mark names).
  const judged = graph.entry !== undefined && ![...graph.nodes.values()].some((n) => n.opaque);
  const hasId = (k: string) => !k.startsWith('#');
  // The step a mistyped `next` most probably meant is not marked unreachable,
  // as the check does not report it; it has no depth, so it is drawn as not reached.
  const reached = judged ? reachableFrom(graph, graph.entry!, true) : new Set<string>();
  return {
    targets,
    depth: keys.map((k) => depthByKey.get(k)),
    unreachable: keys.map((k) => judged && hasId(k) && !reached.has(k)),
    deadEnd: keys.map((k) => hasId(k) && !finishes.has(k)),
  };
}
