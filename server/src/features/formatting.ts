import type { DocumentFormattingParams, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver';
import { formatPacket } from '../../../packet/src';
import { guard } from '../guard';
import { toRange } from '../ranges';
import type { Feature, ServerContext } from '../server-context';

/** The edits for one document, or none when it does not parse or is over the size limits. */
function edits(ctx: ServerContext, uri: string, lines?: { start: number; end: number }): TextEdit[] {
  const hit = ctx.store.analysis(uri);
  if (!hit) return [];
  const { parsed } = hit.analysis;
  // Formatting a file that does not parse could only guess at its structure.
  if (!parsed.doc || parsed.problems.some((p) => p.rule === 'yaml-syntax' || p.rule === 'file-too-large')) return [];
  return formatPacket(parsed.text, lines).map((e) => ({ range: toRange(parsed.lines, e.span), newText: e.text }));
}

/**
 * Format Document and Format Selection: two-space indentation, comments and
 * styles kept (packet/src/formatting). The editor's tab size is not used: the
 * packet format is written with two spaces.
 */
export const formatting: Feature = {
  capabilities: { documentFormattingProvider: true, documentRangeFormattingProvider: true },
  register(ctx) {
    ctx.connection.onDocumentFormatting(
      guard(ctx.connection, 'formatting', [], (params: DocumentFormattingParams) => edits(ctx, params.textDocument.uri)),
    );
    ctx.connection.onDocumentRangeFormatting(
      guard(ctx.connection, 'rangeFormatting', [], (params: DocumentRangeFormattingParams) => {
        const { start, end } = params.range;
        // A selection ending at column 0 does not take in that line.
        const last = end.line > start.line && end.character === 0 ? end.line - 1 : end.line;
        return edits(ctx, params.textDocument.uri, { start: start.line, end: last });
      }),
    );
  },
};
