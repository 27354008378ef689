import type { PathSegment } from '../../diagnostic';
import { enumValues, kindOf, propertyNames, propertySchema, resolve, variantFor, type ResolvedSchema } from '../schema-model';

// Text that fills in a key's value, or a whole object, with tab stops. Lines
// after the first carry their full indentation (the server asks the client to
// insert them as they are).

/** Fields a skeleton leaves out: they only belong in some entries (an approver for approval actions, a threshold for low confidence). */
const LEFT_OUT = new Set(['workflow.version', 'permissions.actions.approver', 'exceptions.types.threshold']);

const INDENT = 2;

export class Skeleton {
  private stop = 0;

  constructor(private readonly snippets: boolean) {}

  /** `key: <value>` for a key at column `col`; `where` is the dotted path of the object holding it. */
  keyValue(key: string, schema: ResolvedSchema, col: number, where: string): string {
    const value = this.value(schema, col, where ? `${where}.${key}` : key);
    return value.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`;
  }

  /** Every field of an object, one per line, the first with no indentation (it follows a key or a dash). */
  objectBody(schema: ResolvedSchema, col: number, where: string): string {
    const obj = variantFor(schema, 'object') ?? schema;
    const lines = propertyNames(obj)
      .filter((k) => !LEFT_OUT.has(`${where}.${k}`))
      .map((k) => this.keyValue(k, propertySchema(obj, k)!, col, where));
    return lines.join('\n' + ' '.repeat(col));
  }

  /** What follows `key:` — a placeholder, a choice, or a nested block starting on the next line. */
  value(schema: ResolvedSchema, col: number, where: string): string {
    const node = schema.node;
    if (node.const !== undefined) return String(node.const);
    const kind = kindOf(node);
    if (kind === 'object') return '\n' + ' '.repeat(col + INDENT) + this.objectBody(schema, col + INDENT, where);
    if (kind === 'array') {
      const items = variantFor(schema, 'array')!;
      const item = items.node.items ? resolve(items.node.items, items.file) : undefined;
      if (item && (kindOf(item.node) === 'object' || variantFor(item, 'object'))) {
        if (kindOf(item.node) === 'union') return `\n${' '.repeat(col + INDENT)}- ${this.placeholder()}`;
        return `\n${' '.repeat(col + INDENT)}- ${this.objectBody(item, col + INDENT + 2, where)}`;
      }
      // Ids and vocabulary values are short: a flow list. Prose gets one line per entry.
      const vocabulary = item ? enumValues(item).map((v) => v.value) : [];
      if (vocabulary.length > 0) return `[${this.choice(vocabulary)}]`;
      if (/Ref$/.test(item?.defName ?? '') || /Ref/.test(schema.defName ?? '')) return `[${this.placeholder()}]`;
      return `\n${' '.repeat(col + INDENT)}- ${this.placeholder()}`;
    }
    if (kind === 'union') {
      const scalar = variantFor(schema, 'scalar');
      return scalar ? this.value(scalar, col, where) : this.placeholder();
    }
    const values = enumValues(schema).map((v) => v.value);
    if (values.length > 0) return this.choice(values);
    if (node.type === 'boolean') return this.choice(['true', 'false']);
    return this.placeholder();
  }

  private placeholder(): string {
    return this.snippets ? `\${${++this.stop}}` : '';
  }

  private choice(values: string[]): string {
    return this.snippets ? `\${${++this.stop}|${values.join(',')}|}` : '';
  }
}

/** The dotted path (keys only) of the object at `path`, as LEFT_OUT names it. */
export function dotted(path: readonly PathSegment[]): string {
  return path.filter((s): s is string => typeof s === 'string').join('.');
}

/** Plain-text insertions keep no trailing blanks where a placeholder was. */
export function tidy(text: string, snippets: boolean): string {
  return snippets ? text : text.replace(/[ \t]+$/gm, '');
}
