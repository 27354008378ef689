import type { Range } from 'vscode-languageserver';
import type { PathSegment } from '../../../packet/src';
import { readiness, type ReadinessStatus } from '../../../packet/src/readiness';
import { guard } from '../guard';
import { toRange } from '../ranges';
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
}

export const readinessFeature: Feature = {
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(
      READINESS_REQUEST,
      guard(ctx.connection, READINESS_REQUEST, null, (params: ReadinessParams): LspReadinessReport | null => {
        const entry = typeof params?.uri === 'string' ? ctx.store.analysis(params.uri) : undefined;
        if (!entry) return null;
        const { analysis, document } = entry;
        const lines = analysis.parsed.lines;
        const report = readiness(analysis);
        return {
          uri: document.uri,
          version: document.version,
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
      }),
    );
  },
};
