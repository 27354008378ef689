import type { IdKind, PathSegment, Span } from '../diagnostic';
import { DECLARATION_LISTS, REFERENCE_SITES, STEP_END } from '../model/id-index';
import { nodeAtPath } from './quick-tree/lookup';
import type { QMap, QNode, QuickTree } from './quick-tree/types';

// Ids read from the quick tree, for completion and hover, which must not wait
// for a full parse. Where ids are declared and referenced comes from
// id-index.ts, so both readings agree on what counts as a reference.

export interface QuickDeclaration {
  kind: IdKind;
  id: string;
  span: Span;
  path: PathSegment[];
  /** The declaring entry, to summarise it. */
  entry: QMap;
}

export interface QuickReference {
  kind: IdKind;
  id: string;
  span: Span;
  path: PathSegment[];
}

export interface QuickIndex {
  readonly declarations: QuickDeclaration[];
  readonly references: QuickReference[];
  readonly byKind: Record<IdKind, Map<string, QuickDeclaration[]>>;
  /** The declarations of one kind by id: reads only that kind's list. */
  declared(kind: IdKind): Map<string, QuickDeclaration[]>;
}

export const ID_KINDS = Object.keys(DECLARATION_LISTS) as IdKind[];

const memo = new WeakMap<QuickTree, QuickIndex>();

/** The ids of a quick tree, memoised; each kind's declarations and the references are read on first use. */
export function quickIndex(tree: QuickTree): QuickIndex {
  let index = memo.get(tree);
  if (!index) {
    index = new LazyIndex(tree);
    memo.set(tree, index);
  }
  return index;
}

// Completion of owner ids only needs the owners list; hover on a reference
// only needs the list it points into. Sections are read lazily, so reading
// less here is what keeps a request after an edit cheap on a large file.
class LazyIndex implements QuickIndex {
  private readonly kinds = new Map<IdKind, { list: QuickDeclaration[]; byId: Map<string, QuickDeclaration[]> }>();
  private refs: QuickReference[] | undefined;

  constructor(private readonly tree: QuickTree) {}

  get declarations(): QuickDeclaration[] {
    return ID_KINDS.flatMap((k) => this.read(k).list);
  }

  get byKind(): QuickIndex['byKind'] {
    return Object.fromEntries(ID_KINDS.map((k) => [k, this.read(k).byId])) as QuickIndex['byKind'];
  }

  declared(kind: IdKind): Map<string, QuickDeclaration[]> {
    return this.read(kind).byId;
  }

  get references(): QuickReference[] {
    this.refs ??= readReferences(this.tree);
    return this.refs;
  }

  private read(kind: IdKind): { list: QuickDeclaration[]; byId: Map<string, QuickDeclaration[]> } {
    let hit = this.kinds.get(kind);
    if (!hit) {
      hit = readDeclarations(this.tree, kind);
      this.kinds.set(kind, hit);
    }
    return hit;
  }
}

function readDeclarations(tree: QuickTree, kind: IdKind): { list: QuickDeclaration[]; byId: Map<string, QuickDeclaration[]> } {
  const list: QuickDeclaration[] = [];
  const byId = new Map<string, QuickDeclaration[]>();
  const listPath = DECLARATION_LISTS[kind];
  const seq = nodeAtPath(tree, listPath);
  if (seq?.type !== 'seq') return { list, byId };
  seq.items.forEach((item, i) => {
    const entry = item.value;
    if (entry?.type !== 'map') return;
    const idNode = entry.entries.find((e) => e.colon && e.key === 'id')?.value;
    if (idNode?.type !== 'scalar' || idNode.style === 'block') return;
    const decl: QuickDeclaration = { kind, id: idNode.value, span: idNode.span, path: [...listPath, i], entry };
    list.push(decl);
    const same = byId.get(decl.id);
    if (same) same.push(decl);
    else byId.set(decl.id, [decl]);
  });
  return { list, byId };
}

function readReferences(tree: QuickTree): QuickReference[] {
  const references: QuickReference[] = [];
  for (const site of REFERENCE_SITES) {
    for (const { path, node } of expand(tree, site.path)) {
      const scalars: { node: QNode | undefined; path: PathSegment[] }[] = node.type === 'seq' ? node.items.map((it, i) => ({ node: it.value, path: [...path, i] })) : [{ node, path }];
      for (const s of scalars) {
        if (s.node?.type !== 'scalar' || s.node.style === 'block' || s.node.value === '') continue;
        if (site.kind === 'step' && s.node.value === STEP_END) continue;
        references.push({ kind: site.kind, id: s.node.value, span: s.node.span, path: s.path });
      }
    }
  }
  return references;
}

function expand(tree: QuickTree, pattern: (string | '*')[]): { path: PathSegment[]; node: QNode }[] {
  let frontier: { path: PathSegment[]; node: QNode }[] = [{ path: [], node: tree.root }];
  for (const seg of pattern) {
    const next: { path: PathSegment[]; node: QNode }[] = [];
    for (const f of frontier) {
      if (seg === '*') {
        if (f.node.type === 'seq') f.node.items.forEach((it, i) => it.value && next.push({ path: [...f.path, i], node: it.value }));
      } else if (f.node.type === 'map') {
        const v = f.node.entries.find((e) => e.colon && e.key === seg)?.value;
        if (v) next.push({ path: [...f.path, seg], node: v });
      }
    }
    frontier = next;
  }
  return frontier;
}

/** The kind of id a value at `path` refers to, if the format makes it a reference. */
export function referenceKindAt(path: readonly PathSegment[]): IdKind | undefined {
  for (const site of REFERENCE_SITES) {
    const p = site.path;
    if (path.length !== p.length && !(path.length === p.length + 1 && typeof path[p.length] === 'number')) continue;
    if (p.every((seg, i) => (seg === '*' ? typeof path[i] === 'number' : path[i] === seg))) return site.kind;
  }
  return undefined;
}

/** The kind of id declared by the value at `path` (`owners[2].id` → owner). */
export function declarationKindAt(path: readonly PathSegment[]): IdKind | undefined {
  if (path[path.length - 1] !== 'id' || typeof path[path.length - 2] !== 'number') return undefined;
  for (const kind of ID_KINDS) {
    const list = DECLARATION_LISTS[kind];
    if (list.length === path.length - 2 && list.every((seg, i) => path[i] === seg)) return kind;
  }
  return undefined;
}
