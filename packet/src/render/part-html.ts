// A preview part and its HTML as the page holds it. A leaf module (escaping
// only), so the extension can build the page from parts without the renderer.

import { attrNumber, escapeHtml } from './escape';

/**
 * One top-level piece of the preview (header, notice, a section, problems):
 * the preview page replaces only the pieces whose HTML changed. Offsets in
 * `html` are relative to `base`, which is not in `html` (an edit above the
 * piece changes only its base); the root element carries `data-part`, its
 * key, and gets `data-base` from `partHtml` or from the page.
 */
export interface PreviewPart {
  key: string;
  base: number;
  html: string;
}

/** A part's HTML with its base on its root element, as the preview page holds it. */
export function partHtml(part: PreviewPart): string {
  const marker = ` data-part="${escapeHtml(part.key)}"`;
  const at = part.html.indexOf(marker);
  return at < 0 ? part.html : `${part.html.slice(0, at + marker.length)} data-base="${attrNumber(part.base)}"${part.html.slice(at + marker.length)}`;
}
