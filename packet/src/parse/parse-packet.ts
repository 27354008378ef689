import { Document, type YAMLError } from 'yaml';
import type { PacketDiagnostic } from '../diagnostic';
import type { LineIndex } from './line-index';
import { inputDiagnostics } from './input-checks';
import { duplicateKeyProblem } from './duplicate-key-problem';
import { freeOfCrossReferences } from './cross-references';
import { PACKET_YAML_OPTIONS } from './yaml-options';
import { linkAliases, selfReferringAlias } from '../model/yaml-nodes';
import {
  capSyntaxProblems,
  MAX_SYNTAX_PROBLEMS,
  NESTED_TOO_DEEP,
  nestedTooDeep,
  parseAllBounded,
  quickLineIndex,
  refusedBySize,
  scalarHazards,
  textHazards,
  tooManySyntaxErrors,
  type PacketLimits,
} from '../limits';

/** A packet file after one parse: everything every feature needs. */
export interface ParsedPacket {
  readonly text: string;
  /** The first YAML document, or undefined when nothing could be parsed. */
  readonly doc: Document.Parsed | undefined;
  readonly lines: LineIndex;
  /** Plain JS value of the document (aliases resolved, bounded), or undefined. */
  readonly value: unknown;
  /** Problems found while reading the text: syntax, duplicate keys, bad input. */
  readonly problems: PacketDiagnostic[];
  /**
   * True when YAML found nothing wrong and no part refers to another
   * (anchors, aliases, tags), so an edit may re-parse only the part it
   * touched (see incremental.ts).
   */
  readonly reparseable: boolean;
}

const CYCLIC_ALIAS = 'An alias (*name) here refers to a node that contains it, so the value never ends. Write the value out instead.';

/** Above this many alias expansions `toJS` gives up: the billion-laughs guard. */
export const MAX_ALIAS_COUNT = 100;

/** Only a \\u or \\U escape can put half a surrogate pair in a value whose text has none. */
export function mayHoldEscapedSurrogate(text: string): boolean {
  return text.includes('\\u') || text.includes('\\U');
}

export function parsePacket(text: string, limits?: Partial<PacketLimits>): ParsedPacket {
  // Above the hard size limit nothing is parsed; one diagnostic says why.
  const tooLarge = refusedBySize(text, limits);
  if (tooLarge) return { text, doc: undefined, lines: quickLineIndex(text), value: undefined, problems: [tooLarge], reparseable: false };
  const problems: PacketDiagnostic[] = [...inputDiagnostics(text), ...textHazards(text)];
  let docs: Document.Parsed[] = [];
  try {
    // Bounded: a file nesting deeper than any packet is refused before yaml recurses into it.
    const bounded = parseAllBounded(text, PACKET_YAML_OPTIONS);
    if (bounded.tooDeepAt !== undefined) problems.push(nestedTooDeep(bounded.tooDeepAt, text));
    if (bounded.stoppedAt !== undefined) {
      // The first errors still say where to start (as many as are listed at
      // all, see capSyntaxProblems); then one says why the rest is not read.
      const first = distinctYamlProblems(bounded.errors, text, undefined).slice(0, MAX_SYNTAX_PROBLEMS - 1);
      problems.push(...first, tooManySyntaxErrors(bounded.stoppedAt, text));
    }
    docs = bounded.docs;
    linkAliases(docs[0], text);
  } catch (err) {
    problems.push(resourceProblem(err, text));
  }
  // Not yaml's LineCounter: it misses line breaks inside some plain scalars
  // when recovering from errors, and ignores a lone \r where the editor and
  // LSP positions end a line. Counting the text itself is exact and fast.
  const lines = quickLineIndex(text);
  const doc = docs[0];
  if (doc) {
    problems.push(...distinctYamlProblems([...doc.errors, ...doc.warnings], text, doc, lines));
    if (mayHoldEscapedSurrogate(text)) problems.push(...scalarHazards(doc, text));
  }
  for (const extra of docs.slice(1)) {
    const start = extra.range[0];
    problems.push({
      rule: 'yaml-syntax',
      severity: 'error',
      message: 'A packet is one YAML document; this file has a second one after `---`. Move its content into the first document or into its own file.',
      span: { start, end: Math.min(text.length, start + 3) },
    });
  }
  let value: unknown;
  // A duplicate key leaves a usable mapping behind, so checking goes on;
  // any other syntax error would make every later check guess.
  // A NUL byte means a binary file or a wrong encoding: checking its content
  // further would only bury that one useful message under noise.
  const binary = text.includes('\u0000');
  const loop = doc ? selfReferringAlias(doc) : undefined;
  if (loop) problems.push({ rule: 'yaml-syntax', severity: 'error', message: CYCLIC_ALIAS, span: loop });
  else if (doc && !binary && doc.errors.every((e) => e.code === 'DUPLICATE_KEY')) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      if (isCyclic(value)) {
        value = undefined;
        problems.push({
          rule: 'yaml-syntax',
          severity: 'error',
          message: CYCLIC_ALIAS,
          span: { start: 0, end: firstLineEnd(text) },
        });
      }
    } catch (err) {
      problems.push(resourceProblem(err, text));
    }
  }
  const reparseable =
    doc !== undefined && docs.length === 1 && value !== undefined && doc.errors.length === 0 && doc.warnings.length === 0 && freeOfCrossReferences(text);
  return { text, doc, lines, value, problems: capSyntaxProblems(problems), reparseable };
}

