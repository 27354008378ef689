// Safe reads over the plain packet value. Half-written packets are the normal
// case in an editor, so every read tolerates a missing, null or mistyped node.

import type { PathSegment } from '../../diagnostic';
import { isPlainObject } from '../../model/yaml-nodes';

export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let here: unknown = root;
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!Array.isArray(here)) return undefined;
      here = here[seg];
    } else {
      if (!isPlainObject(here)) return undefined;
      here = here[seg];
    }
  }
  return here;
}

export function objectAt(root: unknown, path: readonly PathSegment[]): Record<string, unknown> | undefined {
  const v = valueAt(root, path);
  return isPlainObject(v) ? v : undefined;
}

/** The mapping entries of a list, with their index; other entries are skipped (the schema reports them). */
export function entriesAt(root: unknown, path: readonly PathSegment[]): { entry: Record<string, unknown>; i: number }[] {
  const v = valueAt(root, path);
  if (!Array.isArray(v)) return [];
  const out: { entry: Record<string, unknown>; i: number }[] = [];
  v.forEach((entry, i) => {
    if (isPlainObject(entry)) out.push({ entry, i });
  });
  return out;
}

/** Nothing written: absent, null, blank text or an empty list. */
export function isBlank(v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

/** Non-blank text, or undefined. */
export function textOf(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

/** Strings of a value that may be one string or a list of them. */
export function stringsOf(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

/** A value shown in a message: short, and always the author's own words. */
export function quote(s: string, max = 60): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return `"${one.length > max ? `${one.slice(0, max - 1)}…` : one}"`;
}

/** "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
