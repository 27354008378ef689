import type { Document } from 'yaml';
import type { PathSegment } from '../diagnostic';
import { isPlainObject, spanForPath } from '../model/yaml-nodes';
import type { ChangeAction, ChangeKind, PacketChange } from './types';
import { isScalar, normalizeText, sameValue, scalarKey, show } from './values';

/**
 * Where a value sits in each version. Paths use each file's own list
 * positions (entries are matched by id, so they may differ); `field` is the
 * readable location shown to people.
 */
export interface Where {
  old?: PathSegment[];
  new?: PathSegment[];
  field: string;
}

/** Gathers changes and resolves their spans in the old and the new text. */
export class ChangeCollector {
  readonly changes: PacketChange[] = [];

  constructor(
    private readonly oldDoc: Document | undefined,
    private readonly newDoc: Document | undefined,
  ) {}

  /**
   * Records one change. For a removal `where.new` may name the nearest place
   * that still exists in the new file (the list the entry was removed from).
   */
  add(kind: ChangeKind | 'unclassified', action: ChangeAction, where: Where, message: string): void {
    const oldSpan = action === 'added' || !where.old ? undefined : spanForPath(this.oldDoc, where.old);
    const newSpan = where.new ? spanForPath(this.newDoc, where.new) : undefined;
    this.changes.push({
      kind,
      class: null,
      defaultClass: null,
      action,
      field: where.field,
      message,
      ...(oldSpan ? { old: oldSpan } : {}),
      ...(newSpan ? { new: newSpan } : {}),
      at: action === 'removed' && oldSpan ? 'old' : 'new',
    });
  }
}

/** A child of `where`: a mapping key, or a list entry with each side's position. */
export function child(where: Where, key: string): Where {
  return { old: where.old && [...where.old, key], new: where.new && [...where.new, key], field: where.field ? `${where.field}.${key}` : key };
}

/** A list entry; `label` names it in `field` (a plain value needs no name: the message quotes it). */
export function entry(where: Where, oldIndex: number | undefined, newIndex: number | undefined, label: string | undefined): Where {
  return {
    old: oldIndex === undefined ? undefined : where.old && [...where.old, oldIndex],
    // A removed entry has no place in the new file; point at its list there.
    new: newIndex === undefined ? where.new : where.new && [...where.new, newIndex],
    field: label === undefined ? where.field : `${where.field}[${label}]`,
  };
}

/** How a list entry is named in `field`: its id, its exception type, or its position. */
export function entryLabel(v: unknown, index: number): string {
  if (isPlainObject(v)) {
    for (const k of ['id', 'type', 'kind']) if (typeof v[k] === 'string' && v[k] !== '') return v[k] as string;
    if (typeof v.what === 'string') return clip(normalizeText(v.what));
  }
  if (isScalar(v) && v !== null && v !== undefined) return clip(scalarKey(v));
  return `#${index + 1}`;
}

function clip(s: string, max = 30): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export interface Matched {
  pairs: { o: number; n: number }[];
  added: number[];
  removed: number[];
}

/** Keys list entries by their `id`, or scalars by their value. */
export function idOrValue(v: unknown): string | undefined {
  if (isPlainObject(v)) return typeof v.id === 'string' ? `id:${v.id}` : undefined;
  if (isScalar(v) && v !== null && v !== undefined) return `v:${scalarKey(v)}`;
  return undefined;
}

/**
 * Pairs entries of two lists by key, never by position, so re-ordering a
 * list changes nothing. Repeated keys pair in order of appearance; entries
 * without a key pair only with an equal entry.
 */
