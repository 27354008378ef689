import type { PathSegment, Span } from '../../diagnostic';
import { isPlainObject } from '../../model/yaml-nodes';
import { findPlaceholder } from '../../text/placeholders';
import type { Finding, Rule } from '../rule';
import { quote } from '../shared/values';

/**
 * Ids, references and closed vocabularies: a placeholder there is an unknown
 * id or a value outside the vocabulary, which other checks already report.
 */
const NOT_PROSE = new Set(['id', 'type', 'kind', 'authority', 'access', 'cadence', 'owner', 'approver', 'system', 'next', 'reads', 'writes', 'owns', 'packet']);

const NOT_APPLICABLE = /^\s*(?:n\/?a\.?|-+|none)\s*$/i;

/** Lists and nesting deeper than any packet needs are not walked: a bound on hostile input. */
const MAX_DEPTH = 12;

interface Hit {
  path: PathSegment[];
  text: string;
  whole: boolean;
}

/**
 * Hits per section value. The incremental parse keeps the objects of sections
 * an edit did not touch, so a keystroke re-walks only the section it changed.
 */
const memo = new WeakMap<object, Hit[]>();

/** An answer that is still template text answers nothing: report it where it is. */
export const placeholderText: Rule = {
  id: 'placeholder-text',
  check(ctx) {
    const out: Finding[] = [];
    const seen = new Set<number>();
    for (const [section, v] of Object.entries(ctx.value)) {
      if (NOT_PROSE.has(section)) continue;
      for (const hit of sectionHits(v)) {
        const path = [section, ...hit.path];
        const span = contentSpan(ctx.parsed.text, ctx.spanFor(path));
        // An alias repeats its anchor's text; the anchor is the place to edit.
        if (seen.has(span.start)) continue;
        seen.add(span.start);
        out.push({
          message: hit.whole
            ? `${quote(hit.text)} is still template text, not an answer. Write what is true for this workflow in \`${dotted(path)}\`; until then readiness counts it unanswered.`
            : `${quote(hit.text)} still holds template text. Fill it in with what is true for this workflow; until then readiness counts \`${dotted(path)}\` unanswered.`,
          span,
        });
      }
    }
    return out;
  },
};

function sectionHits(v: unknown): Hit[] {
  if (typeof v === 'string') return hitOf(v, []) ?? [];
  if (typeof v !== 'object' || v === null) return [];
  let hits = memo.get(v);
  if (!hits) {
    hits = [];
    walk(v, [], hits, 0);
    memo.set(v, hits);
  }
  return hits;
}

function walk(v: unknown, path: PathSegment[], out: Hit[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(v)) {
    v.forEach((item, i) => visit(item, [...path, i], out, depth));
  } else if (isPlainObject(v)) {
    for (const [k, item] of Object.entries(v)) {
      // `response` is a vocabulary in an exception type, prose under `support`.
      if (NOT_PROSE.has(k) || (k === 'response' && path[0] === 'types')) continue;
      // `undo: N/A` on an irreversible action says there is no undo: an answer, not a slot.
      if (k === 'undo' && v.reversible === false && typeof item === 'string' && NOT_APPLICABLE.test(item)) continue;
      visit(item, [...path, k], out, depth);
    }
  }
}

function visit(v: unknown, path: PathSegment[], out: Hit[], depth: number): void {
  if (typeof v === 'string') {
    const hit = hitOf(v, path);
    if (hit) out.push(...hit);
  } else walk(v, path, out, depth + 1);
}

function hitOf(text: string, path: PathSegment[]): Hit[] | undefined {
  const found = findPlaceholder(text);
  return found ? [{ path, text: found.whole ? text : text.slice(found.start, found.end), whole: found.whole }] : undefined;
}

/** A block scalar's span starts at its `>-` or `|` header; the placeholder is on the lines below. */
function contentSpan(text: string, span: Span): Span {
  if (text[span.start] !== '>' && text[span.start] !== '|') return span;
  const eol = text.indexOf('\n', span.start);
  if (eol < 0 || eol >= span.end) return span;
  let start = eol + 1;
  while (start < span.end && /\s/.test(text[start])) start++;
  return start < span.end ? { start, end: span.end } : span;
}

/** `operations.pause.how`, `workflow.inputs[0]`. */
function dotted(path: readonly PathSegment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}
