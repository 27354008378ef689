// Seeded random edits of the kinds people make while typing in a packet:
// characters, line breaks, deleted and duplicated lines, new list entries,
// YAML punctuation. Shared by the incremental-parse tests.
import { isMap, isScalar, isSeq, isPair, type Node } from 'yaml';
import type { ParsedPacket } from '../../packet/src';

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHARS = ['a', 'e', 's', 'x', '1', ' ', ' ', '\n', '-', ':', '#', '"', "'", '&', '*', '{', '[', ']', '|', '>', '\t', '!', '?', ','];
const LINES = ['    - id: new-entry\n', '      note: added while typing\n', '  - plain item\n', '\n', '# a comment\n', '  extra: 1\n', '    -\n', 'next_section: value\n'];

export interface Edit {
  from: number;
  to: number;
  insert: string;
}

/** One random edit of `text`, mostly small and mostly inside values, as typing is. */
export function randomEdit(text: string, rnd: () => number): Edit {
  const at = Math.floor(rnd() * (text.length + 1));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1;
  const pick = rnd();
  if (pick < 0.35) return { from: at, to: at, insert: CHARS[Math.floor(rnd() * CHARS.length)] };
  if (pick < 0.6) return { from: at, to: Math.min(text.length, at + 1 + Math.floor(rnd() * 3)), insert: '' };
  if (pick < 0.7) return { from: lineStart, to: lineEnd, insert: '' };
  if (pick < 0.78) return { from: lineStart, to: lineStart, insert: text.slice(lineStart, lineEnd) };
  if (pick < 0.9) return { from: lineStart, to: lineStart, insert: LINES[Math.floor(rnd() * LINES.length)] };
  return { from: at, to: Math.min(text.length, at + 1), insert: CHARS[Math.floor(rnd() * CHARS.length)] };
}

export function applyEdit(text: string, e: Edit): string {
  return text.slice(0, e.from) + e.insert + text.slice(e.to);
}

/** Everything a feature reads from a parse, as plain data to compare. Comments are left out: no feature reads them. */
export function parseSnapshot(p: ParsedPacket): unknown {
  return { problems: p.problems, value: p.value, reparseable: p.reparseable, lines: p.lines.starts, docRange: p.doc?.range, tree: nodeSnapshot(p.doc?.contents) };
}

function nodeSnapshot(n: unknown): unknown {
  if (isPair(n)) return ['pair', nodeSnapshot(n.key), nodeSnapshot(n.value)];
  if (isScalar(n)) return ['scalar', n.range, n.value, n.type];
  if (isMap(n)) return ['map', n.range, !!n.flow, n.items.map(nodeSnapshot)];
  if (isSeq(n)) return ['seq', n.range, !!n.flow, n.items.map(nodeSnapshot)];
  return n === null || n === undefined ? n : ['other', (n as Node).range];
}