export function matchEntries(oldList: readonly unknown[], newList: readonly unknown[], keyOf: (v: unknown) => string | undefined = idOrValue): Matched {
  const pairs: { o: number; n: number }[] = [];
  const waiting = new Map<string, number[]>();
  const unkeyedOld: number[] = [];
  oldList.forEach((v, i) => {
    const k = keyOf(v);
    if (k === undefined) unkeyedOld.push(i);
    else waiting.set(k, [...(waiting.get(k) ?? []), i]);
  });
  const added: number[] = [];
  newList.forEach((v, j) => {
    const k = keyOf(v);
    if (k !== undefined) {
      const q = waiting.get(k);
      if (q && q.length > 0) pairs.push({ o: q.shift()!, n: j });
      else added.push(j);
      return;
    }
    const at = unkeyedOld.findIndex((i) => sameValue(oldList[i], v));
    if (at >= 0) pairs.push({ o: unkeyedOld.splice(at, 1)[0], n: j });
    else added.push(j);
  });
  const removed = [...[...waiting.values()].flat(), ...unkeyedOld].sort((a, b) => a - b);
  return { pairs, added, removed };
}

/** Nothing there: absent, null, blank, or an empty list or mapping. */
export function isAbsent(v: unknown): boolean {
  if (Array.isArray(v)) return v.length === 0;
  if (isPlainObject(v)) return Object.keys(v).length === 0;
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/**
 * The fallback for everything no change kind covers: every difference is
 * reported as unclassified, at the level of a field or a list entry.
 */
export function diffGeneric(c: ChangeCollector, where: Where, oldV: unknown, newV: unknown): void {
  if (sameValue(oldV, newV) || (isAbsent(oldV) && isAbsent(newV))) return;
  if (isAbsent(oldV)) {
    c.add('unclassified', 'added', where, `Adds ${where.field}${isScalar(newV) ? `: ${show(newV)}` : ''}.`);
    return;
  }
  if (isAbsent(newV)) {
    c.add('unclassified', 'removed', where, `Removes ${where.field}${isScalar(oldV) ? ` (was ${show(oldV)})` : ''}.`);
    return;
  }
  if (isPlainObject(oldV) && isPlainObject(newV)) {
    for (const key of unionKeys(oldV, newV)) diffGeneric(c, child(where, key), oldV[key], newV[key]);
    return;
  }
  if (Array.isArray(oldV) && Array.isArray(newV)) {
    diffList(where, oldV, newV, {
      added: (w, v) => c.add('unclassified', 'added', w, `Adds ${describeEntry(v)} to ${where.field}.`),
      removed: (w, v) => c.add('unclassified', 'removed', w, `Removes ${describeEntry(v)} from ${where.field}.`),
      paired: (w, o, n) => diffGeneric(c, w, o, n),
    });
    return;
  }
  c.add('unclassified', 'changed', where, `Changes ${where.field} from ${show(oldV)} to ${show(newV)}.`);
}

export interface ListHandlers {
  added(where: Where, value: unknown): void;
  removed(where: Where, value: unknown): void;
  paired(where: Where, oldValue: unknown, newValue: unknown): void;
}

/** Matches two lists and hands each added, removed and paired entry to a handler. */
export function diffList(where: Where, oldList: readonly unknown[], newList: readonly unknown[], on: ListHandlers, keyOf?: (v: unknown) => string | undefined): void {
  const m = matchEntries(oldList, newList, keyOf);
  const name = (v: unknown, i: number) => (isScalar(v) ? undefined : entryLabel(v, i));
  for (const { o, n } of m.pairs) on.paired(entry(where, o, n, name(newList[n], n)), oldList[o], newList[n]);
  for (const n of m.added) on.added(entry(where, undefined, n, name(newList[n], n)), newList[n]);
  for (const o of m.removed) on.removed(entry(where, o, undefined, name(oldList[o], o)), oldList[o]);
}

export function describeEntry(v: unknown): string {
  if (isScalar(v)) return show(v);
  const label = entryLabel(v, 0);
  return label.startsWith('#') ? 'an entry' : `entry ${label}`;
}

/** Keys of both mappings: the new file's order first, then keys only the old one has. */
export function unionKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = Object.keys(b);
  for (const k of Object.keys(a)) if (!(k in b)) keys.push(k);
  return keys;
}

export function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function asObject(v: unknown): Record<string, unknown> {
  return isPlainObject(v) ? v : {};
}
