// Small constructors the section builders share, so each builder reads as
// "this section shows these facts" rather than as object plumbing.

import type { Span } from '../diagnostic';
import type { Badge, Block, Cell, Field, Section, Text } from './model';
import type { At } from './source-reader';

/** What every section builder gets: the root of the packet and the id registries. */
export interface BuildContext {
  root: At;
  /** System id → display name. */
  systems: Map<string, string>;
  /** Owner id → role (and person, when given). */
  owners: Map<string, string>;
}

export function cell(parts: Text | Text[], extra: Partial<Cell> = {}): Cell {
  return { parts: Array.isArray(parts) ? parts : [parts], ...extra };
}

export function listCell(at: At, empty = 'none'): Cell {
  const parts = at.textList();
  return parts.length > 0 ? { parts, list: parts.length > 1, span: at.span() } : { parts: [{ text: empty, placeholder: true, span: at.span() }], span: at.span() };
}

export function textField(label: string, at: At, placeholder = 'not set'): Field {
  return { label, value: cell(at.asText(placeholder)), span: at.entrySpan() };
}

export function listField(label: string, at: At, empty = 'none'): Field {
  return { label, value: listCell(at, empty), span: at.entrySpan() };
}

export function badge(label: string, tone: Badge['tone'], hint?: string): Badge {
  return hint === undefined ? { label, tone } : { label, tone, hint };
}

/**
 * A reference to a declared id, shown with what it names ("hubspot — HubSpot CRM").
 * An id nobody declared gets a badge instead of a silent blank.
 */
export function refText(at: At, registry: Map<string, string>, placeholder = 'not set'): Text {
  const id = at.text();
  if (id === undefined || id.trim() === '') return at.asText(placeholder);
  const name = registry.get(id);
  if (name === undefined) return { text: id, span: at.span(), badges: [badge('not declared', 'danger', 'No entry declares this id.')] };
  return { text: name && name !== id ? `${id} — ${name}` : id, span: at.span() };
}

/** A list of references, one Text each. */
export function refList(at: At, registry: Map<string, string>): Text[] {
  const items = Array.isArray(at.value) ? at.items() : at.exists ? [at] : [];
  return items.map((item) => refText(item, registry));
}

export function section(id: string, title: string, at: At, blocks: (ctx: At) => Block[]): Section {
  if (!at.exists) {
    const span = at.entrySpan();
    const text = span ? 'This section is empty.' : 'This section is missing from the file.';
    return { id, title, span, missing: true, blocks: [{ kind: 'note', tone: 'danger', text, span }] };
  }
  return { id, title, span: at.entrySpan(), missing: false, blocks: blocks(at) };
}

/** Spans merge into the smallest one covering both; undefined stays out. */
export function cover(...spans: (Span | undefined)[]): Span | undefined {
  const real = spans.filter((s): s is Span => s !== undefined);
  if (real.length === 0) return undefined;
  return { start: Math.min(...real.map((s) => s.start)), end: Math.max(...real.map((s) => s.end)) };
}
