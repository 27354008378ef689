import { isScalar, isSeq, type Document, type Node } from 'yaml';
import type { IdKind, PathSegment, Span } from '../diagnostic';
import { aliasLinksOf, deref, locate, pairOf, spanOf, type AliasLink } from './yaml-nodes';

export interface IdDeclaration {
  kind: IdKind;
  id: string;
  /** Span of the id's value. */
  span: Span;
  /** Path of the declaring entry, e.g. ['owners', 2]. */
  path: PathSegment[];
}

export interface IdReference {
  kind: IdKind;
  id: string;
  span: Span;
  /** Path of the referencing value, e.g. ['permissions', 'actions', 1, 'approver']. */
  path: PathSegment[];
}

export interface IdIndex {
  declarations: IdDeclaration[];
  references: IdReference[];
  /** Declarations by kind then id; the first declaration wins for navigation. */
  byKind: Record<IdKind, Map<string, IdDeclaration[]>>;
  /** Each alias (`*name`) and the anchored node it stands for, for navigation. */
  aliases: AliasLink[];
}


/** Where each kind of id is declared: a list whose entries carry `id`. */
export const DECLARATION_LISTS: Record<IdKind, PathSegment[]> = {
  owner: ['owners'],
  system: ['systems'],
  step: ['steps'],
  action: ['permissions', 'actions'],
  metric: ['metrics'],
};

/**
 * Where ids are referenced. `*` stands for every entry of a list; a final
 * `*` after a key means the value may be a scalar or a list of scalars.
 */
export const REFERENCE_SITES: { kind: IdKind; path: (string | '*')[] }[] = [
  { kind: 'owner', path: ['exceptions', 'queue', 'owner'] },
  { kind: 'owner', path: ['exceptions', 'types', '*', 'owner'] },
  { kind: 'owner', path: ['permissions', 'actions', '*', 'approver'] },
  { kind: 'owner', path: ['review', '*', 'owner'] },
  { kind: 'owner', path: ['changes', 'approver'] },
  { kind: 'system', path: ['workflow', 'reads'] },
  { kind: 'system', path: ['workflow', 'writes'] },
  { kind: 'system', path: ['permissions', 'actions', '*', 'system'] },
  { kind: 'step', path: ['steps', '*', 'next'] },
];

/** `next: done` ends a path; it is a keyword, not a step id. */
export const STEP_END = 'done';

export function buildIdIndex(doc: Document | undefined): IdIndex {
  const declarations: IdDeclaration[] = [];
  const references: IdReference[] = [];
  const byKind = { owner: new Map(), system: new Map(), step: new Map(), action: new Map(), metric: new Map() } as IdIndex['byKind'];
  if (!doc) return { declarations, references, byKind, aliases: [] };

  for (const kind of Object.keys(DECLARATION_LISTS) as IdKind[]) {
    const listPath = DECLARATION_LISTS[kind];
    const list = deref(locate(doc, listPath)?.value);
    if (!isSeq(list)) continue;
    // Each entry is read where it sits: walking from the root per entry made large packets quadratic-ish.
    list.items.forEach((item, i) => {
      const at = pairOf(item, 'id')?.value;
      if (!isScalar(at) || typeof at.value !== 'string' || !at.range) return;
      const decl: IdDeclaration = { kind, id: at.value, span: spanOf(at)!, path: [...listPath, i] };
      declarations.push(decl);
      const same = byKind[kind].get(decl.id);
      if (same) same.push(decl);
      else byKind[kind].set(decl.id, [decl]);
    });
  }

  const places = new Set<string>();
  for (const site of REFERENCE_SITES) {
    for (const { path, node } of expand(doc, site.path)) {
      const scalars: { node: Node; path: PathSegment[] }[] = [];
      const here = deref(node);
      if (isSeq(here)) here.items.forEach((n, i) => scalars.push({ node: (deref(n) ?? n) as Node, path: [...path, i] }));
      else if (here) scalars.push({ node: here as Node, path });
      for (const s of scalars) {
        if (!isScalar(s.node) || typeof s.node.value !== 'string' || !s.node.range) continue;
        if (site.kind === 'step' && s.node.value === STEP_END) continue;
        // A value merged into several entries (`<<: *shared`) or reached through an alias is one place in the text: listed once.
        const span = spanOf(s.node)!;
        const place = `${site.kind}:${span.start}`;
        if (places.has(place)) continue;
        places.add(place);
        references.push({ kind: site.kind, id: s.node.value, span, path: s.path });
      }
    }
  }
  return { declarations, references, byKind, aliases: aliasLinksOf(doc) };
}

/** Every node the pattern reaches, walked down from the root once (not located again from the root per entry). */
function expand(doc: Document, pattern: (string | '*')[]): { path: PathSegment[]; node: Node | null | undefined }[] {
  let frontier: { path: PathSegment[]; node: unknown }[] = [{ path: [], node: doc.contents }];
  for (const seg of pattern) {
    const next: { path: PathSegment[]; node: unknown }[] = [];
    for (const f of frontier) {
      if (seg === '*') {
        const list = deref(f.node);
        if (isSeq(list)) list.items.forEach((x, i) => next.push({ path: [...f.path, i], node: x }));
      } else {
        const pair = pairOf(f.node, seg);
        if (pair) next.push({ path: [...f.path, seg], node: pair.value });
      }
    }
    frontier = next;
  }
  return frontier.filter((f) => f.node).map((f) => ({ path: f.path, node: f.node as Node }));
}

/** The declaration and every reference of the id at `offset`, if there is one. */
export function occurrencesAt(index: IdIndex, offset: number): { kind: IdKind; id: string; declarations: IdDeclaration[]; references: IdReference[] } | undefined {
  const hit =
    index.declarations.find((d) => d.span.start <= offset && offset <= d.span.end) ??
    index.references.find((r) => r.span.start <= offset && offset <= r.span.end);
  if (!hit) return undefined;
  return {
    kind: hit.kind,
    id: hit.id,
    declarations: index.byKind[hit.kind].get(hit.id) ?? [],
    references: index.references.filter((r) => r.kind === hit.kind && r.id === hit.id),
  };
}
