import { isScalar, visit, YAMLParseError, type Document } from 'yaml';

/**
 * yaml's own duplicate-key check compares each new key with every key before
 * it in the mapping, so one mapping of 20,000 keys costs 200 million
 * comparisons (seconds). This finds the same duplicates (scalar keys with the
 * same value, in the same mapping) with one set per mapping, and reports them
 * as yaml does: code DUPLICATE_KEY on the later key's first character.
 */
export function duplicateKeyErrors(doc: Document.Parsed): YAMLParseError[] {
  const found: YAMLParseError[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key) || !key.range) continue;
        // yaml compares with ===, under which NaN never equals itself.
        if (typeof key.value === 'number' && Number.isNaN(key.value)) continue;
        if (seen.has(key.value)) found.push(new YAMLParseError([key.range[0], key.range[0] + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        else seen.add(key.value);
      }
    },
  });
  return found;
}

/** The document's errors with `extra` merged in by position, yaml's own order kept. */
export function mergeErrors(doc: Document.Parsed, extra: YAMLParseError[]): void {
  if (extra.length === 0) return;
  const sorted = [...extra].sort((a, b) => a.pos[0] - b.pos[0]);
  const merged: typeof doc.errors = [];
  let i = 0;
  for (const e of doc.errors) {
    while (i < sorted.length && sorted[i].pos[0] < e.pos[0]) merged.push(sorted[i++]);
    merged.push(e);
  }
  while (i < sorted.length) merged.push(sorted[i++]);
  doc.errors.splice(0, doc.errors.length, ...merged);
}
