import { FoldingRangeKind, type FoldingRange, type FoldingRangeParams, type SelectionRange, type SelectionRangeParams } from 'vscode-languageserver';
import { foldingRanges, quickLines, selectionRanges } from '../../../packet/src/authoring';
import { guard } from '../guard';
import { toOffset, toPosition, toRange } from '../ranges';
import type { Feature } from '../server-context';

/** Folding by structure and comment blocks, and smart selection from word to whole file. */
export const folding: Feature = {
  capabilities: { foldingRangeProvider: true, selectionRangeProvider: true },
  register(ctx) {
    ctx.connection.onFoldingRanges(
      guard(ctx.connection, 'foldingRange', [], (params: FoldingRangeParams): FoldingRange[] => {
        const doc = ctx.store.get(params.textDocument.uri);
        if (!doc) return [];
        const text = doc.getText();
        const lines = quickLines(text);
        return foldingRanges(text).map((f) => ({
          startLine: toPosition(lines, f.span.start).line,
          endLine: toPosition(lines, f.span.end).line,
          kind: f.kind === 'comment' ? FoldingRangeKind.Comment : undefined,
        }));
      }),
    );
    ctx.connection.onSelectionRanges(
      guard(ctx.connection, 'selectionRange', [], (params: SelectionRangeParams): SelectionRange[] => {
        const doc = ctx.store.get(params.textDocument.uri);
        if (!doc) return [];
        const text = doc.getText();
        const lines = quickLines(text);
        return params.positions.map((p) => {
          const offset = toOffset(lines, p);
          // Outermost first, so each range can point at its parent.
          let parent: SelectionRange | undefined;
          for (const span of selectionRanges(text, offset).reverse()) parent = { range: toRange(lines, span), parent };
          return parent ?? { range: { start: p, end: p } };
        });
      }),
    );
  },
};
