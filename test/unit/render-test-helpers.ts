// Reading the renderer's output back the way a person would: the visible text
// of the HTML, the rendered text of the Markdown, and the tags the HTML holds.
// These work on the renderer's own output, whose attribute values are always
// quoted and escaped, so a small scanner is enough.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#96': '`' };

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** What a reader sees in the page body: tags dropped, entities decoded, whitespace collapsed. */
export function htmlText(html: string): string {
  const body = html.replace(/^[\s\S]*?<body[^>]*>/, '').replace(/<title>[\s\S]*?<\/title>/g, ' ');
  // Inline tags join text (a link inside a sentence); block tags separate it.
  const text = body.replace(/<\/?(?:a|span)\b[^>]*>/g, '').replace(/<[^>]*>/g, ' ');
  return collapse(text.replace(/&(amp|lt|gt|quot|#39|#96);/g, (_m, e: string) => ENTITIES[e]));
}

/** What a reader sees in rendered Markdown: link syntax dropped to its text, escapes removed. */
export function markdownText(md: string): string {
  const noLinks = md.replace(/\[((?:\\.|[^\]\\])*)\]\([^)\s]*\)/g, '$1');
  // Markup the writer added is unescaped (emphasis, cell pipes, list and
  // heading markers); the packet's own characters are all backslash-escaped.
  const noMarkup = noLinks.replace(/(?<!\\)[*_|]/g, ' ').replace(/^\s*(?:[-#>]+\s)+/gm, ' ');
  return collapse(noMarkup.replace(/\\([!-/:-@[-`{-~])/g, '$1'));
}

export interface Tag {
  name: string;
  attrs: [string, string][];
}

/** Every start tag in the output with its attributes. */
export function tagsOf(html: string): Tag[] {
  const out: Tag[] = [];
  for (const m of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    const attrs: [string, string][] = [];
    for (const a of m[2].matchAll(/\s+([^\s=>/]+)(?:="([^"]*)")?/g)) attrs.push([a[1], a[2] ?? '']);
    out.push({ name: m[1].toLowerCase(), attrs });
  }
  return out;
}

/** Positions of `<` that Markdown would read as the start of raw HTML (not backslash-escaped). */
export function unescapedAngles(md: string): number[] {
  const hits: number[] = [];
  for (let i = 0; i < md.length; i++) {
    if (md[i] !== '<') continue;
    let slashes = 0;
    for (let j = i - 1; j >= 0 && md[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) hits.push(i);
  }
  return hits;
}

/** Table cells in a Markdown table row: pipes that are not backslash-escaped. */
export function cellCount(row: string): number {
  let count = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] !== '|') continue;
    let slashes = 0;
    for (let j = i - 1; j >= 0 && row[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) count++;
  }
  return count - 1;
}

/** Every scalar leaf of a value with its path, for "every fact is shown" checks. */
export function leaves(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: string | number | boolean }[] {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [];
}
