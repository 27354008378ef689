import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { hoverAt, quickLines } from '../../../packet/src/authoring';
import { guard } from '../guard';
import { toOffset, toRange } from '../ranges';
import type { Feature } from '../server-context';

/** Hover from the text alone: the schema's words for keys and values, a declaration's summary for ids. */
export const hover: Feature = {
  capabilities: { hoverProvider: true },
  register(ctx) {
    ctx.connection.onHover(
      guard(ctx.connection, 'hover', null, (params: HoverParams): Hover | null => {
        const doc = ctx.store.get(params.textDocument.uri);
        if (!doc) return null;
        const text = doc.getText();
        const lines = quickLines(text);
        const h = hoverAt(text, toOffset(lines, params.position), { exceptionTypes: ctx.settings.for(doc.uri).exceptionTypes });
        return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: toRange(lines, h.span) } : null;
      }),
    );
  },
};
