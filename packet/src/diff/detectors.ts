// Field-level detectors shared by the section comparisons: each knows one
// shape of change and which kind it is.

import { isPlainObject } from '../model/yaml-nodes';
import { child, diffGeneric, diffList, isAbsent, type ChangeCollector, type Where } from './collector';
import type { ChangeKind } from './types';
import { MATERIAL_SIMILARITY, sameValue, sameWords, show, wordSimilarity } from './values';
import { compareContent } from './scope-words';

/** Compares two mappings key by key: a handler where one is given, the generic comparison elsewhere. */
export function diffFields(
  c: ChangeCollector,
  where: Where,
  oldV: unknown,
  newV: unknown,
  handlers: Record<string, (c: ChangeCollector, where: Where, o: unknown, n: unknown) => void>,
): void {
  if (!isPlainObject(oldV) || !isPlainObject(newV)) {
    diffGeneric(c, where, oldV, newV);
    return;
  }
  const keys = Object.keys(newV);
  for (const k of Object.keys(oldV)) if (!(k in newV)) keys.push(k);
  for (const k of keys) {
    const handler = Object.prototype.hasOwnProperty.call(handlers, k) ? handlers[k] : diffGeneric;
    handler(c, child(where, k), oldV[k], newV[k]);
  }
}

/**
 * A list of known values (inputs, checks, reviewer_gets, limits): entries
 * added are `classification-values`, entries removed are unclassified. A
 * list that was absent counts as an empty one.
 */
export function knownValues(c: ChangeCollector, where: Where, oldV: unknown, newV: unknown): void {
  const o = isAbsent(oldV) ? [] : oldV;
  const n = isAbsent(newV) ? [] : newV;
  if (!Array.isArray(o) || !Array.isArray(n)) {
    diffGeneric(c, where, oldV, newV);
    return;
  }
  diffList(where, o, n, {
    added: (w, v) => c.add('classification-values', 'added', w, `Adds ${show(v)} to ${where.field}.`),
    removed: (w, v) => c.add('unclassified', 'removed', w, `Removes ${show(v)} from ${where.field}.`),
    paired: (w, a, b) => diffGeneric(c, w, a, b),
  });
}

/** A list of system ids (workflow.reads, workflow.writes): a new id is `kind`. */
export function systemRefs(kind: ChangeKind, verb: string) {
  return (c: ChangeCollector, where: Where, oldV: unknown, newV: unknown): void => {
    const o = isAbsent(oldV) ? [] : oldV;
    const n = isAbsent(newV) ? [] : typeof newV === 'string' ? [newV] : newV;
    if (!Array.isArray(o) || !Array.isArray(n)) {
      diffGeneric(c, where, oldV, newV);
      return;
    }
    diffList(where, o, n, {
      added: (w, v) => c.add(kind, 'added', w, `The workflow now ${verb} ${show(v)}.`),
      removed: (w, v) => c.add('unclassified', 'removed', w, `The workflow no longer ${verb} ${show(v)}.`),
      paired: (w, a, b) => diffGeneric(c, w, a, b),
    });
  };
}

/** A numeric limit: a new number is `threshold-within-limits`; anything else is unclassified. */
export function numericThreshold(what: string) {
  return (c: ChangeCollector, where: Where, oldV: unknown, newV: unknown): void => {
    if (typeof oldV === 'number' && typeof newV === 'number') {
      if (oldV !== newV) c.add('threshold-within-limits', 'changed', where, `${what} changes from ${oldV} to ${newV}.`);
      return;
    }
    diffGeneric(c, where, oldV, newV);
  };
}

/** Any difference in the value is `kind`, described by `say(old, new)`. */
export function anyChange(kind: ChangeKind, say: (o: string, n: string) => string) {
  return (c: ChangeCollector, where: Where, oldV: unknown, newV: unknown): void => {
    if (sameValue(oldV, newV) || (isAbsent(oldV) && isAbsent(newV))) return;
    const action = isAbsent(oldV) ? 'added' : isAbsent(newV) ? 'removed' : 'changed';
    c.add(kind, action, where, say(show(oldV), show(newV)));
  };
}

/**
 * The workflow's name or summary. Re-wrapping or rewording with the same
 * content words is no change; a text whose words overlap the old one's less
 * than the threshold describes another workflow, and so does one that adds
 * a line of business, team, region or channel (`second-workflow`, see
 * scope-words.ts). Other rewording is unclassified.
 */
export function materialText(field: 'name' | 'summary', alsoScope: ReadonlySet<string> = new Set()) {
  return (c: ChangeCollector, where: Where, oldV: unknown, newV: unknown): void => {
    if (typeof oldV !== 'string' || typeof newV !== 'string' || isAbsent(oldV) || isAbsent(newV)) {
      diffGeneric(c, where, oldV, newV);
      return;
    }
    if (sameWords(oldV, newV)) return;
    const content = compareContent(oldV, newV, alsoScope);
    if (content.added.length === 0 && content.dropped.length === 0) return;
    const overlap = wordSimilarity(oldV, newV);
    const percent = `${Math.round(overlap * 100)}% of words shared`;
    if (overlap < MATERIAL_SIMILARITY[field]) {
      c.add('second-workflow', 'changed', where, `The workflow ${field} changes materially (${percent}): now ${show(newV)}, was ${show(oldV)}.`);
    } else if (content.scope.length > 0) {
      const named = content.scope.map((w) => `"${w}"`).join(', ');
      c.add('second-workflow', 'changed', where, `The workflow ${field} now also names ${named}: a new line of business, team, region or channel widens the workflow beyond what was handed over.`);
    } else {
      c.add('unclassified', 'changed', where, `The workflow ${field} is reworded (${percent}).`);
    }
  };
}
