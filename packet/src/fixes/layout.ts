// How this file is laid out, so inserted YAML looks like the author wrote it:
// the indentation unit, whether sequences under a key are indented, whether
// top-level sections are separated by a blank line, and the line ending.

import { isMap, isPair, isScalar, isSeq, visit, type Document, type Node, type Pair } from 'yaml';
import type { PacketAnalysis } from '../analysis';

export interface Layout {
  /** Spaces per nesting level (2 or 4, as the file does it). */
  unit: number;
  /** `key:\n  - a` (true) rather than `key:\n- a`. */
  indentSeq: boolean;
  /** Top-level sections separated by a blank line. */
  sectionGap: boolean;
  eol: '\n' | '\r\n';
}

const cache = new WeakMap<PacketAnalysis, Layout>();

export function layoutOf(analysis: PacketAnalysis): Layout {
  let hit = cache.get(analysis);
  if (!hit) {
    hit = detectLayout(analysis.text, analysis.parsed.doc);
    cache.set(analysis, hit);
  }
  return hit;
}

export function detectLayout(text: string, doc: Document | undefined): Layout {
  const units = new Map<number, number>();
  let seqIndented = 0;
  let seqFlush = 0;
  if (doc) {
    visit(doc, {
      Pair(_key, pair) {
        if (!isScalar(pair.key) || !pair.key.range) return;
        const value = pair.value as Node | null;
        if (!value || !value.range) return;
        const keyCol = columnOf(text, pair.key.range[0]);
        if (isMap(value) && !value.flow) {
          const first = value.items.find((p) => isPair(p) && isScalar(p.key) && p.key.range);
          if (first && isScalar(first.key)) {
            const d = columnOf(text, first.key.range![0]) - keyCol;
            if (d > 0) units.set(d, (units.get(d) ?? 0) + 1);
          }
        } else if (isSeq(value) && !value.flow && value.items.length > 0) {
          if (columnOf(text, value.range[0]) > keyCol) seqIndented++;
          else seqFlush++;
        }
      },
    });
  }
  let unit = 2;
  let best = 0;
  for (const [u, n] of units) if (n > best || (n === best && u < unit)) [unit, best] = [u, n];
  if (unit > 8) unit = 2;
  return {
    unit,
    indentSeq: seqIndented >= seqFlush,
    sectionGap: sectionGap(text, doc),
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
}

/** Whether most top-level keys after the first have a blank line (possibly above their comments) before them. */
function sectionGap(text: string, doc: Document | undefined): boolean {
  if (!doc || !isMap(doc.contents)) return true;
  const pairs = doc.contents.items as Pair[];
  let gap = 0;
  let tight = 0;
  for (const p of pairs.slice(1)) {
    if (!isScalar(p.key) || !p.key.range) continue;
    let line = lineStartOf(text, p.key.range[0]);
    // Comments directly above a section belong to it; look above them.
    while (line > 0) {
      const prev = lineStartOf(text, line - 1);
      if (!/^\s*#/.test(text.slice(prev, line))) break;
      line = prev;
    }
    const prev = line > 0 ? lineStartOf(text, line - 1) : -1;
    if (prev >= 0 && text.slice(prev, line).trim() === '') gap++;
    else tight++;
  }
  return gap >= tight;
}

/** Offset of the start of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', Math.max(0, offset) - 1) + 1;
}

/** Offset just past the line break ending the line holding `offset` (or the end of the text). */
export function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** Offset of the line break (before any `\r`) ending the line holding `offset`. */
export function lineContentEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl < 0) return text.length;
  return text[nl - 1] === '\r' ? nl - 1 : nl;
}

export function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** Whether only spaces stand between the line start and `offset`. */
export function startsLine(text: string, offset: number): boolean {
  return text.slice(lineStartOf(text, offset), offset).trim() === '';
}

/** The offset just past the last non-blank character before `end`. */
export function trimBack(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i;
}

/** Where the line after the last content line of a node (or pair) begins. */
export function afterContent(text: string, end: number): number {
  return nextLineStart(text, Math.max(0, trimBack(text, end) - 1));
}

export function endsWithNewline(text: string): boolean {
  return text.length === 0 || text.endsWith('\n');
}
