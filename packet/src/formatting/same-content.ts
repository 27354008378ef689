import { isAlias, isMap, isPair, isScalar, isSeq, Lexer, type Document } from 'yaml';
import { parseAllBounded } from '../limits';

/** The one document of `text`, or undefined when it does not parse cleanly (the formatter then leaves it alone). */
export function parseForFormat(text: string): Document.Parsed | undefined {
  let parsed;
  try {
    // Duplicate keys are a packet problem with its own diagnostic, not a reason to refuse formatting.
    parsed = parseAllBounded(text, { prettyErrors: false, uniqueKeys: false });
  } catch {
    return undefined;
  }
  if (parsed.tooDeepAt !== undefined || parsed.docs.length !== 1) return undefined;
  const doc = parsed.docs[0];
  return doc.errors.length === 0 ? doc : undefined;
}

/** Every comment's text, in order; the lexer tells a comment from a `#` inside a scalar. */
export function commentTexts(text: string): string[] {
  const out: string[] = [];
  for (const token of new Lexer().lex(text)) if (token.startsWith('#')) out.push(token.trimEnd());
  return out;
}

/**
 * The document's value as comparable text: what a program reading the file
 * sees. Aliases stay names (never expanded, so a file of nested aliases
 * costs no more than its size); anchors and tags are part of the value.
 */
export function valueKey(doc: Document.Parsed): string {
  const walk = (n: unknown): unknown => {
    if (isAlias(n)) return { alias: n.source };
    if (isPair(n)) return [walk(n.key), walk(n.value)];
    if (isScalar(n)) return { v: typeof n.value === 'bigint' ? `${n.value}n` : n.value, a: n.anchor, t: n.tag };
    if (isMap(n) || isSeq(n)) return { items: n.items.map(walk), m: isMap(n), a: n.anchor, t: n.tag };
    return n ?? null;
  };
  return JSON.stringify(walk(doc.contents));
}

/**
 * Whether `after` means what `before` meant: the same value and the same
 * comments in the same order. The formatter checks its own output with this
 * and gives up rather than hand back a file that lost anything.
 */
export function sameContent(before: Document.Parsed, beforeText: string, afterText: string): boolean {
  const after = parseForFormat(afterText);
  if (!after) return false;
  if (valueKey(before) !== valueKey(after)) return false;
  const a = commentTexts(beforeText);
  const b = commentTexts(afterText);
  return a.length === b.length && a.every((c, i) => c === b[i]);
}
