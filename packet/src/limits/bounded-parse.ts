import { Composer, Lexer, Parser, type CST, type Document, type DocumentOptions, type LineCounter, type ParseOptions, type SchemaOptions, type YAMLError } from 'yaml';
import type { PacketDiagnostic } from '../diagnostic';
import { duplicateKeyErrors, mergeErrors } from './duplicate-keys';

/**
 * Deeper than this, a file is refused before yaml builds its document. A real
 * packet nests 5 to 8 levels. yaml composes nodes recursively and catches
 * its own stack overflow, but on Node 20 a regular expression compiled near
 * the stack's end aborts the whole process (uncatchable), so the depth has
 * to stay far from the stack's limit; its line-by-line parser also slows
 * down sharply with depth (a megabyte of `[` takes half a minute).
 */
export const MAX_NESTING_DEPTH = 100;

export const NESTED_TOO_DEEP =
  `Lists or mappings here nest more than ${MAX_NESTING_DEPTH} levels deep (a packet needs fewer than 10), so the file was not read. ` +
  'Flatten the structure, or close the brackets that were left open.';

/**
 * After this many syntax errors the composer stops: no packet has a thousand
 * mistakes, while a file repeating one (20,000 lines each opening a `[` it
 * never closes) would otherwise cost a second or more of error objects alone.
 */
export const MAX_SYNTAX_ERRORS_READ = 200;

export const TOO_MANY_SYNTAX_ERRORS =
  `This file has more than ${MAX_SYNTAX_ERRORS_READ} YAML syntax errors, so it was read only up to here and not checked further. ` +
  'Fix the errors above first (they are often one mistake repeated, such as a `[` or `{` never closed).';

export type ParseAllOptions = ParseOptions & DocumentOptions & SchemaOptions & { lineCounter?: LineCounter };

export type BoundedParse =
  | { docs: Document.Parsed[]; tooDeepAt?: undefined; stoppedAt?: undefined }
  | { docs: []; tooDeepAt: number; stoppedAt?: undefined }
  /** Too many syntax errors: the first ones, and where reading stopped. */
  | { docs: []; tooDeepAt?: undefined; stoppedAt: number; errors: YAMLError[] };

type ErrorSource = number | [number, number] | { offset: number };
/** The composer's (private) error callback and error list, as yaml 2 has them in compose/composer.js. */
type ErrorCallback = (source: ErrorSource, code: string, message: string, warning?: boolean) => void;

/** Thrown out of the composer's error callback to stop it. */
class ErrorBudgetSpent extends Error {
  constructor(readonly offset: number) {
    super('syntax error budget spent');
  }
}

/**
 * yaml's parseAllDocuments with two bounds: the same lexer, parser and
 * composer, driven one token at a time so parsing stops as soon as the
 * parser's stack of open collections passes `maxDepth` (nothing deeper
 * reaches the recursive composer), and composing stops at the syntax error
 * after `maxErrors`. Duplicate keys are found in linear time here rather than
 * by yaml (see duplicate-keys.ts) and do not count as syntax errors.
 */
export function parseAllBounded(text: string, options: ParseAllOptions, maxDepth = MAX_NESTING_DEPTH, maxErrors = MAX_SYNTAX_ERRORS_READ): BoundedParse {
  const lineCounter = options.lineCounter;
  const parser = new Parser(lineCounter?.addNewLine);
  lineCounter?.addNewLine(0);
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    // The stack holds every collection still open, so its height bounds the nesting.
    if (parser.stack.length > maxDepth) return { docs: [], tooDeepAt: Math.min(parser.offset, text.length) };
  }
  for (const token of parser.end()) tokens.push(token);
  const composer = new Composer({ ...options, uniqueKeys: false });
  // The composer reports every error through this one callback (a field, read
  // when each document is composed); counting there bounds the work.
  const hooked = composer as unknown as { onError: ErrorCallback; errors?: YAMLError[] };
  const report = hooked.onError;
  let errors = 0;
  // A yaml that no longer has the callback composes unbounded (the budget's test says so).
  if (typeof report === 'function') {
    hooked.onError = (source, code, message, warning) => {
      if (!warning && ++errors > maxErrors) throw new ErrorBudgetSpent(errorOffset(source));
      report(source, code, message, warning);
    };
  }
  let docs: Document.Parsed[];
  try {
    docs = Array.from(composer.compose(tokens)) as Document.Parsed[];
  } catch (err) {
    if (!(err instanceof ErrorBudgetSpent)) throw err;
    const first = (hooked.errors ?? []).slice(0, maxErrors);
    // The error that spent the budget may point back at its collection's start;
    // reading went at least as far as the last error kept.
    const stoppedAt = Math.max(err.offset, first.at(-1)?.pos[0] ?? 0);
    return { docs: [], stoppedAt: Math.min(stoppedAt, text.length), errors: first };
  }
  if (options.uniqueKeys !== false) for (const doc of docs) mergeErrors(doc, duplicateKeyErrors(doc));
  return { docs };
}

/** Where an error reported to the composer's callback starts (an offset, a range or a token). */
function errorOffset(source: ErrorSource): number {
  if (typeof source === 'number') return source;
  if (Array.isArray(source)) return source[0];
  return source.offset;
}

/** The diagnostic for a file whose reading stopped at too many syntax errors, where it stopped. */
export function tooManySyntaxErrors(offset: number, text: string): PacketDiagnostic {
  const start = Math.max(0, Math.min(offset, text.length));
  return { rule: 'yaml-syntax', severity: 'error', message: TOO_MANY_SYNTAX_ERRORS, span: { start, end: Math.min(text.length, start + 1) } };
}

/** The diagnostic for a refused deep file, on the character where the depth ran over. */
export function nestedTooDeep(offset: number, text: string): PacketDiagnostic {
  const start = Math.max(0, Math.min(offset, text.length));
  return { rule: 'yaml-syntax', severity: 'error', message: NESTED_TOO_DEEP, span: { start, end: Math.min(text.length, start + 1) } };
}
