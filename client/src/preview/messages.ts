// The messages between the extension and the preview webview, in both
// directions. Both sides import this module: the types keep them in step at
// build time, and the parse functions reject anything malformed at run time
// (a webview is a browser page; the extension trusts nothing it sends).
//
// No `vscode` import here: the webview script bundles this file.

export const PREVIEW_VIEW_TYPE = 'handoff.preview';

/**
 * One part of the body in an `update`: its key and base offset (see
 * PreviewPart in the packet library), and its HTML only when it changed
 * since the last render or update the page got.
 */
export interface PartUpdate {
  key: string;
  base: number;
  html?: string;
}

/** Extension → webview. */
export type HostMessage =
  /** Replace the preview's body with freshly rendered HTML (scroll position stays). */
  | { type: 'render'; uri: string; version: number; body: string }
  /** The body's parts in order; unchanged parts keep their elements and only take their new base. */
  | { type: 'update'; uri: string; version: number; parts: PartUpdate[] }
  /** The editor's cursor is at this offset: highlight the element that shows it. */
  | { type: 'highlight'; offset: number };

/** Webview → extension. */
export type WebviewMessage =
  /** The script is listening, in the page made as HTML number `shell`; messages sent before this could be lost. */
  | { type: 'ready'; shell: number }
  /** The user clicked an element: show its source range in the editor. */
  | { type: 'reveal'; start: number; end: number }
  /** The user clicked a link: the extension decides whether to open it. */
  | { type: 'openLink'; href: string }
  /** An update named a part the page does not have: send the whole body again. */
  | { type: 'resync' };

/** What the webview keeps across reloads (vscode.setState), read back by the serializer. */
export interface PreviewState {
  uri: string;
  scrollY: number;
}

/** Far beyond any real packet; bounds what a message may make either side hold. */
const MAX_BODY = 50_000_000;
const MAX_URI = 8192;
const MAX_HREF = 2048;
const MAX_OFFSET = 1_000_000_000;
const MAX_PARTS = 1000;
const MAX_KEY = 200;

type Fields = Record<string, unknown>;

function record(x: unknown): Fields | undefined {
  return typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Fields) : undefined;
}

/** Exactly these keys, no more: an unexpected field means the sender is not ours. */
function hasExactKeys(o: Fields, keys: readonly string[]): boolean {
  const own = Object.keys(o);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(o, k));
}

function isOffset(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= MAX_OFFSET;
}

function isBoundedString(x: unknown, max: number): x is string {
  return typeof x === 'string' && x.length <= max;
}

export function parseHostMessage(x: unknown): HostMessage | undefined {
  const o = record(x);
  if (!o) return undefined;
  switch (o.type) {
    case 'render':
      return hasExactKeys(o, ['type', 'uri', 'version', 'body']) && isBoundedString(o.uri, MAX_URI) && isOffset(o.version) && isBoundedString(o.body, MAX_BODY)
        ? { type: 'render', uri: o.uri, version: o.version, body: o.body }
        : undefined;
    case 'update': {
      if (!hasExactKeys(o, ['type', 'uri', 'version', 'parts']) || !isBoundedString(o.uri, MAX_URI) || !isOffset(o.version)) return undefined;
      const parts = parsePartUpdates(o.parts);
      return parts ? { type: 'update', uri: o.uri, version: o.version, parts } : undefined;
    }
    case 'highlight':
      return hasExactKeys(o, ['type', 'offset']) && isOffset(o.offset) ? { type: 'highlight', offset: o.offset } : undefined;
    default:
      return undefined;
  }
}

function parsePartUpdates(x: unknown): PartUpdate[] | undefined {
  if (!Array.isArray(x) || x.length > MAX_PARTS) return undefined;
  const out: PartUpdate[] = [];
  let total = 0;
  for (const item of x) {
    const p = record(item);
    if (!p || !isBoundedString(p.key, MAX_KEY) || p.key === '' || !isOffset(p.base)) return undefined;
    if ('html' in p) {
      if (!hasExactKeys(p, ['key', 'base', 'html']) || !isBoundedString(p.html, MAX_BODY)) return undefined;
      total += p.html.length;
      out.push({ key: p.key, base: p.base, html: p.html });
    } else {
      if (!hasExactKeys(p, ['key', 'base'])) return undefined;
      out.push({ key: p.key, base: p.base });
    }
  }
  return total <= MAX_BODY ? out : undefined;
}

export function parseWebviewMessage(x: unknown): WebviewMessage | undefined {
  const o = record(x);
  if (!o) return undefined;
  switch (o.type) {
    case 'ready':
      return hasExactKeys(o, ['type', 'shell']) && isOffset(o.shell) ? { type: 'ready', shell: o.shell } : undefined;
    case 'resync':
      return hasExactKeys(o, ['type']) ? { type: 'resync' } : undefined;
    case 'reveal':
      return hasExactKeys(o, ['type', 'start', 'end']) && isOffset(o.start) && isOffset(o.end) && o.start <= o.end ? { type: 'reveal', start: o.start, end: o.end } : undefined;
    case 'openLink':
      return hasExactKeys(o, ['type', 'href']) && isBoundedString(o.href, MAX_HREF) ? { type: 'openLink', href: o.href } : undefined;
    default:
      return undefined;
  }
}

export function parsePreviewState(x: unknown): PreviewState | undefined {
  const o = record(x);
  if (!o || !isBoundedString(o.uri, MAX_URI) || o.uri === '') return undefined;
  const scrollY = typeof o.scrollY === 'number' && Number.isFinite(o.scrollY) && o.scrollY >= 0 ? o.scrollY : 0;
  return { uri: o.uri, scrollY };
}
