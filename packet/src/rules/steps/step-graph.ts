// The step graph both step checks share. How `next` is read:
// - a step id, or a list of them, leads to those steps; `done` ends the run;
// - an id no step declares is unknown-reference's to report; here it counts
//   as a way out, so one typo does not also make steps look like dead ends,
//   and the step it most probably meant (unknown-reference's "did you mean")
//   counts as reached, so the typo does not also make that step look unreachable;
// - a step with no `next` leads to the step written after it, and the last
//   step ends the run: a plain list of steps reads as a straight line;
// - a `next` of the wrong shape (a number, a mapping, an empty list) is the
//   schema's; the step counts as ending, and reachability is not judged.

import { isPlainObject } from '../../model/yaml-nodes';
import { STEP_END } from '../../model/id-index';
import { meantIds } from '../shared/meant-ids';

export interface StepNode {
  key: string;
  /** The step's id, when it has one (only those are reported). */
  id?: string;
  /** Index of the first entry with this id. */
  index: number;
  next: Set<string>;
  /** Steps an undeclared `next` target most probably meant (a typo's intended target). */
  meant: Set<string>;
  /** Reaches `done` directly (or counts as doing so). */
  ends: boolean;
  /** Written with a `next` the graph cannot read. */
  opaque: boolean;
}

export interface StepGraph {
  nodes: Map<string, StepNode>;
  /** Key of the first step, when the first entry is a step at all. */
  entry?: string;
}

export function buildStepGraph(steps: unknown): StepGraph {
  const nodes = new Map<string, StepNode>();
  if (!Array.isArray(steps)) return { nodes };
  const keys = steps.map((s, k) => (isPlainObject(s) && typeof s.id === 'string' && s.id !== '' ? s.id : `#${k}`));
  const declared = new Set(keys.filter((k) => !k.startsWith('#')));
  steps.forEach((s, k) => {
    const key = keys[k];
    const node = nodes.get(key) ?? { key, id: key.startsWith('#') ? undefined : key, index: k, next: new Set<string>(), meant: new Set<string>(), ends: false, opaque: false };
    nodes.set(key, node);
    const next = isPlainObject(s) ? s.next : undefined;
    const follow = (target: string) => {
      if (declared.has(target) && target !== STEP_END) {
        node.next.add(target);
        return;
      }
      node.ends = true;
      const meant = target === STEP_END ? undefined : meantIds('step', target, declared)[0];
      if (meant !== undefined && declared.has(meant)) node.meant.add(meant);
    };
    if (next === undefined || next === null) {
      if (k + 1 < steps.length) node.next.add(keys[k + 1]);
      else node.ends = true;
    } else if (typeof next === 'string') follow(next);
    else if (Array.isArray(next) && next.some((n) => typeof n === 'string')) next.forEach((n) => typeof n === 'string' && follow(n));
    else {
      node.opaque = true;
      node.ends = true;
    }
  });
  const entry = steps.length > 0 && isPlainObject(steps[0]) ? keys[0] : undefined;
  return { nodes, entry };
}

/**
 * Keys reachable from `start` by following `next` (including `start`); with
 * `viaTypos`, also through the step a mistyped `next` most probably meant.
 */
export function reachableFrom(graph: StepGraph, start: string, viaTypos = false): Set<string> {
  const seen = new Set<string>([start]);
  const todo = [start];
  while (todo.length > 0) {
    const k = todo.pop()!;
    const node = graph.nodes.get(k);
    const targets = node ? (viaTypos ? [...node.next, ...node.meant] : node.next) : [];
    for (const n of targets) {
      if (!seen.has(n)) {
        seen.add(n);
        todo.push(n);
      }
    }
  }
  return seen;
}

/**
 * Keys from which some path reaches `done`: a walk backwards from the steps
 * that end, so each step and each `next` link is visited once (a repeated
 * forward sweep was quadratic on a long chain).
 */
export function finishing(graph: StepGraph): Set<string> {
  const before = new Map<string, string[]>();
  for (const n of graph.nodes.values()) {
    for (const k of n.next) {
      const list = before.get(k);
      if (list) list.push(n.key);
      else before.set(k, [n.key]);
    }
  }
  const done = new Set<string>();
  const todo: string[] = [];
  for (const n of graph.nodes.values()) {
    if (n.ends) {
      done.add(n.key);
      todo.push(n.key);
    }
  }
  while (todo.length > 0) {
    for (const k of before.get(todo.pop()!) ?? []) {
      if (done.has(k)) continue;
      done.add(k);
      todo.push(k);
    }
  }
  return done;
}
