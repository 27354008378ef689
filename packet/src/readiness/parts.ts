// The pieces a question is judged from. Each part of an answer is there, half
// there or missing; a question is answered when every part is there and
// unanswered when none is.

import type { PathSegment } from '../diagnostic';
import { isPlaceholder } from '../text/placeholders';
import { isPlainObject } from '../model/yaml-nodes';
import type { ReadinessStatus } from './types';

export interface Part {
  state: 'ok' | 'partly' | 'missing';
  /** What to go to when the part is not ok. */
  path: PathSegment[];
  /** Sentences for the author when the part is not ok. */
  missing?: string[];
  /** Where the part is answered. */
  evidence?: PathSegment[][];
}

export function statusOf(parts: readonly Part[]): ReadinessStatus {
  if (parts.every((p) => p.state === 'ok')) return 'answered';
  if (parts.every((p) => p.state === 'missing')) return 'unanswered';
  return 'partly';
}

export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let here = root;
  for (const seg of path) {
    if (typeof seg === 'number') here = Array.isArray(here) ? here[seg] : undefined;
    else here = isPlainObject(here) ? here[seg] : undefined;
  }
  return here;
}

/** Text that answers something: written, and not a placeholder. */
export function answers(v: unknown): v is string | number {
  if (typeof v === 'number') return true;
  return typeof v === 'string' && !isPlaceholder(v);
}

/** Entries of a list (or a lone value) that answer something; change entries may be `{kind, note}`. */
export function answeringEntries(root: unknown, path: readonly PathSegment[]): PathSegment[][] {
  const v = valueAt(root, path);
  if (answers(v)) return [[...path]];
  if (!Array.isArray(v)) return [];
  const out: PathSegment[][] = [];
  v.forEach((item, i) => {
    if (answers(item) || (isPlainObject(item) && (answers(item.note) || (typeof item.kind === 'string' && item.kind.trim() !== '')))) out.push([...path, i]);
  });
  return out;
}

/** The mapping entries of a list with their paths. */
export function entries(root: unknown, path: readonly PathSegment[]): { entry: Record<string, unknown>; path: PathSegment[] }[] {
  const v = valueAt(root, path);
  if (!Array.isArray(v)) return [];
  return v.flatMap((entry, i) => (isPlainObject(entry) ? [{ entry, path: [...path, i] }] : []));
}

/** How an entry is named in a sentence: its id, or its position. */
export function nameOf(e: { entry: Record<string, unknown>; path: PathSegment[] }, key = 'id'): string {
  const id = e.entry[key];
  return typeof id === 'string' && id.trim() !== '' ? `"${id}"` : `number ${Number(e.path[e.path.length - 1]) + 1}`;
}

/** "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
