import { isCollection, isScalar, visit, type Document, type Node } from 'yaml';

/**
 * What the formatter may do with each line, read from the parsed document:
 * - `content`: a line that starts a node in block style; it is re-indented by
 *   structure and its spacing normalised.
 * - `comment`, `blank`: lines holding only a comment, or nothing.
 * - `block`: the body of a `|` or `>` scalar; every space in it may be content,
 *   so the whole body moves by one shift and nothing inside changes.
 * - `inside`: a later line of a multi-line quoted or plain scalar, or of a flow
 *   collection; only its leading whitespace (which YAML folds away) moves.
 */
export type LineKind =
  | { kind: 'content' }
  | { kind: 'comment' }
  | { kind: 'blank' }
  | { kind: 'block'; header: number; explicitIndent: boolean }
  | { kind: 'inside'; start: number };

export interface TextLines {
  /** Each line without its line break. */
  text: string[];
  /** Each line's break as it was (`\n`, `\r\n`, `\r` or `` for the last). */
  eol: string[];
  /** Offset of each line's first character. */
  starts: number[];
}

export function splitLines(text: string): TextLines {
  const out: TextLines = { text: [], eol: [], starts: [] };
  const re = /\r\n|\r|\n/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.text.push(text.slice(at, m.index));
    out.eol.push(m[0]);
    out.starts.push(at);
    at = m.index + m[0].length;
  }
  out.text.push(text.slice(at));
  out.eol.push('');
  out.starts.push(at);
  return out;
}

/** The 0-based line holding `offset`. */
export function lineOf(lines: TextLines, offset: number): number {
  let lo = 0;
  let hi = lines.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Pairs whose key and value sit on one line in a block mapping: where the `key: value` gap is. */
export interface KeyGap {
  line: number;
  /** Columns of the gap between the key's end and the value's start (`:` and spaces). */
  from: number;
  to: number;
}

export function classifyLines(doc: Document.Parsed, source: string, lines: TextLines): { kinds: LineKind[]; gaps: KeyGap[] } {
  const kinds: LineKind[] = lines.text.map((t) => {
    const s = t.trimStart();
    if (s === '') return { kind: 'blank' };
    return s.startsWith('#') ? { kind: 'comment' } : { kind: 'content' };
  });
  const gaps: KeyGap[] = [];
  const mark = (node: Node, make: (first: number) => LineKind) => {
    const [start, , end] = node.range ?? [0, 0, 0];
    const first = lineOf(lines, start);
    const last = lineOf(lines, Math.max(start, end - 1));
    for (let l = first + 1; l <= last; l++) if (kinds[l].kind !== 'block' && lines.starts[l] < end) kinds[l] = make(first);
  };
  visit(doc, {
    Scalar(_key, node) {
      if (!node.range) return;
      if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
        const first = lineOf(lines, node.range[0]);
        const header = lines.text[first].slice(node.range[0] - lines.starts[first]);
        const explicitIndent = /^[|>][+-]?[1-9]/.test(header);
        const end = node.range[1];
        for (let l = first + 1; l < lines.text.length && lines.starts[l] < end; l++) kinds[l] = { kind: 'block', header: first, explicitIndent };
      } else mark(node, (first) => ({ kind: 'inside', start: first }));
    },
    Map(_key, node) {
      if (node.flow) {
        mark(node, (first) => ({ kind: 'inside', start: first }));
        return visit.SKIP;
      }
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range || !pair.value || !(isScalar(pair.value) || isCollection(pair.value))) continue;
        const from = pair.key.range[1];
        const to = pair.value.range?.[0];
        if (to === undefined || to <= from) continue;
        const line = lineOf(lines, from);
        if (lineOf(lines, to) !== line) continue;
        if (!/^[ \t]*:[ \t]+$/.test(source.slice(from, to))) continue;
        gaps.push({ line, from: from - lines.starts[line], to: to - lines.starts[line] });
      }
      return undefined;
    },
    Seq(_key, node) {
      if (node.flow) {
        mark(node, (first) => ({ kind: 'inside', start: first }));
        return visit.SKIP;
      }
      return undefined;
    },
  });
  return { kinds, gaps };
}