/** yaml can report two errors for one mistake at one place; the first says it. */
function distinctYamlProblems(errors: YAMLError[], text: string, doc: Document.Parsed | undefined, lines?: LineIndex): PacketDiagnostic[] {
  const out: PacketDiagnostic[] = [];
  const seen = new Set<number>();
  for (const e of errors) {
    const at = e.pos?.[0] ?? 0;
    if (seen.has(at) && e.code !== 'DUPLICATE_KEY') continue;
    seen.add(at);
    out.push(yamlProblem(e, text, doc, lines));
  }
  return out;
}

function yamlProblem(e: YAMLError, text: string, doc: Document.Parsed | undefined, lines?: LineIndex): PacketDiagnostic {
  const [start, end] = clampRange(e.pos, text);
  if (e.code === 'DUPLICATE_KEY') return duplicateKeyProblem(start, end, doc, lines);
  return { rule: 'yaml-syntax', severity: 'error', message: syntaxMessage(e), span: { start, end } };
}

/**
 * yaml's messages are written for parser authors; each common case gets a
 * sentence that says what to change. Unknown codes keep yaml's first line.
 */
function syntaxMessage(e: YAMLError): string {
  const first = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return 'Tabs cannot indent YAML. Indent with spaces instead.';
    case 'MISSING_CHAR':
      if (/quote/.test(first)) return 'A quoted value is never closed. Add the closing quote, or drop the opening one.';
      if (/flow (sequence|map)|\]|\}/i.test(first)) return `A [list] or {mapping} written inline is not closed or not indented enough. ${first}.`;
      return `YAML syntax: ${first}.`;
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'Indentation problem: a line here is indented deeper than its sibling keys, so YAML reads it as part of the value above. Line it up with its siblings, or end the key above with `:` and nothing after it.';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'A key must fit on one line. This looks like a value continued at the wrong indentation, or a key missing its `:`.';
    case 'BAD_INDENT':
      if (/^Flow sequence/.test(first)) return 'An inline [list] is not closed with `]`, or its lines are not indented under its key.';
      if (/^Flow mapping/.test(first)) return 'An inline {mapping} is not closed with `}`, or its lines are not indented under its key.';
      return `The indentation here does not match the lines around it. ${first}.`;
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'BAD_ALIAS':
      return `YAML syntax: ${first}.`;
    case 'RESOURCE_EXHAUSTION':
      // yaml catches its own stack overflow on deep nesting and reports it here.
      return NESTED_TOO_DEEP;
    case 'KEY_OVER_1024_CHARS':
      return 'A key longer than 1,024 characters is not allowed in YAML. Shorten the key.';
    case 'BAD_DQ_ESCAPE':
      return 'A double-quoted value has an escape (\\x) YAML does not know. Use single quotes, or escape the backslash as \\\\.';
    default:
      return `YAML syntax: ${first.replace(/\.?$/, '.')}`;
  }
}

function resourceProblem(err: unknown, text: string): PacketDiagnostic {
  // yaml throws ReferenceError for alias bombs and RangeError for runaway
  // nesting; both mean "this file is built to exhaust the reader".
  const message =
    err instanceof ReferenceError
      ? 'This file expands YAML aliases (*name) too many times to be read safely; it looks like an alias bomb. Write the values out instead of repeating aliases.'
      : err instanceof RangeError
        ? NESTED_TOO_DEEP
        : `The file could not be read as YAML: ${err instanceof Error ? err.message : String(err)}`;
  return { rule: 'yaml-syntax', severity: 'error', message, span: { start: 0, end: Math.min(text.length, firstLineEnd(text)) } };
}

/** True when the value contains itself (a self-referencing alias or merge). */
function isCyclic(root: unknown): boolean {
  const onPath = new Set<object>();
  const done = new Set<object>();
  const visit = (v: unknown): boolean => {
    if (v === null || typeof v !== 'object') return false;
    if (onPath.has(v)) return true;
    if (done.has(v)) return false;
    onPath.add(v);
    const children = Array.isArray(v) ? v : v instanceof Map ? [...v.values()] : Object.values(v);
    for (const c of children) if (visit(c)) return true;
    onPath.delete(v);
    done.add(v);
    return false;
  };
  return visit(root);
}

function clampRange(pos: [number, number] | undefined, text: string): [number, number] {
  const length = text.length;
  const start = Math.max(0, Math.min(pos?.[0] ?? 0, length));
  let end = Math.max(start, Math.min(pos?.[1] ?? start, length));
  // A line break alone is nothing to underline: keep the error zero-width there.
  if (/^\r?\n$/.test(text.slice(start, end))) end = start;
  // yaml often marks one character; underline the word it starts, so the
  // squiggle is visible and covers what is wrong.
  if (end - start <= 1 && start < length && !/[\s:,[\]{}#]/.test(text[start])) {
    end = start + 1;
    while (end < length && end - start < 200 && !/[\s:,[\]{}#]/.test(text[end])) end++;
  }
  return [start, end];
}

function firstLineEnd(text: string): number {
  const nl = text.indexOf('\n');
  return nl < 0 ? text.length : nl;
}
