import type { PreviewPart } from '../../../packet/src';
import type { RenderFormat } from '../checker';
import { guard } from '../guard';
import type { Feature, ServerContext } from '../server-context';

// The preview and the export, rendered from the analysis the check of the
// document version uses (in the check worker on Node): the same parse, the
// same settings (severities and limits of the document's folder) and the
// same problems as the Problems view. The extension host never parses or
// checks, and the server's own thread stays free for completion and hover.

/** `handoff/preview`: the preview's body as parts, for the version the server has. */
export const PREVIEW_REQUEST = 'handoff/preview';
/** `handoff/export`: the packet as Markdown or a standalone HTML page. */
export const EXPORT_REQUEST = 'handoff/export';

export interface PreviewParams {
  uri: string;
}

/** Null when the document is not open. */
export interface PreviewResult {
  uri: string;
  version: number;
  parts: PreviewPart[];
}

export type ExportFormat = 'markdown' | 'html';

export interface ExportParams {
  uri: string;
  format: ExportFormat;
}

/** Null when the document is not open. */
export interface ExportResult {
  uri: string;
  version: number;
  text: string;
}

/** Renders the document's current version; undefined when it is not open (after a short wait for its didOpen). */
async function render(ctx: ServerContext, uri: string, format: RenderFormat) {
  if (!(await ctx.store.opened(uri))) return undefined;
  const settings = await ctx.settings.load(uri);
  const doc = ctx.store.get(uri);
  if (!doc) return undefined;
  return ctx.checker.render({ uri, version: doc.version, text: doc.getText(), settings, docsBase: ctx.client.docsBase, format });
}

export const previewFeature: Feature = {
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(
      PREVIEW_REQUEST,
      guard(ctx.connection, PREVIEW_REQUEST, null, async (params: PreviewParams): Promise<PreviewResult | null> => {
        if (typeof params?.uri !== 'string') return null;
        const r = await render(ctx, params.uri, 'preview');
        return r?.parts ? { uri: r.uri, version: r.version, parts: r.parts } : null;
      }),
    );
    ctx.connection.onRequest(
      EXPORT_REQUEST,
      guard(ctx.connection, EXPORT_REQUEST, null, async (params: ExportParams): Promise<ExportResult | null> => {
        if (typeof params?.uri !== 'string' || (params.format !== 'markdown' && params.format !== 'html')) return null;
        const r = await render(ctx, params.uri, params.format);
        return r?.text !== undefined ? { uri: r.uri, version: r.version, text: r.text } : null;
      }),
    );
  },
};
