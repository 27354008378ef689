import type { PathSegment, Span } from '../diagnostic';

export type ReadinessStatus = 'answered' | 'partly' | 'unanswered';

/** A place in the file, as a path (for people and tools) and a span (for the editor). */
export interface ReadinessPlace {
  path: PathSegment[];
  span: Span;
}

export interface ReadinessQuestion {
  /** 1 to 9, as packet-rules.md numbers them. */
  number: number;
  question: string;
  status: ReadinessStatus;
  /** Where the answer is written (most telling first). */
  evidence: ReadinessPlace[];
  /** What the author still has to write, one sentence each; empty when answered. */
  missing: string[];
  /**
   * Where to go to answer it: the field (or its nearest existing parent key)
   * that is missing or incomplete, or where the missing section would be inserted.
   */
  where: ReadinessPlace;
}

export interface ReadinessReport {
  questions: ReadinessQuestion[];
  /** How many questions are fully answered. */
  answered: number;
  total: 9;
}
