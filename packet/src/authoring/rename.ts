import type { IdKind, Span } from '../diagnostic';
import { ID_PATTERN } from '../format';
import { DECLARATION_LISTS, occurrencesAt, STEP_END, type IdIndex } from '../model/id-index';

export type RenameTarget = { span: Span; placeholder: string } | { error: string };
export type RenameResult = { edits: { span: Span; newText: string }[] } | { error: string };

// YAML reads these as null or booleans, not as text: an id spelt so would vanish.
const NOT_TEXT = new Set(['null', 'true', 'false']);

/** What a rename at `offset` would change: the id under the cursor, or why nothing can be renamed there. */
export function prepareRenameAt(text: string, index: IdIndex, offset: number): RenameTarget {
  const hit = occurrencesAt(index, offset);
  if (!hit) return { error: 'Only ids can be renamed: put the cursor on the id of an owner, system, step, action or metric, or on a reference to one.' };
  const at = [...hit.declarations, ...hit.references].find((o) => o.span.start <= offset && offset <= o.span.end)!;
  return { span: inner(text, at.span), placeholder: hit.id };
}

/** Edits that rename the id at `offset` in its declaration and every reference in the file. */
export function renameAt(text: string, index: IdIndex, offset: number, newName: string): RenameResult {
  const hit = occurrencesAt(index, offset);
  if (!hit) {
    const target = prepareRenameAt(text, index, offset);
    return 'error' in target ? target : { error: 'Nothing to rename here.' };
  }
  const problem = checkName(hit.kind, hit.id, newName, index);
  if (problem) return { error: problem };
  const spans = [...hit.declarations.map((d) => d.span), ...hit.references.map((r) => r.span)].sort((a, b) => a.start - b.start);
  return { edits: spans.map((s) => ({ span: inner(text, s), newText: newName })) };
}

function checkName(kind: IdKind, oldName: string, newName: string, index: IdIndex): string | undefined {
  if (newName === oldName) return undefined;
  if (!ID_PATTERN.test(newName)) {
    return `"${newName}" is not a valid id: use lower-case letters, digits and hyphens, starting with a letter (like "ops-lead").`;
  }
  if (NOT_TEXT.has(newName)) return `"${newName}" cannot be an id: YAML reads it as ${newName === 'null' ? 'an empty value' : 'a yes/no value'}, not as a name.`;
  if (kind === 'step' && newName === STEP_END) return `"${STEP_END}" is reserved: \`next: done\` ends a run, so no step can be called that.`;
  if (index.byKind[kind].has(newName)) return `Another ${kind} already has the id "${newName}" under \`${DECLARATION_LISTS[kind].join('.')}\`. Pick a name no ${kind} uses yet.`;
  return undefined;
}

/** A quoted scalar's span without its quotes: the new name goes inside them. */
function inner(text: string, span: Span): Span {
  const first = text[span.start];
  if ((first === '"' || first === "'") && span.end - span.start >= 2 && text[span.end - 1] === first) return { start: span.start + 1, end: span.end - 1 };
  return span;
}
