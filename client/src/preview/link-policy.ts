// Which links a click in the preview may open. The renderer only turns web
// and mail addresses into links, but the webview is a page the extension does
// not trust: the scheme is checked again here, on the extension's side,
// before anything reaches the operating system.

import { isSafeLink } from '../../../packet/src/render/links';

/** The URL to hand to `env.openExternal`, or undefined when it must not be opened. */
export function externalLinkTarget(href: string): string | undefined {
  const trimmed = href.trim();
  return isSafeLink(trimmed) ? trimmed : undefined;
}
