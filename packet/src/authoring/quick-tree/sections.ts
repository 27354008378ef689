import type { Span } from '../../diagnostic';
import { buildRange, commentStart, isDash, isMarker, lineStartsOf, matchKey } from './build';
import type { QEntry, QMap, QNode, QuickTree } from './types';

// A packet is a mapping of a dozen sections, each starting at column 0. A
// line at column 0 always starts a new section (block scalars, continued
// scalars and flow collections must be indented), so the sections can be
// found by a scan that allocates almost nothing, and each one read only when
// something asks for it. After an edit, completion reads the section at the
// cursor and the lists its ids come from, not the whole file.

/** The quick tree of `text`; sections are read on first use. */
export function buildQuickTree(text: string): QuickTree {
  const lineStarts = lineStartsOf(text);
  const sections = scanSections(text, lineStarts);
  if (sections) {
    const entries = sections;
    const root: QMap = { type: 'map', col: 0, start: entries[0].start, end: entries[entries.length - 1].end, flow: false, entries };
    return { text, root, lineStarts, isOpaque: (offset) => sectionAt(entries, offset)?.isOpaque(offset) ?? false };
  }
  const built = buildRange(text, lineStarts, 0, lineStarts.length);
  const root = built.root ?? { type: 'map', col: 0, start: 0, end: 0, flow: false, entries: [] };
  return { text, root, lineStarts, isOpaque: (offset) => inSpans(built.opaque, offset) };
}

/** One top-level key and its lines, read when its value is first asked for. */
class LazySection implements QEntry {
  key: string;
  keySpan: Span;
  colon: boolean;
  colonEnd: number;
  start: number;
  end: number;
  private built: { value: QNode | undefined; opaque: Span[] } | undefined;

  constructor(
    private readonly text: string,
    private readonly lineStarts: number[],
    readonly fromLine: number,
    public toLine: number,
    ls: number,
    le: number,
  ) {
    const m = matchKey(text, ls, le);
    const bareEnd = commentStart(text, ls, le);
    this.key = m ? m.key : text.slice(ls, bareEnd);
    this.keySpan = { start: ls, end: m ? m.keyEnd : bareEnd };
    this.colon = m !== undefined;
    this.colonEnd = m ? m.colonEnd : -1;
    this.start = ls;
    this.end = le;
  }

  get value(): QNode | undefined {
    return this.read().value;
  }

  set value(v: QNode | undefined) {
    this.built = { value: v, opaque: this.built?.opaque ?? [] };
  }

  isOpaque(offset: number): boolean {
    return inSpans(this.read().opaque, offset);
  }

  private read(): { value: QNode | undefined; opaque: Span[] } {
    if (!this.built) {
      const r = buildRange(this.text, this.lineStarts, this.fromLine, this.toLine);
      const entry = r.root?.type === 'map' ? r.root.entries[0] : undefined;
      if (entry && entry.end > this.end) this.end = entry.end;
      this.built = { value: this.colon ? entry?.value : undefined, opaque: r.opaque };
    }
    return this.built;
  }
}

/** The sections of a mapping at column 0, or undefined when the text is shaped otherwise (the full pass handles it). */
function scanSections(text: string, lineStarts: number[]): LazySection[] | undefined {
  if (text.charCodeAt(0) === 0xfeff) return undefined;
  const out: LazySection[] = [];
  for (let li = 0; li < lineStarts.length; li++) {
    const ls = lineStarts[li];
    let le = li + 1 < lineStarts.length ? lineStarts[li + 1] - 1 : text.length;
    if (le > ls && text.charCodeAt(le - 1) === 13) le--;
    if (ls === le) continue;
    const c = text.charCodeAt(ls);
    const current = out[out.length - 1];
    if (c === 32 || c === 9 || (c === 45 && isDash(text, ls, le))) {
      let p = ls;
      while (p < le && (text[p] === ' ' || text[p] === '\t')) p++;
      if (p === le || text[p] === '#') continue;
      // Content before any top-level key: not a plain mapping of sections.
      if (!current) return undefined;
      current.end = le;
      continue;
    }
    if (c === 35 || isMarker(text, ls, le)) continue;
    if (current) current.toLine = li;
    out.push(new LazySection(text, lineStarts, li, lineStarts.length, ls, le));
  }
  return out.length > 0 ? out : undefined;
}

function sectionAt(sections: LazySection[], offset: number): LazySection | undefined {
  let lo = 0;
  let hi = sections.length - 1;
  let found: LazySection | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid].start <= offset) {
      found = sections[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function inSpans(spans: Span[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end < offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return true;
  }
  return false;
}
