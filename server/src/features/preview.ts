import { renderHtml, renderMarkdown, renderPreviewParts, type PreviewPart } from '../../../packet/src';
import { guard } from '../guard';
import type { Feature } from '../server-context';

// The preview and the export, rendered from the server's analysis of the
// document version: the same parse, the same settings (severities and
// limits of the document's folder) and the same problems as the Problems
// view, and the extension host never parses or checks.

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

export const previewFeature: Feature = {
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(
      PREVIEW_REQUEST,
      guard(ctx.connection, PREVIEW_REQUEST, null, async (params: PreviewParams): Promise<PreviewResult | null> => {
        if (typeof params?.uri !== 'string') return null;
        const check = await ctx.settings.load(params.uri);
        const entry = ctx.store.analysis(params.uri);
        if (!entry) return null;
        return { uri: entry.document.uri, version: entry.document.version, parts: renderPreviewParts(entry.analysis, { check }) };
      }),
    );
    ctx.connection.onRequest(
      EXPORT_REQUEST,
      guard(ctx.connection, EXPORT_REQUEST, null, async (params: ExportParams): Promise<ExportResult | null> => {
        if (typeof params?.uri !== 'string' || (params.format !== 'markdown' && params.format !== 'html')) return null;
        const check = await ctx.settings.load(params.uri);
        const entry = ctx.store.analysis(params.uri);
        if (!entry) return null;
        const { analysis, document } = entry;
        const text = params.format === 'markdown' ? renderMarkdown(analysis, { check }) : renderHtml(analysis, { flavour: 'standalone', check });
        return { uri: document.uri, version: document.version, text };
      }),
    );
  },
};
