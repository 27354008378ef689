import type { Span } from '../../diagnostic';
import { nodeEnd, parseFlow } from './flow';
import type { QEntry, QMap, QNode, QScalar, QSeq } from './types';

/** What one pass over a range of lines yields. */
export interface BuiltRange {
  /** Undefined when the range holds no content. */
  root: QMap | QSeq | undefined;
  /** Sorted ranges of text inside scalars that span lines (see QuickTree.isOpaque). */
  opaque: Span[];
}

/**
 * Start offset of every line as YAML reads the structure (only \n ends a
 * line; a lone \r is text to the yaml parser too). Positions do not come
 * from here: they follow LineIndex (parse/line-index.ts).
 */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Reads lines `from` (inclusive) to `to` (exclusive) into a tree, in one pass; never throws, whatever the text. */
export function buildRange(text: string, lineStarts: number[], from: number, to: number): BuiltRange {
  return new Builder(text, lineStarts).build(from, to);
}

class Builder {
  private readonly opaque: Span[] = [];
  private stack: (QMap | QSeq)[] = [];
  /** A block scalar (`|`, `>`) whose lines are deeper than `col`. */
  private block: { col: number; scalar: QScalar } | undefined;
  /** A plain or quoted scalar that may go on over deeper lines. */
  private cont: { col: number; scalar: QScalar } | undefined;
  /** Text up to here belongs to a multi-line flow collection. */
  private skipTo = 0;
  /** End of the last content read. */
  private lastEnd = 0;

  constructor(
    private readonly text: string,
    private readonly lineStarts: number[],
  ) {}

  build(from: number, to: number): BuiltRange {
    const text = this.text;
    let root: QMap | QSeq | undefined;
    for (let li = from; li < to; li++) {
      const ls = this.lineStarts[li];
      let le = li + 1 < this.lineStarts.length ? this.lineStarts[li + 1] - 1 : text.length;
      if (le > ls && text[le - 1] === '\r') le--;
      if (ls < this.skipTo) continue;
      let p = ls;
      if (li === 0 && text.charCodeAt(0) === 0xfeff) p++;
      while (p < le && (text[p] === ' ' || text[p] === '\t')) p++;
      if (p === le) continue;
      const col = p - ls;
      if (this.block) {
        if (col > this.block.col) {
          this.absorb(this.block.scalar, ls, le);
          continue;
        }
        this.block = undefined;
      }
      if (text[p] === '#') continue;
      if (this.cont) {
        if (col > this.cont.col) {
          this.absorb(this.cont.scalar, ls, commentStart(text, p, le), true);
          continue;
        }
        this.cont = undefined;
      }
      if (col === 0 && isMarker(text, p, le)) continue;
      if (!root) {
        root = isDash(text, p, le) ? { type: 'seq', col, start: p, end: le, flow: false, items: [] } : { type: 'map', col, start: p, end: le, flow: false, entries: [] };
        this.stack = [root];
      }
      this.line(ls, p, le);
    }
    for (let i = this.stack.length - 1; i >= 0; i--) this.close(this.stack[i]);
    return { root, opaque: this.opaque };
  }

  /** Places one content line in the tree. */
  private line(ls: number, p: number, le: number): void {
    const text = this.text;
    const dash = isDash(text, p, le);
    const col = Math.max(p - ls, this.stack[0].col);
    while (this.stack.length > 1) {
      const top = this.stack[this.stack.length - 1];
      if (top.col > col || (top.col === col && top.type === 'seq' && !dash)) this.close(this.stack.pop()!);
      else break;
    }
    const top = this.stack[this.stack.length - 1];
    let target: QMap | QSeq | undefined;
    if (top.col === col) {
      if (top.type === 'map' && !dash) target = top;
      else if (top.type === 'seq' && dash) target = top;
      else if (top.type === 'map' && dash) target = this.open(top, col, p, true);
    } else target = this.open(top, col, p, dash);
    if (!target) return;
    this.content(target, p, ls, le);
    this.touch(le);
  }

  /** A new container at `col` in the open slot of `parent` (a key or a dash with nothing after it yet). */
  private open(parent: QMap | QSeq, col: number, p: number, dash: boolean): QMap | QSeq | undefined {
    const slot = parent.type === 'map' ? parent.entries[parent.entries.length - 1] : parent.items[parent.items.length - 1];
    if (!slot || slot.value !== undefined || (parent.type === 'map' && !(slot as QEntry).colon)) return undefined;
    const node: QMap | QSeq = dash ? { type: 'seq', col, start: p, end: p, flow: false, items: [] } : { type: 'map', col, start: p, end: p, flow: false, entries: [] };
    slot.value = node;
    this.stack.push(node);
    return node;
  }

