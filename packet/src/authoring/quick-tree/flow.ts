import type { QEntry, QMap, QNode, QScalar, QSeq } from './types';

/** Deeper nesting than this is read as plain text: no stack to exhaust. */
const MAX_DEPTH = 32;

/**
 * Reads a flow collection (`[a, b]`, `{ k: v }`) that starts at `pos`. It may
 * run onto following lines only while they are indented deeper than
 * `blockCol`, as YAML requires; a collection left unclosed (the author is
 * still typing) ends before the first line that is not.
 */
export function parseFlow(text: string, pos: number, blockCol: number, lineStart: number): QMap | QSeq {
  return new FlowReader(text, blockCol).collection(pos, pos - lineStart, 0);
}

class FlowReader {
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly blockCol: number,
  ) {}

  collection(pos: number, col: number, depth: number): QMap | QSeq {
    const isMap = this.text[pos] === '{';
    const close = isMap ? '}' : ']';
    const node: QMap | QSeq = isMap
      ? { type: 'map', col, start: pos, end: pos + 1, flow: true, entries: [] }
      : { type: 'seq', col, start: pos, end: pos + 1, flow: true, items: [] };
    this.i = pos + 1;
    for (;;) {
      if (!this.skipSpace()) {
        if (node.type === 'seq') node.open = true;
        node.end = this.i;
        return node;
      }
      const ch = this.text[this.i];
      if (ch === close || ch === ']' || ch === '}') {
        this.i++;
        node.end = this.i;
        return node;
      }
      if (ch === ',') {
        this.i++;
        continue;
      }
      const before = this.i;
      if (node.type === 'seq') this.seqItem(node, depth);
      else this.mapEntry(node, depth);
      if (this.i === before) this.i++;
      node.end = this.i;
    }
  }

  private seqItem(node: QSeq, depth: number): void {
    const start = this.i;
    const value = this.value(depth);
    // `[a: b]` is a one-pair mapping; the pair's value is read and dropped.
    if (this.text[this.i] === ':') {
      this.i++;
      if (this.skipSpace() && !',]}'.includes(this.text[this.i])) this.value(depth);
    }
    node.items.push({ start, end: this.i, value });
  }

  private mapEntry(node: QMap, depth: number): void {
    const start = this.i;
    const key = this.value(depth);
    const keyScalar: QScalar = key?.type === 'scalar' ? key : { type: 'scalar', value: '', span: { start, end: start }, style: 'plain' };
    const entry: QEntry = { key: keyScalar.value, keySpan: keyScalar.span, colon: false, value: undefined, colonEnd: -1, start, end: this.i };
    if (this.skipSpace() && this.text[this.i] === ':') {
      this.i++;
      entry.colon = true;
      entry.colonEnd = this.i;
      if (this.skipSpace() && !',}]'.includes(this.text[this.i])) entry.value = this.value(depth);
    }
    entry.end = entry.value ? nodeEnd(entry.value) : entry.colon ? entry.colonEnd : keyScalar.span.end;
    node.entries.push(entry);
  }

  private value(depth: number): QNode | undefined {
    const ch = this.text[this.i];
    if ((ch === '[' || ch === '{') && depth < MAX_DEPTH) {
      const lineStart = this.text.lastIndexOf('\n', this.i - 1) + 1;
      return this.collection(this.i, this.i - lineStart, depth + 1);
    }
    if (ch === '"' || ch === "'") return this.quoted(ch);
    return this.plain();
  }

  private quoted(q: string): QScalar {
    const start = this.i;
    let j = start + 1;
    let out = '';
    for (;;) {
      if (j >= this.text.length) break;
      const c = this.text[j];
      if (c === q) {
        if (q === "'" && this.text[j + 1] === "'") {
          out += "'";
          j += 2;
          continue;
        }
        j++;
        break;
      }
      if (c === '\\' && q === '"' && j + 1 < this.text.length) {
        out += this.text[j + 1];
        j += 2;
        continue;
      }
      if (c === '\n' && !this.continues(j)) break;
      out += c === '\n' || c === '\r' ? ' ' : c;
      j++;
    }
    this.i = j;
    return { type: 'scalar', value: out, span: { start, end: j }, style: 'quoted' };
  }

  private plain(): QScalar | undefined {
    const start = this.i;
    let j = start;
    const text = this.text;
    while (j < text.length) {
      const c = text[j];
      if (c === ',' || c === '[' || c === ']' || c === '{' || c === '}' || c === '\n' || c === '\r') break;
      if (c === ':' && (j + 1 >= text.length || ' \t\r\n,[]{}'.includes(text[j + 1]))) break;
      if (c === '#' && j > start && (text[j - 1] === ' ' || text[j - 1] === '\t')) break;
      j++;
    }
    let end = j;
    while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    this.i = j;
    if (end === start) return undefined;
    return { type: 'scalar', value: text.slice(start, end), span: { start, end }, style: 'plain' };
  }

  /**
   * Skips blanks, comments and line breaks that stay inside the collection.
   * False when the text (or the collection's lines) ends first.
   */
  private skipSpace(): boolean {
    const text = this.text;
    while (this.i < text.length) {
      const c = text[this.i];
      if (c === ' ' || c === '\t' || c === '\r') this.i++;
      else if (c === '#' && (this.i === 0 || ' \t\n'.includes(text[this.i - 1]))) {
        const nl = text.indexOf('\n', this.i);
        this.i = nl < 0 ? text.length : nl;
      } else if (c === '\n') {
        if (!this.continues(this.i)) return false;
        this.i++;
      } else return true;
    }
    return false;
  }

  /** Whether the line after the break at `nl` may still belong to the collection. */
  private continues(nl: number): boolean {
    const text = this.text;
    let j = nl + 1;
    for (;;) {
      let col = 0;
      while (j < text.length && text[j] === ' ') {
        j++;
        col++;
      }
      if (j >= text.length) return false;
      const c = text[j];
      if (c === '\n' || c === '\r' || c === '#') {
        const next = text.indexOf('\n', j);
        if (next < 0) return false;
        j = next + 1;
        continue;
      }
      return col > this.blockCol;
    }
  }
}

export function nodeEnd(node: QNode): number {
  return node.type === 'scalar' ? node.span.end : node.end;
}
