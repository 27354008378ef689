import { Composer, Lexer, Parser, type CST, type Document, type DocumentOptions, type LineCounter, type ParseOptions, type SchemaOptions } from 'yaml';
import type { PacketDiagnostic } from '../diagnostic';

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

export type ParseAllOptions = ParseOptions & DocumentOptions & SchemaOptions & { lineCounter?: LineCounter };

export type BoundedParse = { docs: Document.Parsed[]; tooDeepAt?: undefined } | { docs: []; tooDeepAt: number };

/**
 * yaml's parseAllDocuments with a depth bound: the same lexer, parser and
 * composer, driven one token at a time so parsing stops as soon as the
 * parser's stack of open collections passes `maxDepth`. Nothing deeper than
 * that reaches the recursive composer.
 */
export function parseAllBounded(text: string, options: ParseAllOptions, maxDepth = MAX_NESTING_DEPTH): BoundedParse {
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
  const composer = new Composer(options);
  return { docs: Array.from(composer.compose(tokens)) as Document.Parsed[] };
}

/** The diagnostic for a refused deep file, on the character where the depth ran over. */
export function nestedTooDeep(offset: number, text: string): PacketDiagnostic {
  const start = Math.max(0, Math.min(offset, text.length));
  return { rule: 'yaml-syntax', severity: 'error', message: NESTED_TOO_DEEP, span: { start, end: Math.min(text.length, start + 1) } };
}