  /** Reads what starts at `p` into `target`: a dash item or a key (then whatever follows inline). */
  private content(target: QMap | QSeq, p: number, ls: number, le: number): void {
    const text = this.text;
    if (target.type === 'seq') {
      const item = { start: p, end: le, value: undefined as QNode | undefined };
      this.closeLastChild(target);
      target.items.push(item);
      let q = p + 1;
      while (q < le && text[q] === ' ') q++;
      if (q >= le || text[q] === '#') return;
      const innerCol = q - ls;
      if (isDash(text, q, le)) {
        const seq: QSeq = { type: 'seq', col: innerCol, start: q, end: le, flow: false, items: [] };
        item.value = seq;
        this.stack.push(seq);
        this.content(seq, q, ls, le);
      } else if (this.keyAt(q, le)) {
        const map: QMap = { type: 'map', col: innerCol, start: q, end: le, flow: false, entries: [] };
        item.value = map;
        this.stack.push(map);
        this.content(map, q, ls, le);
      } else {
        item.value = this.scalarValue(q, ls, le, target.col);
        item.end = Math.max(le, item.value ? nodeEnd(item.value) : le);
      }
      return;
    }
    const m = this.keyAt(p, le);
    if (!m) {
      const end = commentStart(text, p, le);
      this.closeLastChild(target);
      target.entries.push({ key: text.slice(p, end), keySpan: { start: p, end }, colon: false, value: undefined, colonEnd: -1, start: p, end });
      return;
    }
    const entry: QEntry = { key: m.key, keySpan: { start: p, end: m.keyEnd }, colon: true, value: undefined, colonEnd: m.colonEnd, start: p, end: le };
    this.closeLastChild(target);
    target.entries.push(entry);
    let v = m.colonEnd;
    while (v < le && (text[v] === ' ' || text[v] === '\t')) v++;
    if (v >= le || text[v] === '#') return;
    entry.value = this.scalarValue(v, ls, le, p - ls);
    if (entry.value) entry.end = Math.max(le, nodeEnd(entry.value));
  }

  /** An inline value after `key:` or `- `; `col` is the column its continuation lines must pass. */
  private scalarValue(v: number, ls: number, le: number, col: number): QNode | undefined {
    const text = this.text;
    // Anchors and tags are skipped: completion and hover do not need them.
    while (v < le && (text[v] === '&' || text[v] === '!')) {
      while (v < le && text[v] !== ' ') v++;
      while (v < le && text[v] === ' ') v++;
    }
    if (v >= le || text[v] === '#') return undefined;
    const ch = text[v];
    if (ch === '|' || ch === '>') {
      const scalar: QScalar = { type: 'scalar', value: '', span: { start: v, end: commentStart(text, v, le) }, style: 'block' };
      this.block = { col, scalar };
      return scalar;
    }
    if (ch === '[' || ch === '{') {
      const node = parseFlow(text, v, col, ls);
      if (node.end > le) {
        this.skipTo = node.end;
        this.addOpaque(le, node.end);
        this.touch(node.end);
      }
      return node;
    }
    if (ch === '"' || ch === "'") {
      let j = v + 1;
      for (; j < le; j++) {
        if (text[j] === '\\' && ch === '"') j++;
        else if (text[j] === ch) {
          if (ch === "'" && text[j + 1] === "'") j++;
          else break;
        }
      }
      const closed = j < le;
      const end = closed ? j + 1 : le;
      const raw = text.slice(v + 1, closed ? j : le);
      const scalar: QScalar = { type: 'scalar', value: ch === "'" ? raw.replace(/''/g, "'") : raw.replace(/\\(.)/g, '$1'), span: { start: v, end }, style: 'quoted' };
      if (!closed) this.cont = { col, scalar };
      return scalar;
    }
    const end = commentStart(text, v, le);
    const scalar: QScalar = { type: 'scalar', value: text.slice(v, end), span: { start: v, end }, style: 'plain' };
    this.cont = { col, scalar };
    return scalar;
  }

  private keyAt(p: number, le: number): KeyMatch | undefined {
    return matchKey(this.text, p, le);
  }

  /** Adds the line `ls..le` to a scalar spread over several lines. */
  private absorb(scalar: QScalar, ls: number, le: number, plain = false): void {
    if (plain) scalar.value += ' ' + this.text.slice(ls, le).trim();
    scalar.span.end = Math.max(scalar.span.end, le);
    this.addOpaque(ls, le);
    this.touch(le);
  }

