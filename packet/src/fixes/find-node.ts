// Finding the YAML node a diagnostic points at, from its span. A diagnostic
// from an older version of the text simply finds nothing, and its fix is
// dropped rather than applied to the wrong place.

import { isMap, isPair, isScalar, visit, type Document, type Pair, type Scalar, type YAMLMap } from 'yaml';

export interface FoundPair {
  pair: Pair<Scalar, unknown>;
  map: YAMLMap;
}

/** The pair whose key starts at `offset`. */
export function pairWithKeyAt(doc: Document, offset: number): FoundPair | undefined {
  let found: FoundPair | undefined;
  visit(doc, {
    Pair(_k, pair, path) {
      if (!isScalar(pair.key) || pair.key.range?.[0] !== offset) return undefined;
      const parent = path[path.length - 1];
      if (isMap(parent)) found = { pair: pair as Pair<Scalar, unknown>, map: parent };
      return visit.BREAK;
    },
  });
  return found;
}

/** The scalar whose text is exactly `start..end` (or whose value part is, for quoted scalars). */
export function scalarAt(doc: Document, start: number, end: number): Scalar | undefined {
  let found: Scalar | undefined;
  visit(doc, {
    Scalar(_k, node) {
      if (node.range && node.range[0] === start && node.range[1] === end) {
        found = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

export function mapHasKey(map: YAMLMap, key: string): boolean {
  return map.items.some((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
}

/** A path as the author reads it: `permissions.actions[set-deal-stage].approver`. */
export function readablePath(value: unknown, path: readonly (string | number)[]): string {
  let out = '';
  let here: unknown = value;
  for (const seg of path) {
    if (typeof seg === 'number') {
      const entry = Array.isArray(here) ? here[seg] : undefined;
      const name = entry && typeof entry === 'object' ? ((entry as Record<string, unknown>).id ?? (entry as Record<string, unknown>).type) : undefined;
      out += typeof name === 'string' ? `[${name}]` : `[${seg + 1}]`;
      here = entry;
    } else {
      out += out ? `.${seg}` : seg;
      here = here && typeof here === 'object' ? (here as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}
