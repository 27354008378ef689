import { DocumentHighlightKind, type DefinitionParams, type DocumentHighlight, type DocumentHighlightParams, type Location, type ReferenceParams } from 'vscode-languageserver';
import { definitionAt, highlightsAt, referencesAt } from '../../../packet/src/authoring';
import { guard } from '../guard';
import { toOffset, toRange } from '../ranges';
import type { Feature } from '../server-context';

/** Go to definition, find references and highlights for ids (owners, systems, steps, actions, metrics). */
export const navigation: Feature = {
  capabilities: { definitionProvider: true, referencesProvider: true, documentHighlightProvider: true },
  register(ctx) {
    const at = (uri: string, position: { line: number; character: number }) => {
      const entry = ctx.store.analysis(uri);
      if (!entry) return undefined;
      const lines = entry.analysis.parsed.lines;
      return { index: entry.analysis.index, lines, offset: toOffset(lines, position) };
    };
    ctx.connection.onDefinition(
      guard(ctx.connection, 'definition', null, (params: DefinitionParams): Location[] | null => {
        const hit = at(params.textDocument.uri, params.position);
        if (!hit) return null;
        return definitionAt(hit.index, hit.offset).map((span) => ({ uri: params.textDocument.uri, range: toRange(hit.lines, span) }));
      }),
    );
    ctx.connection.onReferences(
      guard(ctx.connection, 'references', null, (params: ReferenceParams): Location[] | null => {
        const hit = at(params.textDocument.uri, params.position);
        if (!hit) return null;
        return referencesAt(hit.index, hit.offset, params.context.includeDeclaration).map((span) => ({ uri: params.textDocument.uri, range: toRange(hit.lines, span) }));
      }),
    );
    ctx.connection.onDocumentHighlight(
      guard(ctx.connection, 'documentHighlight', null, (params: DocumentHighlightParams): DocumentHighlight[] | null => {
        const hit = at(params.textDocument.uri, params.position);
        if (!hit) return null;
        return highlightsAt(hit.index, hit.offset).map((h) => ({
          range: toRange(hit.lines, h.span),
          kind: h.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
        }));
      }),
    );
  },
};
