import type { Span } from '../../diagnostic';

// The quick tree is a tolerant, indentation-based reading of a packet's text.
// It exists because a full YAML parse of a 5,000-line packet costs well over
// 100 ms, and because completion has to work on lines that are half written
// and do not parse at all. It knows block mappings, block sequences, flow
// collections, quoted, plain and block scalars; it does not resolve anchors,
// tags or explicit keys. Features that edit the file (rename) use the real
// parse instead.

export type QNode = QMap | QSeq | QScalar;

export interface QMap {
  type: 'map';
  /** Column of the keys (block), or of the `{` (flow). */
  col: number;
  start: number;
  /** Offset just past the last character of the last entry. */
  end: number;
  flow: boolean;
  entries: QEntry[];
}

export interface QEntry {
  key: string;
  keySpan: Span;
  /** False for a bare word on a line of its own: a key still being typed. */
  colon: boolean;
  /** Absent while nothing follows the colon (yet). */
  value: QNode | undefined;
  /** Offset just past the colon, when there is one. */
  colonEnd: number;
  start: number;
  end: number;
}

export interface QSeq {
  type: 'seq';
  /** Column of the dashes (block), or of the `[` (flow). */
  col: number;
  start: number;
  end: number;
  flow: boolean;
  /** True for a flow sequence whose `]` is missing. */
  open?: boolean;
  items: QItem[];
}

export interface QItem {
  /** Offset of the dash (block) or of the item's first character (flow). */
  start: number;
  end: number;
  value: QNode | undefined;
}

export interface QScalar {
  type: 'scalar';
  /** The value with quotes removed; block scalars keep their raw lines. */
  value: string;
  span: Span;
  style: 'plain' | 'quoted' | 'block';
}

export interface QuickTree {
  text: string;
  root: QMap | QSeq;
  /** Start offset of every line. */
  lineStarts: number[];
  /**
   * Whether `offset` lies in a scalar spread over several lines (a block
   * scalar, a continued plain scalar, a multi-line flow collection): no key
   * can start there.
   */
  isOpaque(offset: number): boolean;
}
