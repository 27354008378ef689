// Reads the packet as plain data while keeping each value's place in the file.
// Any field may be missing or of the wrong type; every accessor answers with
// `undefined` or an empty list instead of throwing.

import type { Document } from 'yaml';
import type { PathSegment, Span } from '../diagnostic';
import { isPlainObject, locate, spanOf } from '../model/yaml-nodes';
import type { Text } from './model';

/** Longest text taken from a value that should have been a scalar. */
const MAX_DESCRIBE = 200;

export class At {
  constructor(
    private readonly doc: Document | undefined,
    readonly path: readonly PathSegment[],
    readonly value: unknown,
  ) {}

  static root(doc: Document | undefined, value: unknown): At {
    return new At(doc, [], value);
  }

  get(seg: PathSegment): At {
    let v: unknown;
    if (typeof seg === 'number') v = Array.isArray(this.value) ? this.value[seg] : undefined;
    else v = isPlainObject(this.value) && Object.prototype.hasOwnProperty.call(this.value, seg) ? this.value[seg] : undefined;
    return new At(this.doc, [...this.path, seg], v);
  }

  get exists(): boolean {
    return this.value !== undefined && this.value !== null;
  }

  get isMap(): boolean {
    return isPlainObject(this.value);
  }

  /** Scalars as text; anything else undefined. */
  text(): string | undefined {
    const v = this.value;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return undefined;
  }

  /** The value's own span (falls back to its key), or undefined when it is not in the file. */
  span(): Span | undefined {
    const at = locate(this.doc, this.path);
    if (!at) return undefined;
    return spanOf(at.value ?? undefined) ?? spanOf(at.key);
  }

  /** From the key (when there is one) to the end of the value: the whole entry. */
  entrySpan(): Span | undefined {
    const at = locate(this.doc, this.path);
    if (!at) return undefined;
    const key = spanOf(at.key);
    const value = spanOf(at.value ?? undefined);
    if (key && value) return { start: Math.min(key.start, value.start), end: Math.max(key.end, value.end) };
    return value ?? key;
  }

  items(): At[] {
    return Array.isArray(this.value) ? this.value.map((_v, i) => this.get(i)) : [];
  }

  /** A field as text, or a placeholder that says what is missing. */
  asText(placeholder = 'not set'): Text {
    const t = this.text();
    if (t !== undefined && t.trim() !== '') return { text: t, span: this.span() };
    if (this.exists && t === undefined) return { text: describe(this.value), span: this.span(), placeholder: true };
    return { text: placeholder, placeholder: true, span: this.span() };
  }

  /** A list of prose entries; a single scalar counts as a one-entry list. */
  textList(): Text[] {
    if (Array.isArray(this.value)) {
      return this.items().map((item) => {
        const t = item.text();
        return t !== undefined ? { text: t, span: item.span() } : { text: describe(item.value), span: item.span(), placeholder: true };
      });
    }
    const t = this.text();
    return t !== undefined && t.trim() !== '' ? [{ text: t, span: this.span() }] : [];
  }
}

/** A short, bounded description of a value that is not where text was expected. */
export function describe(v: unknown): string {
  if (v === null || v === undefined) return 'empty';
  if (Array.isArray(v)) return `a list of ${v.length} entr${v.length === 1 ? 'y' : 'ies'}, expected text`;
  if (typeof v === 'object') return 'a mapping, expected text';
  return String(v).slice(0, MAX_DESCRIBE);
}
