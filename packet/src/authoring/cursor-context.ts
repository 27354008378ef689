import type { PathSegment, Span } from '../diagnostic';
import { commentStart, matchKey } from './quick-tree/build';
import { containerFor, isOpaque, lineOf, nodeAtPath, scalarText } from './quick-tree/lookup';
import type { QMap, QSeq, QuickTree } from './quick-tree/types';

// What the cursor is in the middle of, read from the line it is on and the
// indentation of the lines above. Works on text that does not parse: the
// line being typed is never trusted to say where it belongs.

/** Something that starts a line at `col`: a key, a list item, or a value on its own line. */
export interface SlotContext {
  kind: 'slot';
  /** The mapping or list it goes into (or the key it sits under). */
  path: PathSegment[];
  /** Keys already in that mapping, apart from the one being typed. */
  present: string[];
  /** Values already in that list, apart from the one being typed. */
  siblings: string[];
  /** Text to replace: the word being typed (empty at a fresh position). */
  range: Span;
  prefix: string;
  /** Column where the word starts (keys of a skeleton line up on it). */
  col: number;
  /** The key being edited already has its colon: insert the name only. */
  colonFollows: boolean;
  /** A `- ` precedes the word on this line. */
  afterDash: boolean;
  /** Inside a flow mapping (`{ … }`): one line, no skeletons. */
  flow: boolean;
  /** Put before the insertion: a space when the cursor sits right after a dash. */
  pad: string;
}

/** A value after `key:` on the same line, or an item of a flow list. */
export interface ValueContext {
  kind: 'value';
  /** Path of the value: the key's path, plus the index inside a flow list. */
  path: PathSegment[];
  range: Span;
  prefix: string;
  /** Other items of the same flow list. */
  siblings: string[];
  /** The cursor sits right after the colon: the value needs a space before it. */
  pad: string;
}

export type CursorContext = SlotContext | ValueContext | { kind: 'none' };

const NONE = { kind: 'none' } as const;

export function cursorContext(tree: QuickTree, offset: number): CursorContext {
  const text = tree.text;
  const li = lineOf(tree, offset);
  const ls = tree.lineStarts[li];
  let le = li + 1 < tree.lineStarts.length ? tree.lineStarts[li + 1] - 1 : text.length;
  if (le > ls && text[le - 1] === '\r') le--;
  if (offset > le) return NONE;
  let p = ls;
  while (p < le && text[p] === ' ') p++;
  // Tabs cannot indent YAML (a diagnostic says so); there is no column to complete at.
  if (text[p] === '\t') return NONE;
  if (isOpaque(tree, offset) && p < le) return NONE;
  if (inComment(text, p, offset)) return NONE;

  // A blank line, or the cursor in the indentation of an empty one.
  if (p === le || offset < p) {
    if (p !== le) return NONE;
    const col = offset - ls;
    return slot(tree, offset, col, false, { start: offset, end: offset }, '', false, ls, le, '');
  }

  let afterDash = false;
  let pad = '';
  while (p < le && text[p] === '-' && (p + 1 >= le || text[p + 1] === ' ')) {
    afterDash = true;
    p++;
    pad = p === le ? ' ' : '';
    while (p < le && text[p] === ' ') p++;
  }
  if (offset < p) return NONE;
  // Right after a bare dash the word will start one column on, past the space we add.
  const col = p - ls + pad.length;

  const key = matchKey(text, p, le);
  if (key && offset >= key.colonEnd) return valueAfterKey(tree, p, col, key, offset, le);
  if (key && offset <= key.keyEnd) {
    return slot(tree, p, col, afterDash, { start: p, end: key.keyEnd }, text.slice(p, offset), true, ls, le, '');
  }
  if (key) return NONE;
  const first = text[p];
  if (first === '[' || first === '{' || first === '"' || first === "'" || first === '|' || first === '>') return NONE;
  const end = Math.max(offset, commentStart(text, p, le));
  return slot(tree, p, col, afterDash, { start: p, end }, text.slice(p, offset), false, ls, le, pad);
}

function slot(tree: QuickTree, pos: number, col: number, afterDash: boolean, range: Span, prefix: string, colonFollows: boolean, ls: number, le: number, pad: string): CursorContext {
  const c = containerFor(tree, pos, col, false);
  if (c.inScalar) return NONE;
  // After a dash the word is an item's content; its siblings are the list's other items.
  const list = afterDash && typeof c.path[c.path.length - 1] === 'number' ? nodeAtPath(tree, c.path.slice(0, -1)) : c.node;
  const siblings = siblingValues(list?.type === 'scalar' ? undefined : list, ls, le);
  return { kind: 'slot', path: c.path, present: presentKeys(c.node, ls, le), siblings, range, prefix, col, colonFollows, afterDash, flow: false, pad };
}

