import type { Range } from 'vscode-languageserver';
import type { LineIndex, PathSegment } from '../../../packet/src';
import { readiness, type ReadinessStatus } from '../../../packet/src/readiness';
import { guard } from '../guard';
import { LastGood } from '../last-good';
import { clampRange, toRange } from '../ranges';
import type { Feature } from '../server-context';

/** `handoff/readiness`: the nine questions for one open document. The client asks on open, edit and editor switch. */
export const READINESS_REQUEST = 'handoff/readiness';

export interface ReadinessParams {
  uri: string;
}

export interface LspReadinessPlace {
  path: PathSegment[];
  range: Range;
}

export interface LspReadinessQuestion {
  number: number;
  question: string;
  status: ReadinessStatus;
  evidence: LspReadinessPlace[];
  missing: string[];
  where: LspReadinessPlace;
}

/** The report for the document version it names; null when the document is not open. */
export interface LspReadinessReport {
  uri: string;
  version: number;
  answered: number;
  total: number;
  questions: LspReadinessQuestion[];
  /**
   * True while the YAML of `version` does not parse (a line half typed): the
   * report is then that of `fromVersion`, the last version that parsed, and
   * its ranges are that version's.
   */
  outOfDate: boolean;
  /** The version the report was read from. */
  fromVersion: number;
}

type Answer = Omit<LspReadinessReport, 'uri' | 'version' | 'outOfDate' | 'fromVersion'>;

export const readinessFeature: Feature = {
  capabilities: {},
  register(ctx) {
    const kept = new LastGood<Answer>(ctx.store);
    ctx.connection.onRequest(
      READINESS_REQUEST,
      guard(ctx.connection, READINESS_REQUEST, null, (params: ReadinessParams): LspReadinessReport | null => {
        const entry = typeof params?.uri === 'string' ? ctx.store.analysis(params.uri) : undefined;
        if (!entry) return null;
        const { analysis, document } = entry;
        const answer = kept.answer(document.uri, document.version, analysis.parses, () => {
          const lines = analysis.parsed.lines;
          const report = readiness(analysis);
          return {
            answered: report.answered,
            total: report.total,
            questions: report.questions.map((q) => ({
              number: q.number,
              question: q.question,
              status: q.status,
              missing: q.missing,
              evidence: q.evidence.map((e) => ({ path: e.path, range: toRange(lines, e.span) })),
              where: { path: q.where.path, range: toRange(lines, q.where.span) },
            })),
          };
        });
        const value = answer.outOfDate ? inside(answer.value, analysis.parsed.lines) : answer.value;
        return { uri: document.uri, version: document.version, ...value, outOfDate: answer.outOfDate, fromVersion: answer.version };
      }),
    );
  },
};

/** An earlier version's report with every range moved inside the current text (see clampRange). */
function inside(answer: Answer, lines: LineIndex): Answer {
  const place = (p: LspReadinessPlace): LspReadinessPlace => ({ path: p.path, range: clampRange(lines, p.range) });
  return { ...answer, questions: answer.questions.map((q) => ({ ...q, evidence: q.evidence.map(place), where: place(q.where) })) };
}
