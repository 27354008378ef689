import type { PacketAnalysis } from '../analysis';
import type { PathSegment, Span } from '../diagnostic';
import { SECTIONS } from '../format';
import { fixesUnchecked } from '../fixes/fixes-for';
import { isPlainObject, locate, spanForPath, spanOf } from '../model/yaml-nodes';
import { statusOf } from './parts';
import { QUESTIONS } from './questions';
import type { ReadinessPlace, ReadinessQuestion, ReadinessReport } from './types';

/**
 * The nine readiness questions for one analysis: answered, partly or not,
 * with where the answer is and what is still missing. Pure and cheap: it
 * reads the parsed value and the id index, never re-parses.
 */
export function readiness(analysis: PacketAnalysis): ReadinessReport {
  const value = isPlainObject(analysis.parsed.value) ? analysis.parsed.value : {};
  const questions: ReadinessQuestion[] = QUESTIONS.map((q) => {
    let parts;
    try {
      parts = q.judge({ analysis, value });
    } catch {
      // A half-written packet must never cost the whole report.
      parts = [{ state: 'missing' as const, path: [] as PathSegment[], missing: ['This part of the packet could not be read.'] }];
    }
    const open = parts.find((p) => p.state !== 'ok');
    const evidence = parts.flatMap((p) => p.evidence ?? []).flatMap((path) => placeOf(analysis, path) ?? []);
    return {
      number: q.number,
      question: q.question,
      status: statusOf(parts),
      evidence,
      missing: parts.flatMap((p) => (p.state === 'ok' ? [] : (p.missing ?? []))),
      where: whereTo(analysis, open?.path ?? parts[0]?.path ?? []),
    };
  });
  return { questions, answered: questions.filter((q) => q.status === 'answered').length, total: 9 };
}

/** The span of what is at `path`, when it exists. */
function placeOf(analysis: PacketAnalysis, path: PathSegment[]): ReadinessPlace | undefined {
  if (!locate(analysis.parsed.doc, path)) return undefined;
  const span = spanForPath(analysis.parsed.doc, path, 'value');
  return span ? { path, span } : undefined;
}

/**
 * Where an author goes to answer: the key at `path` if it is written, else
 * its nearest written parent's key, else the point where its section would
 * be inserted.
 */
function whereTo(analysis: PacketAnalysis, path: PathSegment[]): ReadinessPlace {
  const doc = analysis.parsed.doc;
  for (let n = path.length; n > 0; n--) {
    const at = locate(doc, path.slice(0, n));
    const span = spanOf(at?.key) ?? (at ? spanOf(at.value ?? undefined) : undefined);
    if (span) return { path: path.slice(0, n), span };
  }
  const section = typeof path[0] === 'string' && (SECTIONS as readonly string[]).includes(path[0]) ? path[0] : undefined;
  return { path: section ? [section] : [], span: section ? insertionPoint(analysis, section) : { start: 0, end: 0 } };
}

// Only the place is wanted, not a fix to apply: fixesFor would re-parse the
// whole text with the section added to prove the fix keeps parsing, once per
// missing section (up to nine parses of a large file for one report).
function insertionPoint(analysis: PacketAnalysis, section: string): Span {
  const fix = fixesUnchecked(analysis, { rule: 'missing-section', severity: 'error', message: '', span: { start: 0, end: 0 }, data: { fix: 'insert-section', section } })[0];
  const at = fix?.edits[0]?.start ?? 0;
  return { start: at, end: at };
}
