import { KNOWN_EXCEPTION_TYPES, type RESPONSES } from '../format';
import { enumValues, schemaAt } from './schema-model';

type Response = (typeof RESPONSES)[number];

export interface KnownExceptionType {
  type: string;
  /** Markdown, from the schema's description of `exceptions.types[].type`. */
  meaning: string;
  typicalResponse: Response;
  /** Why that response usually fits, in one clause. */
  because: string;
}

// The usual answer to each known kind of trouble. The format leaves the
// choice to the packet; these are the defaults an author should question
// only with a reason.
const TYPICAL: Record<(typeof KNOWN_EXCEPTION_TYPES)[number], { response: Response; because: string }> = {
  missing_source_data: { response: 'hold', because: 'the run can go on once someone supplies what is missing' },
  duplicate_entity_match: { response: 'escalate', because: 'only a person can tell which record is the right one; a guess writes to the wrong one' },
  conflicting_context: { response: 'escalate', because: 'a person has to decide which source to trust' },
  downstream_write_failure: { response: 'retry', because: 'most failed writes succeed on a second try, as long as a repeat cannot write twice' },
  low_confidence: { response: 'escalate', because: 'below the threshold the workflow should not act on its own judgement' },
  unsupported_request: { response: 'stop', because: 'the workflow was not built for it, so the right move is to end the run and say why' },
};

let cached: KnownExceptionType[] | undefined;

/** The six known types, in the format's order, with their meanings read from the schema. */
export function knownExceptionTypes(): KnownExceptionType[] {
  if (cached) return cached;
  const doc = schemaAt(['exceptions', 'types', 0, 'type'])?.doc ?? '';
  const meanings = new Map<string, string>();
  for (const m of doc.matchAll(/^- `([a-z_]+)`:\s*(.+)$/gm)) meanings.set(m[1], m[2].trim());
  cached = KNOWN_EXCEPTION_TYPES.map((type) => ({
    type,
    meaning: meanings.get(type) ?? '',
    typicalResponse: TYPICAL[type].response,
    because: TYPICAL[type].because,
  }));
  return cached;
}

/** The meaning of a response value (`hold`, …), from the schema. */
export function responseMeaning(response: string): string | undefined {
  return enumValues(schemaAt(['exceptions', 'types', 0, 'response'])!).find((v) => v.value === response)?.doc;
}

/** Markdown for a known type: what it means and what usually happens to it. */
export function knownTypeMarkdown(t: KnownExceptionType): string {
  const meaning = t.meaning ? `${capitalise(t.meaning)}.` : '';
  return `**\`${t.type}\`** · known exception type\n\n${meaning}\n\nTypical response: \`${t.typicalResponse}\`, because ${t.because}.`;
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
