import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import type { LineIndex } from '../../../packet/src';
import { documentSymbols, quickLines, type PacketSymbol, type SymbolKindName } from '../../../packet/src/authoring';
import { guard } from '../guard';
import { toRange } from '../ranges';
import type { Feature } from '../server-context';

const KIND: Record<SymbolKindName, SymbolKind> = {
  section: SymbolKind.Module,
  field: SymbolKind.Field,
  list: SymbolKind.Array,
  group: SymbolKind.Object,
  owner: SymbolKind.Class,
  system: SymbolKind.Interface,
  step: SymbolKind.Event,
  action: SymbolKind.Function,
  metric: SymbolKind.Number,
  exception: SymbolKind.EnumMember,
  review: SymbolKind.Event,
  change: SymbolKind.String,
  item: SymbolKind.Object,
};

/** The outline and breadcrumbs: sections, keys, and list entries by id or name. */
export const symbols: Feature = {
  capabilities: { documentSymbolProvider: { label: 'Handoff packet' } },
  register(ctx) {
    ctx.connection.onDocumentSymbol(
      guard(ctx.connection, 'documentSymbol', [], (params: DocumentSymbolParams): DocumentSymbol[] => {
        const doc = ctx.store.get(params.textDocument.uri);
        if (!doc) return [];
        const text = doc.getText();
        const lines = quickLines(text);
        return documentSymbols(text).map((s) => toSymbol(s, lines));
      }),
    );
  },
};

function toSymbol(s: PacketSymbol, lines: LineIndex): DocumentSymbol {
  return {
    // Editors reject a symbol without a name.
    name: s.name.trim() || '(unnamed)',
    detail: s.detail,
    kind: KIND[s.kind],
    range: toRange(lines, s.span),
    selectionRange: toRange(lines, s.selectionSpan),
    children: s.children.map((c) => toSymbol(c, lines)),
  };
}
