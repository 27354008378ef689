// The renderer's public face: one model, two writers. The preview, the export
// command and `handoff export` all come through here, so a packet looks the
// same wherever it is shown.

import type { PacketAnalysis } from '../analysis';
import { buildPacketDocument, type ModelOptions } from './build-model';
import { documentToHtml, documentToHtmlParts, type HtmlFlavour, type PreviewPart } from './html';
import { documentToMarkdown } from './markdown';
import type { PacketDocument } from './model';

export interface RenderOptions extends ModelOptions {
  /**
   * `preview`: the body fragment the editor's preview shows, every element
   * carrying its source offsets. `standalone`: a complete page with its styles
   * inline and no script, for export. Markdown ignores it.
   */
  flavour?: HtmlFlavour;
}

export function renderHtml(analysis: PacketAnalysis, options: RenderOptions = {}): string {
  return documentToHtml(safeModel(analysis, options), options.flavour ?? 'standalone');
}

/** The preview flavour as parts, so a preview can replace only what changed (see PreviewPart). */
export function renderPreviewParts(analysis: PacketAnalysis, options: ModelOptions = {}): PreviewPart[] {
  return documentToHtmlParts(safeModel(analysis, options));
}

export function renderMarkdown(analysis: PacketAnalysis, options: RenderOptions = {}): string {
  return documentToMarkdown(safeModel(analysis, options));
}

/** The model itself, for callers that want the facts without a format. */
export function renderModel(analysis: PacketAnalysis, options: ModelOptions = {}): PacketDocument {
  return safeModel(analysis, options);
}

/** A bug in the renderer must show as a message, never as an exception in the editor or the CLI. */
function safeModel(analysis: PacketAnalysis, options: ModelOptions): PacketDocument {
  try {
    return buildPacketDocument(analysis, options);
  } catch (err) {
    return {
      title: { text: 'Preview unavailable', placeholder: true },
      problems: [],
      counts: { error: 0, warning: 0, info: 0 },
      notice: { tone: 'danger', text: `The packet could not be rendered: ${err instanceof Error ? err.message : String(err)}. Please report this.` },
      sections: [],
    };
  }
}

export type { HtmlFlavour, PreviewPart } from './html';
export type { ModelOptions } from './build-model';
export type { PacketDocument, ReadinessView, ReadinessQuestion, ReadinessStatus } from './model';
export { documentToHtml } from './html';
export { partHtml } from './part-html';
export { documentToMarkdown } from './markdown';
export { isSafeLink, LINK_SCHEMES } from './links';
