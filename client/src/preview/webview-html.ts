// The preview's HTML page around the rendered body. Kept free of `vscode` so
// the hostile-content test can load exactly this page, under exactly this
// policy, in a real browser.

import { escapeHtml } from '../../../packet/src/render/escape';

export interface ShellInput {
  /** `webview.cspSource`: the origin the webview serves extension files from. */
  cspSource: string;
  /** Fresh per page; only the script carrying it may run. */
  nonce: string;
  scriptUri: string;
  styleUri: string;
  /** The document this preview shows, for the state the serializer restores. */
  documentUri: string;
  /** The first rendered body, so the page is never blank while the script starts. */
  body: string;
  /**
   * Which HTML this is: the page says it back when ready, so the extension
   * knows what the page really shows (a restored webview can load an older
   * HTML after a newer one).
   */
  shell: number;
}

/**
 * Nothing but the one script with the nonce may run; styles come only from
 * the extension's media folder; no fetches, frames, forms, fonts or images.
 * Inline SVG needs none of those.
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [`default-src 'none'`, `style-src ${cspSource}`, `script-src 'nonce-${nonce}'`, `base-uri 'none'`, `form-action 'none'`].join('; ');
}

export function previewShellHtml(input: ShellInput): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(input.cspSource, input.nonce))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<link rel="stylesheet" href="${escapeHtml(input.styleUri)}">`,
    '<title>Handoff packet preview</title>',
    '</head>',
    `<body data-uri="${escapeHtml(input.documentUri)}" data-shell="${input.shell}">`,
    `<div id="hp-root">${input.body}</div>`,
    `<script nonce="${escapeHtml(input.nonce)}" src="${escapeHtml(input.scriptUri)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

/** 128 random bits, hex: unguessable by a packet, valid in a CSP nonce. */
export function makeNonce(random: (size: number) => Uint8Array): string {
  return Array.from(random(16), (b) => b.toString(16).padStart(2, '0')).join('');
}
