// Which parts of packet prose become links. Only web and mail addresses do;
// `javascript:`, `data:`, `command:`, `file:` and every other scheme stay
// plain text, so a packet cannot plant a link that runs or opens anything local.

export type Run = { text: string; href?: undefined } | { text: string; href: string };

/** The only schemes a rendered packet may link to. The preview's host checks again on click. */
export const LINK_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:'];

/** A web or mail address at the start of a word; anchored, so matching stays linear. */
const URL_START = /^(?:https?:\/\/|mailto:)[^\s<>"'`\\]+/i;
const EMAIL_START = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

/** Longer than any real address; beyond it a "URL" is an attack on the layout. */
const MAX_URL = 2048;

/** True when `href` parses as a URL with an allowed scheme and a non-empty target. */
export function isSafeLink(href: string): boolean {
  if (href.length > MAX_URL) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (!LINK_SCHEMES.includes(url.protocol)) return false;
  if (url.protocol === 'mailto:') return url.pathname.length > 0;
  return url.hostname.length > 0 && url.username === '' && url.password === '';
}

/**
 * Splits prose into plain runs and link runs. Works word by word (a link
 * never contains whitespace) so a megabyte of text costs a linear scan.
 */
export function linkify(text: string): Run[] {
  const runs: Run[] = [];
  let plain = '';
  for (const word of text.split(/(\s+)/)) {
    const link = word.length <= MAX_URL && (word.includes(':') || word.includes('@')) ? findLink(word) : undefined;
    if (!link) {
      plain += word;
      continue;
    }
    plain += word.slice(0, link.start);
    if (plain) runs.push({ text: plain });
    runs.push({ text: link.text, href: link.href });
    plain = word.slice(link.start + link.text.length);
  }
  if (plain || runs.length === 0) runs.push({ text: plain });
  return runs;
}

function findLink(word: string): { start: number; text: string; href: string } | undefined {
  // Skip opening punctuation: "(https://…" or "<x@y.org>".
  const start = word.search(/[A-Za-z0-9]/);
  if (start < 0) return undefined;
  const rest = word.slice(start);
  const url = URL_START.exec(rest)?.[0];
  const mail = url ? undefined : EMAIL_START.exec(rest)?.[0];
  // Trailing punctuation usually ends the sentence, not the address.
  const raw = (url ?? mail ?? '').replace(/[.,;:!?)\]}]+$/, '');
  if (!raw) return undefined;
  const href = url ? raw : `mailto:${raw}`;
  return isSafeLink(href) ? { start, text: raw, href } : undefined;
}
