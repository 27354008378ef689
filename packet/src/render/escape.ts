// Packet text is untrusted: it may come from a stranger's repository. Every
// string the renderers emit passes through one of these functions, so the
// escaping rules live in one place and one test suite can hold them to account.

/**
 * Characters that reorder or hide text (bidi overrides and isolates, zero-width
 * marks) and C0/C1 controls other than tab and newline. Rendered as-is they can
 * make a reviewer read something other than what the file says, so they are
 * replaced by a visible marker naming the code point.
 */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

/** Half of a surrogate pair on its own: not a character, and not valid UTF-8 once written out. */
const LONE_SURROGATE = /\p{Cs}/gu;

const marker = (c: string) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`;

export function revealInvisible(text: string): string {
  return text.replace(INVISIBLE, marker).replace(LONE_SURROGATE, marker);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Text content and attribute values alike: after this nothing can open a tag or leave a quoted attribute. */
export function escapeHtml(text: string): string {
  return revealInvisible(text).replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]);
}

/** A number for a data-* or SVG attribute; anything else becomes 0 so no text reaches an attribute unescaped. */
export function attrNumber(n: number): string {
  return Number.isFinite(n) ? String(Math.round(n * 100) / 100) : '0';
}

/**
 * Markdown inline text. Every ASCII punctuation character that Markdown or
 * GitHub tables give a meaning to is backslash-escaped, `<` and `>` included,
 * so no text can become raw HTML, a link, emphasis or a table cell boundary.
 * Newlines collapse to spaces: the caller decides where lines break.
 */
export function escapeMarkdown(text: string): string {
  const flat = revealInvisible(text).replace(/\s*[\r\n]+\s*/g, ' ');
  let out = flat.replace(/[\\`*_{}[\]()<>#|~&!"$]/g, (c) => `\\${c}`);
  // At the start of a line a few more characters open blocks (lists, headings,
  // quotes, thematic breaks); the caller may put this text at a line start.
  out = out.replace(/^(\s*)([-+=:])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
  return out;
}

/**
 * A destination for a Markdown link. Only URLs that passed the link policy
 * reach here; percent-encoding the characters that end a destination or start
 * markup keeps a crafted URL from breaking out of `( )`.
 */
export function escapeMarkdownUrl(url: string): string {
  return url.replace(/[\s()<>[\]\\`"'|*_]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Anchors and CSS class suffixes derived from packet text: a closed alphabet. */
export function safeToken(text: string): string {
  const t = text.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return t.slice(0, 60) || 'x';
}
