import type { IdKind, PathSegment, Span } from '../../diagnostic';
import { STEP_END } from '../../model/id-index';
import { summarise } from '../describe';
import { quickIndex } from '../quick-index';
import { entryOf, nodeAtPath, scalarText } from '../quick-tree/lookup';
import type { QuickTree } from '../quick-tree/types';
import type { PacketCompletion } from './types';

/** Declared ids of `kind`, in declaration order, each with its summary; `done` last where a step goes. */
export function idItems(kind: IdKind, path: readonly PathSegment[], tree: QuickTree, range: Span, siblings: readonly string[], insertPrefix: string): PacketCompletion[] {
  const index = quickIndex(tree);
  const out: PacketCompletion[] = [];
  const skip = new Set(siblings);
  // A step that names itself as next loops forever.
  if (kind === 'step' && path[0] === 'steps' && typeof path[1] === 'number') {
    const self = nodeAtPath(tree, ['steps', path[1]]);
    const id = self?.type === 'map' ? scalarText(entryOf(self, 'id')?.value) : undefined;
    if (id) skip.add(id);
  }
  for (const [id, decls] of index.declared(kind)) {
    if (skip.has(id)) continue;
    const { detail, markdown } = summarise(decls[0]);
    out.push({ label: id, kind: 'id', detail, documentation: markdown, range, insertText: insertPrefix + id, snippet: false, sortText: order(out.length) });
  }
  if (kind === 'step' && !skip.has(STEP_END)) {
    out.push({
      label: STEP_END,
      kind: 'keyword',
      detail: 'end of the run',
      documentation: '**`done`** ends the run here: no further step follows. Every path through the steps should reach it.',
      range,
      insertText: insertPrefix + STEP_END,
      snippet: false,
      sortText: order(out.length),
    });
  }
  return out;
}

/** Sort keys that keep the order items were produced in. */
export function order(i: number): string {
  return String(i).padStart(4, '0');
}