function valueAfterKey(tree: QuickTree, p: number, col: number, key: { key: string; colonEnd: number }, offset: number, le: number): CursorContext {
  const text = tree.text;
  const c = containerFor(tree, p, col, false);
  if (c.inScalar) return NONE;
  const keyPath = [...c.path, key.key];
  let v = key.colonEnd;
  while (v < le && text[v] === ' ') v++;
  if (v === le || text[v] === '#') {
    // No value yet (perhaps a comment after the gap): insert at the cursor.
    if (offset > v) return NONE;
    return { kind: 'value', path: keyPath, range: { start: offset, end: offset }, prefix: '', siblings: [], pad: offset === key.colonEnd ? ' ' : '' };
  }
  if (offset < v) return NONE;
  const ch = text[v];
  if (ch === '[') return inFlowList(text, v, offset, le, keyPath);
  if (ch === '{') return inFlowMap(text, v, offset, le, keyPath, col);
  if (ch === '|' || ch === '>' || ch === '&' || ch === '!' || ch === '*') return NONE;
  if (ch === '"' || ch === "'") {
    const close = text.indexOf(ch, v + 1);
    const end = close < 0 || close > le ? le : close;
    if (offset > end) return NONE;
    return { kind: 'value', path: keyPath, range: { start: v + 1, end }, prefix: text.slice(v + 1, offset), siblings: [], pad: '' };
  }
  const end = Math.max(offset, commentStart(text, v, le));
  return { kind: 'value', path: keyPath, range: { start: v, end }, prefix: text.slice(v, offset), siblings: [], pad: '' };
}

/** The item of a one-line flow list (`[a, b, |]`) the cursor is in. */
function inFlowList(text: string, open: number, offset: number, le: number, keyPath: PathSegment[]): CursorContext {
  const parts = splitFlow(text, open, le);
  if (!parts) return NONE;
  const i = parts.items.findIndex((it) => it.start <= offset && offset <= it.end);
  if (i < 0 || offset > parts.close) return NONE;
  const item = parts.items[i];
  const value = trimmed(text, item.start, item.end);
  const prefix = offset >= value.start ? text.slice(value.start, offset) : '';
  const range = offset >= value.start ? value : { start: offset, end: offset };
  const siblings = parts.items.filter((_x, j) => j !== i).map((it) => text.slice(trimmed(text, it.start, it.end).start, trimmed(text, it.start, it.end).end)).filter((s) => s !== '');
  // After a comma with no space yet, the value brings its own.
  return { kind: 'value', path: [...keyPath, i], range, prefix, siblings, pad: prefix === '' && text[offset - 1] === ',' ? ' ' : '' };
}

/** A key or a value inside a one-line flow mapping (`{ required: [...], | }`). */
function inFlowMap(text: string, open: number, offset: number, le: number, keyPath: PathSegment[], col: number): CursorContext {
  const parts = splitFlow(text, open, le);
  if (!parts || offset > parts.close) return NONE;
  const i = parts.items.findIndex((it) => it.start <= offset && offset <= it.end);
  if (i < 0) return NONE;
  const keys = parts.items.map((it) => {
    const seg = text.slice(it.start, it.end);
    const colon = seg.search(/:(\s|$)/);
    return colon < 0 ? undefined : seg.slice(0, colon).trim();
  });
  const item = parts.items[i];
  const seg = text.slice(item.start, offset);
  if (/:(\s|$)/.test(seg) || /[[{]/.test(seg)) return NONE;
  const word = trimmed(text, item.start, item.end);
  const colonAt = text.slice(item.start, item.end).search(/:(\s|$)/);
  const range = colonAt >= 0 ? trimmed(text, item.start, item.start + colonAt) : offset >= word.start ? word : { start: offset, end: offset };
  if (range.start > offset) return NONE;
  const present = keys.filter((k, j): k is string => j !== i && k !== undefined);
  return { kind: 'slot', path: keyPath, present, siblings: [], range, prefix: text.slice(range.start, offset), col, colonFollows: colonAt >= 0, afterDash: false, flow: true, pad: '' };
}

/** Top-level items of a flow collection that starts at `open`, on its first line. */
function splitFlow(text: string, open: number, le: number): { items: Span[]; close: number } | undefined {
  const items: Span[] = [];
  let depth = 0;
  let start = open + 1;
  let quote = '';
  for (let j = open; j < le; j++) {
    const c = text[j];
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) {
        items.push({ start, end: j });
        return { items, close: j };
      }
    } else if (c === ',' && depth === 1) {
      items.push({ start, end: j });
      start = j + 1;
    } else if (c === '#' && (text[j - 1] === ' ' || text[j - 1] === '\t')) break;
  }
  // Unclosed: the author is still typing the list.
  items.push({ start, end: commentStart(text, start, le) });
  return { items, close: le };
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && (text[start] === ' ' || text[start] === '\t')) start++;
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return { start, end };
}

function presentKeys(node: QMap | QSeq | undefined, ls: number, le: number): string[] {
  if (node?.type !== 'map') return [];
  return node.entries.filter((e) => e.colon && !(e.start >= ls && e.start <= le)).map((e) => e.key);
}

function siblingValues(node: QMap | QSeq | undefined, ls: number, le: number): string[] {
  if (node?.type !== 'seq') return [];
  const out: string[] = [];
  for (const it of node.items) {
    if (it.start >= ls && it.start <= le) continue;
    const s = scalarText(it.value);
    if (s !== undefined) out.push(s);
  }
  return out;
}

/** Whether a `#` that starts a comment comes before `offset` on this line. */
function inComment(text: string, from: number, offset: number): boolean {
  let quote = '';
  for (let j = from; j < offset; j++) {
    const c = text[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '#' && (j === from || text[j - 1] === ' ' || text[j - 1] === '\t')) return true;
    else if ((c === '"' || c === "'") && (j === from || ' [{,:'.includes(text[j - 1]))) quote = c;
  }
  return false;
}
