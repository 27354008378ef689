import type { Span } from '../diagnostic';
import { occurrencesAt, type IdIndex } from '../model/id-index';

// Go to definition, find references and highlights for ids. They read the id
// index of the full parse, the same one the reference checks use.

/** Where the id at `offset` is declared (more than one place when it is declared twice). */
export function definitionAt(index: IdIndex, offset: number): Span[] {
  // An alias (`*shared`, `<<: *shared`) leads to its anchor.
  const alias = index.aliases.find((a) => a.span.start <= offset && offset <= a.span.end);
  if (alias) return [alias.anchor];
  return (occurrencesAt(index, offset)?.declarations ?? []).map((d) => d.span);
}

/** Every use of the id at `offset`, in file order; its declarations too when asked. */
export function referencesAt(index: IdIndex, offset: number, includeDeclaration: boolean): Span[] {
  const hit = occurrencesAt(index, offset);
  if (!hit) return [];
  const spans = [...(includeDeclaration ? hit.declarations.map((d) => d.span) : []), ...hit.references.map((r) => r.span)];
  return spans.sort((a, b) => a.start - b.start);
}

export interface PacketHighlight {
  span: Span;
  /** `write` marks a declaration, `read` a reference. */
  kind: 'write' | 'read';
}

export function highlightsAt(index: IdIndex, offset: number): PacketHighlight[] {
  const hit = occurrencesAt(index, offset);
  if (!hit) return [];
  return [...hit.declarations.map((d) => ({ span: d.span, kind: 'write' as const })), ...hit.references.map((r) => ({ span: r.span, kind: 'read' as const }))].sort((a, b) => a.span.start - b.span.start);
}
