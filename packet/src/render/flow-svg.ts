// The steps drawn as a picture: one column per BFS depth from the first step,
// steps nothing reaches in a column of their own, `done` at the far right.
// Plain inline SVG with classes only (no style attributes, no script), so it
// passes the preview's Content-Security-Policy and follows the theme's colours.

import { attrNumber, escapeHtml } from './escape';
import type { FlowModel } from './model';

const NODE_W = 140;
const NODE_H = 34;
const COL_GAP = 48;
const ROW_GAP = 14;
const PAD = 12;
const HEAD = 18;
/** Labels longer than this are cut; the full id is in the node's tooltip. */
const MAX_LABEL = 18;
/** Up to this many columns the picture shrinks to fit the page; wider ones scroll. */
const FIT_COLUMNS = 6;

interface Box {
  x: number;
  y: number;
}

export interface FlowSvgOptions {
  /** Put data-start/data-end on nodes and edges (preview) or leave them out (export). */
  offsets: boolean;
  /** Offsets are written relative to this (see PreviewPart); 0 by default. */
  base?: number;
}

export function flowSvg(flow: FlowModel, options: FlowSvgOptions): string {
  const maxDepth = flow.nodes.reduce((m, n) => (n.depth === undefined ? m : Math.max(m, n.depth)), -1);
  const unreachableCol = flow.nodes.some((n) => n.depth === undefined) ? maxDepth + 1 : undefined;
  const endCol = (unreachableCol ?? maxDepth) + 1;

  const columns: string[][] = [];
  const place = (col: number, key: string): void => {
    (columns[col] ??= []).push(key);
  };
  for (const n of flow.nodes) place(n.depth ?? unreachableCol ?? 0, `s${n.index}`);
  const missing = [...new Set(flow.edges.filter((e) => e.to === 'missing').map((e) => e.target))];
  if (flow.edges.some((e) => e.to === 'done')) place(endCol, 'done');
  missing.forEach((id, i) => place(endCol, `m${i}:${id}`));

  const boxes = new Map<string, Box>();
  columns.forEach((keys, col) => keys.forEach((key, row) => boxes.set(key, { x: PAD + col * (NODE_W + COL_GAP), y: PAD + HEAD + row * (NODE_H + ROW_GAP) })));
  const width = PAD * 2 + columns.length * NODE_W + Math.max(0, columns.length - 1) * COL_GAP;
  const tallest = columns.reduce((m, c) => Math.max(m, c?.length ?? 0), 1);
  const colOf = (key: string) => Math.round(((boxes.get(key)?.x ?? 0) - PAD) / (NODE_W + COL_GAP));
  const keyOf = (to: number | 'done' | 'missing', target: string) => (to === 'done' ? 'done' : to === 'missing' ? `m${missing.indexOf(target)}:${target}` : `s${to}`);
  // Edges that go back a column loop below the nodes and need room there.
  const loopsBack = flow.edges.some((e) => colOf(keyOf(e.to, e.target)) < colOf(`s${e.from}`));
  const height = PAD * 2 + HEAD + tallest * (NODE_H + ROW_GAP) + (loopsBack ? NODE_H : 0);

  const data = (span: { start: number; end: number } | undefined): string =>
    options.offsets && span ? ` data-start="${attrNumber(span.start - (options.base ?? 0))}" data-end="${attrNumber(span.end - (options.base ?? 0))}"` : '';

  const out: string[] = [];
  out.push(
    `<svg class="hp-flow${columns.length <= FIT_COLUMNS ? ' hp-flow--fit' : ''}" xmlns="http://www.w3.org/2000/svg" width="${attrNumber(width)}" height="${attrNumber(height)}" viewBox="0 0 ${attrNumber(width)} ${attrNumber(height)}" role="img" aria-label="Step flow">`,
    '<defs><marker id="hp-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="hp-arrowhead" d="M0,0 L10,5 L0,10 z"/></marker></defs>',
  );
  if (unreachableCol !== undefined) {
    out.push(`<text class="hp-flow-head" x="${attrNumber(PAD + unreachableCol * (NODE_W + COL_GAP))}" y="${attrNumber(PAD + 10)}">${flow.nodes.some((n) => n.depth === undefined && !n.unreachable) ? 'not reached' : 'unreachable'}</text>`);
  }

  for (const e of flow.edges) {
    const from = boxes.get(`s${e.from}`);
    const to = boxes.get(keyOf(e.to, e.target));
    if (!from || !to) continue;
    const x1 = from.x + NODE_W;
    const y1 = from.y + NODE_H / 2;
    const x2 = to.x;
    const y2 = to.y + NODE_H / 2;
    // Forward edges bow gently; an edge within one column bulges out to the
    // right and comes back into the target's right side; edges that go back
    // loop below the nodes.
    const sameColumn = to.x === from.x;
    const tx = sameColumn ? x1 : x2;
    const d = sameColumn
      ? `M${attrNumber(x1)},${attrNumber(y1)} C${attrNumber(x1 + COL_GAP / 2)},${attrNumber(y1)} ${attrNumber(x1 + COL_GAP / 2)},${attrNumber(y2)} ${attrNumber(tx)},${attrNumber(y2)}`
      : x2 > x1
        ? `M${attrNumber(x1)},${attrNumber(y1)} C${attrNumber(x1 + COL_GAP / 2)},${attrNumber(y1)} ${attrNumber(x2 - COL_GAP / 2)},${attrNumber(y2)} ${attrNumber(x2)},${attrNumber(y2)}`
        : `M${attrNumber(x1)},${attrNumber(y1)} C${attrNumber(x1 + COL_GAP)},${attrNumber(y1 + NODE_H * 1.5)} ${attrNumber(x2 - COL_GAP)},${attrNumber(y2 + NODE_H * 1.5)} ${attrNumber(x2)},${attrNumber(y2)}`;
    const cls = `hp-edge${e.to === 'missing' ? ' hp-edge--missing' : x2 > x1 || sameColumn ? '' : ' hp-edge--back'}${e.implicit ? ' hp-edge--implicit' : ''}`;
    out.push(`<path class="${cls}" d="${d}" marker-end="url(#hp-arrow)"${data(e.span)}/>`);
  }

  for (const n of flow.nodes) {
    const box = boxes.get(`s${n.index}`);
    if (!box) continue;
    const mods = [n.entry ? 'entry' : '', n.unreachable ? 'unreachable' : '', n.deadEnd ? 'dead-end' : ''].filter(Boolean).map((m) => ` hp-node--${m}`).join('');
    const state = [n.entry ? 'entry' : '', n.unreachable ? 'unreachable' : '', n.deadEnd ? 'dead end' : ''].filter(Boolean).join(', ');
    out.push(node(box, `hp-node${mods}`, n.label, state ? `${n.label} (${state})` : n.label, data(n.span)));
  }
  if (boxes.has('done')) out.push(node(boxes.get('done')!, 'hp-node hp-node--done', 'done', 'done: the run ends here', ''));
  missing.forEach((id, i) => out.push(node(boxes.get(`m${i}:${id}`)!, 'hp-node hp-node--missing', id, `${id} (no step has this id)`, '')));
  out.push('</svg>');
  return out.join('');
}

function node(box: Box, cls: string, label: string, tooltip: string, data: string): string {
  const chars = [...label];
  const shown = chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join('')}…` : label;
  return (
    `<g class="${cls}"${data}><title>${escapeHtml(tooltip)}</title>` +
    `<rect x="${attrNumber(box.x)}" y="${attrNumber(box.y)}" width="${NODE_W}" height="${NODE_H}" rx="6"/>` +
    `<text x="${attrNumber(box.x + NODE_W / 2)}" y="${attrNumber(box.y + NODE_H / 2)}" text-anchor="middle" dominant-baseline="central">${escapeHtml(shown)}</text></g>`
  );
}
