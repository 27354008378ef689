import type { DocumentStore } from './document-store';

/** An answer, and whether it comes from an earlier version than the one asked about. */
export interface Kept<T> {
  value: T;
  /** The version the answer was computed from. */
  version: number;
  /** True when the asked version's YAML does not parse and `value` is from the last version that did. */
  outOfDate: boolean;
}

/**
 * Per document, the last answer computed from a version whose YAML parsed.
 * While a line is half typed the text usually does not parse, and answers
 * read from it (readiness "0/9", a lens showing the half-typed value) would
 * jump back and forth on every pause; the last good answer, marked out of
 * date, stands in until the text parses again. Only the answer is kept, not
 * the analysis: an analysis is handed on to (and consumed by) the next one.
 */
export class LastGood<T> {
  private readonly kept = new Map<string, { version: number; value: T }>();

  constructor(store: DocumentStore) {
    store.documents.onDidClose((e) => this.kept.delete(e.document.uri));
  }

  answer(uri: string, version: number, parses: boolean, compute: () => T): Kept<T> {
    const have = this.kept.get(uri);
    if (!parses && have && have.version < version) return { value: have.value, version: have.version, outOfDate: true };
    if (have && have.version === version) return { value: have.value, version, outOfDate: false };
    const value = compute();
    if (parses) this.kept.set(uri, { version, value });
    return { value, version, outOfDate: false };
  }
}
