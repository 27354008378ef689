import type { ErrorObject } from 'ajv';
import type { PathSegment } from '../diagnostic';

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys',
  null: 'empty',
};

function what(path: PathSegment[]): string {
  const last = path[path.length - 1];
  return typeof last === 'number' ? `Entry ${last + 1} of \`${String(path[path.length - 2] ?? 'the list')}\`` : last ? `\`${last}\`` : 'The packet';
}

/** A sentence for an ajv error that names what is wrong and what to write instead. */
export function describeError(e: ErrorObject, path: PathSegment[]): string {
  const p = e.params as Record<string, unknown>;
  const schema = e.parentSchema as { title?: string; examples?: unknown[] } | undefined;
  const example = schema?.examples?.length ? ` For example: ${JSON.stringify(schema.examples[0])}.` : '';
  switch (e.keyword) {
    case 'type': {
      const types = String(p.type).split(',').map((t) => TYPE_WORDS[t] ?? t);
      return `${what(path)} must be ${types.join(' or ')}.${example}`;
    }
    case 'const':
      return `${what(path)} must be ${JSON.stringify(p.allowedValue)}${path[0] === 'packet' ? ' (this is format version 1)' : ''}.`;
    case 'pattern':
      return path[path.length - 1] === 'id' || /id/.test(String(schema?.title ?? ''))
        ? `${what(path)} must be a lower kebab-case id: a letter, then letters, digits or hyphens (like \`ops-lead\`).`
        : `${what(path)} does not have the expected form.${example}`;
    case 'minItems':
      return `${what(path)} needs at least ${String(p.limit)} ${p.limit === 1 ? 'entry' : 'entries'}.`;
    case 'minLength':
      return `${what(path)} must not be empty.`;
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum':
      return `${what(path)} must be ${String(p.comparison)} ${String(p.limit)}.`;
    case 'uniqueItems':
      return `${what(path)} lists the same value twice (entries ${Number(p.j) + 1} and ${Number(p.i) + 1}).`;
    case 'anyOf':
    case 'oneOf':
      return `${what(path)} has the wrong shape${schema?.title ? ` for ${schema.title.toLowerCase()}` : ''}.${example}`;
    case 'required':
      return '';
    default:
      return `${what(path)}: ${e.message ?? 'is not valid'}.`;
  }
}
