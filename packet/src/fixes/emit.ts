// A tiny YAML writer for what fixes insert. yaml's own stringify cannot keep a
// file's sequence style, write short id lists in flow style or leave snippet
// tab stops in place, and fixes only ever write small, known shapes.

import type { Layout } from './layout';
import { PLACEHOLDER_PREFIX } from '../text/placeholders';

/** Open text the author must write: `"TODO: …"` in plain text, a tab stop in a snippet. */
export class Todo {
  constructor(readonly text: string) {}
}

/**
 * A value chosen for the author (an enum default, a number, an owner picked
 * from the owner map). It parses and validates, but it is a decision, so a
 * fix that writes one is never applied by "Fix all".
 */
export class Guess {
  constructor(
    readonly value: string | number | boolean,
    /** Alternatives offered as a snippet choice, `value` first. */
    readonly choices: readonly (string | number | boolean)[] = [],
    /** A trailing `# TODO:` comment saying what to check (block context only). */
    readonly hint?: string,
  ) {}
}

/** A placeholder id such as `todo-owner`: one tab stop, mirrored wherever it repeats in one fix. */
export class IdSlot {
  constructor(readonly id: string) {}
}

/** A list written inline: `[a, b]`. */
export class Flow {
  constructor(readonly items: readonly YValue[]) {}
}

export type YScalar = string | number | boolean | null;
export interface YMap {
  [key: string]: YValue;
}
export type YValue = YScalar | Todo | Guess | IdSlot | Flow | YValue[] | YMap;

export function isYMap(v: YValue | undefined): v is YMap {
  return v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
}

/** Whether writing `v` makes a decision for the author (see Guess). */
export function hasGuess(v: YValue): boolean {
  if (v instanceof Guess || v instanceof IdSlot) return true;
  if (v instanceof Flow) return v.items.some(hasGuess);
  if (Array.isArray(v)) return v.some(hasGuess);
  if (isYMap(v)) return Object.values(v).some(hasGuess);
  return false;
}

const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;
const PLAIN_SAFE = /^[A-Za-z_][A-Za-z0-9_ ./()'-]*$/;

/** A string as a YAML scalar: plain when that reads back as the same string, else double-quoted. */
export function scalarText(s: string): string {
  if (PLAIN_SAFE.test(s) && !RESERVED.test(s) && !/\s$/.test(s) && !/ #/.test(s)) return s;
  return JSON.stringify(s);
}

function primitiveText(v: string | number | boolean | null): string {
  if (typeof v === 'string') return scalarText(v);
  if (v === null) return 'null';
  return String(v);
}

/**
 * Writes the text of one fix. Placeholders become `"TODO: …"` (plain) or
 * numbered tab stops (snippet); in snippet mode every literal is escaped.
 */
export class TextWriter {
  private next = 1;
  private readonly slots = new Map<string, number>();
  constructor(readonly snippets: boolean) {}

  lit(s: string): string {
    return this.snippets ? s.replace(/[\\$}]/g, (c) => `\\${c}`) : s;
  }

  todo(t: Todo): string {
    const q = JSON.stringify(`${PLACEHOLDER_PREFIX} ${t.text}`);
    return this.snippets ? `\${${this.next++}:${escapeInside(q)}}` : q;
  }

  guess(g: Guess): string {
    const shown = primitiveText(g.value);
    if (!this.snippets) return shown;
    const choices = [g.value, ...g.choices.filter((c) => c !== g.value)];
    if (choices.length > 1) return `\${${this.next++}|${choices.map((c) => primitiveText(c).replace(/[\\,|]/g, (x) => `\\${x}`)).join(',')}|}`;
    return `\${${this.next++}:${escapeInside(shown)}}`;
  }

  slot(s: IdSlot): string {
    if (!this.snippets) return scalarText(s.id);
    let n = this.slots.get(s.id);
    if (n === undefined) {
      n = this.next++;
      this.slots.set(s.id, n);
      return `\${${n}:${escapeInside(scalarText(s.id))}}`;
    }
    return `$${n}`;
  }
}

function escapeInside(s: string): string {
  return s.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** The value on one line: scalars, placeholders, and lists or maps in flow style. */
export function inline(v: YValue, w: TextWriter): string {
  if (v instanceof Todo) return w.todo(v);
  if (v instanceof Guess) return w.guess(v);
  if (v instanceof IdSlot) return w.slot(v);
  if (v instanceof Flow || Array.isArray(v)) {
    const items = v instanceof Flow ? v.items : v;
    return `[${items.map((x) => inline(x, w)).join(w.lit(', '))}]`;
  }
  if (isYMap(v)) {
    const entries = Object.entries(v);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([k, x]) => `${w.lit(scalarText(k))}: ${inline(x, w)}`).join(w.lit(', '))} }`;
  }
  return w.lit(primitiveText(v));
}

/** Whether `v` is written on the key's own line. */
export function isInline(v: YValue): boolean {
  if (Array.isArray(v)) return v.length === 0;
  if (isYMap(v)) return Object.keys(v).length === 0;
  return true;
}

const pad = (n: number) => ' '.repeat(n);

/** `key: value` as lines, the first at column 0; nested lines are indented with the file's layout. */
export function pairLines(key: string, v: YValue, layout: Layout, w: TextWriter): string[] {
  const head = `${w.lit(scalarText(key))}:`;
  if (isInline(v)) {
    const hint = v instanceof Guess && v.hint ? w.lit(`  # TODO: ${v.hint}`) : '';
    return [`${head} ${inline(v, w)}${hint}`];
  }
  if (Array.isArray(v)) return [head, ...itemLines(v, layout, w).map((l) => pad(layout.indentSeq ? layout.unit : 0) + l)];
  return [head, ...mapLines(v as YMap, layout, w).map((l) => pad(layout.unit) + l)];
}

export function mapLines(m: YMap, layout: Layout, w: TextWriter): string[] {
  return Object.entries(m).flatMap(([k, v]) => pairLines(k, v, layout, w));
}

/** Sequence entries as `- …` lines, the dashes at column 0. */
export function itemLines(items: readonly YValue[], layout: Layout, w: TextWriter): string[] {
  const out: string[] = [];
  for (const item of items) {
    if (isYMap(item) && Object.keys(item).length > 0) {
      const lines = mapLines(item, layout, w);
      out.push(`- ${lines[0]}`, ...lines.slice(1).map((l) => `  ${l}`));
    } else out.push(`- ${inline(item, w)}`);
  }
  return out;
}
