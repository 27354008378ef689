import { isScalar, visit, type Document, type Scalar } from 'yaml';
import type { PacketDiagnostic } from '../diagnostic';
import type { LineIndex } from './line-index';

/** Longer keys are cut in the message; the underline shows the whole key anyway. */
const MAX_KEY_SHOWN = 60;

/**
 * The diagnostic for a key written twice in one mapping, on the later one
 * (where yaml points). It names the key and the line of the first one, so the
 * author can find both without reading the whole mapping.
 */
export function duplicateKeyProblem(start: number, end: number, doc: Document.Parsed | undefined, lines: LineIndex | undefined): PacketDiagnostic {
  const found = doc && duplicateAt(doc, start);
  const later = found?.later;
  const name = later ? shownKey(later) : undefined;
  const firstAt = found?.first?.range?.[0];
  const where = firstAt !== undefined && lines ? ` (the first one is on line ${lines.positionAt(firstAt).line + 1})` : '';
  return {
    rule: 'duplicate-key',
    severity: 'error',
    message: name
      ? `${name} appears twice in this mapping${where}, and YAML keeps only one of the two values. Remove the later one, or merge the two into one.`
      : 'This key appears twice in the same mapping; YAML keeps only one of them. Remove or merge the later one.',
    // yaml points at the key's first character; underline the whole key.
    span: later?.range ? { start, end: later.range[1] } : { start, end },
    data: { fix: 'remove-key' },
  };
}

function shownKey(key: Scalar): string {
  const text = String(key.value);
  const cut = text.length > MAX_KEY_SHOWN ? `${text.slice(0, MAX_KEY_SHOWN - 1)}…` : text;
  return JSON.stringify(cut);
}

/** The key starting at `offset` and the first key with the same value in its mapping. */
function duplicateAt(doc: Document.Parsed, offset: number): { later: Scalar; first?: Scalar } | undefined {
  let found: { later: Scalar; first?: Scalar } | undefined;
  visit(doc, {
    Map(_key, map) {
      const at = map.items.find((p) => isScalar(p.key) && p.key.range?.[0] === offset);
      if (!at || !isScalar(at.key)) return undefined;
      const later = at.key;
      const first = map.items.find((p) => p !== at && isScalar(p.key) && p.key.value === later.value)?.key;
      found = { later, first: isScalar(first) && first.range && first.range[0] < offset ? first : undefined };
      return visit.BREAK;
    },
  });
  return found;
}
