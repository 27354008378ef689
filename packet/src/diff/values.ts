// How two values are compared. A packet is written by hand, so only what a
// reader would call a different value counts: whitespace, line folding,
// key order and list order never do.

import { isPlainObject } from '../model/yaml-nodes';

/** A string as compared: runs of whitespace count as one space, ends trimmed. */
export function normalizeText(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A scalar's comparable form; `0.70` and `0.7` are the same number. */
export function scalarKey(v: unknown): string {
  if (typeof v === 'string') return normalizeText(v);
  if (v === null || v === undefined) return '';
  return String(v);
}

export function isScalar(v: unknown): boolean {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
}

/**
 * A canonical text for any value: mapping keys sorted and list entries
 * sorted, so re-ordered but equal values compare equal.
 */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).sort().join(',')}]`;
  if (isPlainObject(v)) {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(scalarKey(v));
}

/** Equal for a reader: an absent value and an empty one are both "nothing". */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** A short quotation of a value for a message. */
export function show(v: unknown, max = 60): string {
  if (v === undefined) return 'nothing';
  let s: string;
  // Ids and vocabulary words read better bare: "goes to ops-lead".
  if (typeof v === 'string') s = /^[a-z][a-z0-9_-]*$/.test(v.trim()) ? v.trim() : `"${normalizeText(v)}"`;
  else if (isScalar(v)) s = String(v);
  else s = JSON.stringify(v) ?? String(v);
  return s.length > max ? `${s.slice(0, max - 1)}…${s.startsWith('"') ? '"' : ''}` : s;
}

// Words that carry no meaning of their own; leaving them out keeps two
// unrelated summaries from looking alike because both say "the" and "and".
const FILLER = new Set(
  'a an and are as at be by for from in into is it its of on or so that the then this to was were which with without not no any each'.split(' '),
);

function allWords(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function words(s: string): string[] {
  return allWords(s).filter((w) => !FILLER.has(w));
}

/** The same words in the same order: only case, punctuation or spacing differ. */
export function sameWords(a: string, b: string): boolean {
  return allWords(a).join(' ') === allWords(b).join(' ');
}

/**
 * Word overlap of two texts, 0 (nothing shared) to 1 (the same words): the
 * Dice coefficient over word multisets, punctuation and case ignored.
 */
export function wordSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 && wb.length === 0) return 1;
  if (wa.length === 0 || wb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (wa.length + wb.length);
}

/** Below these overlaps a new name or summary describes another workflow. */
export const MATERIAL_SIMILARITY = { name: 0.7, summary: 0.5 } as const;