  private addOpaque(start: number, end: number): void {
    const last = this.opaque[this.opaque.length - 1];
    // Ranges arrive in order; neighbours separated only by line breaks merge.
    if (last && this.onlyBlanks(last.end, start)) last.end = Math.max(last.end, end);
    else this.opaque.push({ start, end });
  }

  private onlyBlanks(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const c = this.text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
    }
    return true;
  }

  /**
   * The text read so far reaches `end`. Containers learn their ends when they
   * close (a shallower line, a new sibling, the end of the text), so a line
   * costs the same however deep it sits.
   */
  private touch(end: number): void {
    if (end > this.lastEnd) this.lastEnd = end;
  }

  private close(node: QMap | QSeq): void {
    if (node.end < this.lastEnd) node.end = this.lastEnd;
    this.closeLastChild(node);
  }

  private closeLastChild(node: QMap | QSeq): void {
    const last = node.type === 'map' ? node.entries[node.entries.length - 1] : node.items[node.items.length - 1];
    if (last && last.end < this.lastEnd) last.end = this.lastEnd;
  }

}

export interface KeyMatch {
  key: string;
  /** Offset just past the key's last character. */
  keyEnd: number;
  /** Offset just past the colon. */
  colonEnd: number;
}

/** Characters a plain key cannot start with (YAML indicators and blanks). */
const NOT_FIRST = new Set([...' \t#\'"[]{}&*!|>%@`,:']);

/**
 * The `key:` that starts at `p`, if the line from there is one: a plain key
 * (no `#` or `:` inside) or a quoted one, then a colon followed by a blank or
 * the line's end. Scans characters instead of running a regular expression:
 * this runs once per line of every document version.
 */
export function matchKey(text: string, p: number, le: number): KeyMatch | undefined {
  const first = text[p];
  if (first === '"' || first === "'") return quotedKey(text, p, le, first);
  if (p >= le || NOT_FIRST.has(first)) return undefined;
  if (first === '-' && (p + 1 >= le || ' \t#:'.includes(text[p + 1]))) return undefined;
  for (let j = p + 1; j < le; j++) {
    const c = text.charCodeAt(j);
    if (c === 35) return undefined; // '#'
    if (c === 58) return colonAt(text, p, j, le, text.slice(p, trimEnd(text, p, j)));
  }
  return undefined;
}

function quotedKey(text: string, p: number, le: number, q: string): KeyMatch | undefined {
  let j = p + 1;
  for (; j < le; j++) {
    const c = text[j];
    if (c === '\\' && q === '"') j++;
    else if (c === q) {
      if (q === "'" && text[j + 1] === "'") j++;
      else break;
    }
  }
  if (j >= le) return undefined;
  const raw = text.slice(p + 1, j);
  const key = q === "'" ? raw.replace(/''/g, "'") : raw.replace(/\\(.)/g, '$1');
  let k = j + 1;
  while (k < le && (text[k] === ' ' || text[k] === '\t')) k++;
  return text[k] === ':' ? colonAt(text, p, k, le, key, j + 1) : undefined;
}

/** Accepts the colon at `j` when a blank or the line's end follows it. */
function colonAt(text: string, p: number, j: number, le: number, key: string, keyEnd = trimEnd(text, p, j)): KeyMatch | undefined {
  const next = text[j + 1];
  if (j + 1 < le && next !== ' ' && next !== '\t' && next !== '\r') return undefined;
  return { key, keyEnd, colonEnd: j + 1 };
}

function trimEnd(text: string, p: number, end: number): number {
  while (end > p && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}

/** `---`, `...` or a `%` directive at the start of a line: document syntax, not content. */
export function isMarker(text: string, p: number, le: number): boolean {
  if (text[p] === '%') return true;
  const three = text.slice(p, p + 3);
  return (three === '---' || three === '...') && (p + 3 >= le || text[p + 3] === ' ' || text[p + 3] === '\t');
}

export function isDash(text: string, p: number, le: number): boolean {
  return text[p] === '-' && (p + 1 >= le || text[p + 1] === ' ' || text[p + 1] === '\t');
}

/** Where a trailing comment starts on the line (or the line's end), with blanks before it trimmed. */
export function commentStart(text: string, p: number, le: number): number {
  let end = le;
  for (let j = p; j < le; j++) {
    if (text[j] === '#' && (j === p || text[j - 1] === ' ' || text[j - 1] === '\t')) {
      end = j;
      break;
    }
  }
  while (end > p && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}
