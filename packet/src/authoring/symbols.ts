import type { PathSegment, Span } from '../diagnostic';
import { quickTree, entryOf, scalarText } from './quick-tree/lookup';
import type { QEntry, QItem, QMap, QNode } from './quick-tree/types';
import { schemaAt } from './schema-model';

/** What a symbol stands for; the server maps it to an LSP symbol kind. */
export type SymbolKindName = 'section' | 'field' | 'list' | 'group' | 'owner' | 'system' | 'step' | 'action' | 'metric' | 'exception' | 'review' | 'change' | 'item';

export interface PacketSymbol {
  name: string;
  detail?: string;
  kind: SymbolKindName;
  /** The whole entry. */
  span: Span;
  /** The part to reveal and highlight: the key, or the entry's id. */
  selectionSpan: Span;
  children: PacketSymbol[];
}

/** How the entries of each list are named in the outline, and what to show beside them. */
const LISTS: Record<string, { kind: SymbolKindName; name: string; detail?: string }> = {
  systems: { kind: 'system', name: 'id', detail: 'name' },
  steps: { kind: 'step', name: 'id', detail: 'trigger' },
  'permissions.actions': { kind: 'action', name: 'id', detail: 'authority' },
  'exceptions.types': { kind: 'exception', name: 'type', detail: 'response' },
  metrics: { kind: 'metric', name: 'id', detail: 'measures' },
  review: { kind: 'review', name: 'cadence', detail: 'what' },
  owners: { kind: 'owner', name: 'id', detail: 'role' },
  'changes.safe': { kind: 'change', name: 'kind', detail: 'note' },
  'changes.review_required': { kind: 'change', name: 'kind', detail: 'note' },
  'changes.new_scope': { kind: 'change', name: 'kind', detail: 'note' },
};

const DETAIL_MAX = 60;

/**
 * The outline: sections, their keys, and list entries by id, type or name.
 * Built from the quick tree, so a half-written file still has one.
 */
export function documentSymbols(text: string): PacketSymbol[] {
  const root = quickTree(text).root;
  return root.type === 'map' ? mapSymbols(root, []) : [];
}

function mapSymbols(map: QMap, path: PathSegment[]): PacketSymbol[] {
  const out: PacketSymbol[] = [];
  for (const e of map.entries) {
    if (!e.colon || e.key === '') continue;
    out.push(entrySymbol(e, [...path, e.key]));
  }
  return out;
}

function entrySymbol(e: QEntry, path: PathSegment[]): PacketSymbol {
  const v = e.value;
  const kind: SymbolKindName = path.length === 1 ? 'section' : v?.type === 'seq' ? 'list' : v?.type === 'map' ? 'group' : 'field';
  let detail: string | undefined;
  if (path.length === 1) detail = schemaAt(path)?.title;
  else if (v?.type === 'scalar') detail = short(v.value);
  else if (v?.type === 'seq' && v.items.every((it) => it.value?.type === 'scalar')) detail = short(v.items.map((it) => scalarText(it.value) ?? '').join(', '));
  return { name: e.key, detail, kind, span: spanOf(e.start, e.end, e.keySpan), selectionSpan: e.keySpan, children: childrenOf(v, path) };
}

function childrenOf(v: QNode | undefined, path: PathSegment[]): PacketSymbol[] {
  if (!v || v.type === 'scalar') return [];
  if (v.type === 'map') return mapSymbols(v, path);
  const listKey = path.filter((s) => typeof s === 'string').join('.');
  const naming = LISTS[listKey];
  // Lists of plain statements stay folded into their key's detail.
  if (!naming && v.items.every((it) => it.value?.type !== 'map')) return [];
  return v.items.map((it, i) => itemSymbol(it, i, [...path, i], naming)).filter((s): s is PacketSymbol => s !== undefined);
}

function itemSymbol(it: QItem, i: number, path: PathSegment[], naming: (typeof LISTS)[string] | undefined): PacketSymbol | undefined {
  const v = it.value;
  if (v?.type === 'scalar') {
    // Prose entries of a change class: named by their text.
    return { name: short(v.value) || `#${i + 1}`, kind: naming?.kind ?? 'item', span: spanOf(it.start, it.end, v.span), selectionSpan: v.span, children: [] };
  }
  if (v?.type !== 'map') return undefined;
  const nameEntry = naming ? entryOf(v, naming.name) : undefined;
  const nameNode = nameEntry?.value?.type === 'scalar' ? nameEntry.value : undefined;
  const name = nameNode?.value || (naming ? `(no ${naming.name})` : `#${i + 1}`);
  const detail = naming?.detail ? short(scalarText(entryOf(v, naming.detail)?.value) ?? '') || undefined : undefined;
  const selectionSpan = nameNode?.span ?? { start: it.start, end: Math.min(it.end, it.start + 1) };
  return { name, detail, kind: naming?.kind ?? 'item', span: spanOf(it.start, it.end, selectionSpan), selectionSpan, children: mapSymbols(v, path) };
}

function spanOf(start: number, end: number, inner: Span): Span {
  return { start: Math.min(start, inner.start), end: Math.max(end, inner.end) };
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > DETAIL_MAX ? one.slice(0, DETAIL_MAX - 1) + '…' : one;
}
