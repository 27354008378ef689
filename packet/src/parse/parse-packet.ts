import { Document, LineCounter, parseAllDocuments, type YAMLError } from 'yaml';
import type { PacketDiagnostic } from '../diagnostic';
import { LineIndex } from './line-index';
import { inputDiagnostics } from './input-checks';

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
}

/** Above this many alias expansions `toJS` gives up: the billion-laughs guard. */
const MAX_ALIAS_COUNT = 100;

export function parsePacket(text: string): ParsedPacket {
  const problems: PacketDiagnostic[] = [...inputDiagnostics(text)];
  const lineCounter = new LineCounter();
  let docs: Document.Parsed[] = [];
  try {
    docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true }) as Document.Parsed[];
    if (!Array.isArray(docs)) docs = [];
  } catch (err) {
    problems.push(resourceProblem(err, text));
  }
  const lines = lineCounter.lineStarts.length > 0 && docs.length > 0 ? new LineIndex(text, lineCounter) : LineIndex.of(text);
  const doc = docs[0];
  if (doc) {
    for (const e of [...doc.errors, ...doc.warnings]) problems.push(yamlProblem(e, text));
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
  if (doc && doc.errors.every((e) => e.code === 'DUPLICATE_KEY')) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      if (isCyclic(value)) {
        value = undefined;
        problems.push({
          rule: 'yaml-syntax',
          severity: 'error',
          message: 'An alias (*name) here refers to a node that contains it, so the value never ends. Write the value out instead.',
          span: { start: 0, end: firstLineEnd(text) },
        });
      }
    } catch (err) {
      problems.push(resourceProblem(err, text));
    }
  }
  return { text, doc, lines, value, problems };
}

function yamlProblem(e: YAMLError, text: string): PacketDiagnostic {
  const [start, end] = clampRange(e.pos, text.length);
  if (e.code === 'DUPLICATE_KEY') {
    return {
      rule: 'duplicate-key',
      severity: 'error',
      message: 'This key appears twice in the same mapping; YAML keeps only one of them. Remove or merge the later one.',
      span: { start, end },
      data: { fix: 'remove-key' },
    };
  }
  return { rule: 'yaml-syntax', severity: 'error', message: syntaxMessage(e), span: { start, end } };
}

function syntaxMessage(e: YAMLError): string {
  // yaml's own messages end with a code excerpt when prettyErrors is on; we turn
  // it off and keep the first sentence, which is what a person needs.
  const first = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  switch (e.code) {
    case 'TAB_AS_INDENT':
      return 'Tabs cannot indent YAML. Indent with spaces instead.';
    case 'MISSING_CHAR':
    case 'BAD_INDENT':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    default:
      return `YAML syntax: ${first}`;
  }
}

function resourceProblem(err: unknown, text: string): PacketDiagnostic {
  // yaml throws ReferenceError for alias bombs and RangeError for runaway
  // nesting; both mean "this file is built to exhaust the reader".
  const message =
    err instanceof ReferenceError
      ? 'This file expands YAML aliases (*name) too many times to be read safely; it looks like an alias bomb. Write the values out instead of repeating aliases.'
      : err instanceof RangeError
        ? 'This file nests too deeply to be read safely. Flatten the structure.'
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

function clampRange(pos: [number, number] | undefined, length: number): [number, number] {
  const start = Math.max(0, Math.min(pos?.[0] ?? 0, length));
  let end = Math.max(start, Math.min(pos?.[1] ?? start, length));
  if (end === start && end < length) end = start + 1;
  return [start, end];
}

function firstLineEnd(text: string): number {
  const nl = text.indexOf('\n');
  return nl < 0 ? text.length : nl;
}
