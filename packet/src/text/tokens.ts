// Words of a short prose field, as the phrase analysers see them. Offsets are
// kept so a caller can quote the words it judged, in the author's own casing.

export type TokenKind = 'word' | 'code' | 'email' | 'channel' | 'handle' | 'url' | 'punct';

export interface Token {
  /** As written. */
  raw: string;
  /** Lower case, curly apostrophes straightened, possessive `'s` dropped. */
  low: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** Starts with a capital letter (and is not all one letter). */
  cap: boolean;
  /** Written as a possessive (`vendor's`, `agencies'`). */
  possessive: boolean;
}

// One alternative per token kind, most specific first. Inner dots, hyphens,
// slashes and underscores stay inside a token so `acme.io`, `auto_note`,
// `./scripts/rollback.sh` and `draft-only` are one token each.
const TOKEN =
  /`[^`]*`?|https?:\/\/\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}|#[\p{L}\p{N}_-]+|@[\p{L}\p{N}_.-]*[\p{L}\p{N}]|\.{0,2}\/[\p{L}\p{N}_./-]+|[\p{L}\p{N}](?:[\p{L}\p{N}_'’=]|[.\-/](?=[\p{L}\p{N}]))*|>+|[.,;:!?()[\]{}"“”→—–&+=-]|\S/gu;

/** Shorthand operators write in a hurry, read as the full words. */
const SHORTHAND: Record<string, string[]> = {
  'w/o': ['without'],
  'b/c': ['because'],
  pls: ['please'],
  plz: ['please'],
  msg: ['message'],
  "don't": ['do', 'not'],
  dont: ['do', 'not'],
  "doesn't": ['does', 'not'],
  "can't": ['can', 'not'],
  cannot: ['can', 'not'],
  "won't": ['will', 'not'],
  "shouldn't": ['should', 'not'],
  "isn't": ['is', 'not'],
  "aren't": ['are', 'not'],
  "they'll": ['they', 'will'],
  "he'll": ['he', 'will'],
  "she'll": ['she', 'will'],
  "we'll": ['we', 'will'],
  "you'll": ['you', 'will'],
};

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const tok = makeToken(raw, start);
    const prev = out[out.length - 1];
    // "w/ the vendor": the slash is its own token; fold it into "with".
    if (tok.raw === '/' && prev?.low === 'w' && prev.end === start) {
      out[out.length - 1] = { ...prev, raw: 'w/', low: 'with', end: tok.end };
      continue;
    }
    // Own keys only: a word such as "constructor" must not reach Object.prototype.
    const full = tok.kind === 'word' && Object.hasOwn(SHORTHAND, tok.low) ? SHORTHAND[tok.low] : undefined;
    if (full) for (const low of full) out.push({ ...tok, low });
    else out.push(tok);
  }
  return out;
}

function makeToken(raw: string, start: number): Token {
  const kind = kindOf(raw);
  let low = raw.toLowerCase().replace(/’/g, "'");
  let possessive = false;
  if (kind === 'word') {
    if (/'s$/.test(low)) {
      low = low.slice(0, -2);
      possessive = true;
    } else if (/s'$/.test(low)) {
      low = low.slice(0, -1);
      possessive = true;
    }
    low = low.replace(/'+$/, '');
  }
  const cap = kind === 'word' && /^\p{Lu}/u.test(raw) && raw.length > 1;
  return { raw, low, kind, start, end: start + raw.length, cap, possessive };
}

function kindOf(raw: string): TokenKind {
  if (raw.startsWith('`')) return 'code';
  if (/^https?:\/\//.test(raw)) return 'url';
  if (/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(raw)) return 'email';
  if (raw.startsWith('#') && raw.length > 1) return 'channel';
  if (raw.startsWith('@') && raw.length > 1) return 'handle';
  if (/^\.{0,2}\//.test(raw) && raw.length > 1) return 'code';
  if (/^[\p{L}\p{N}]/u.test(raw)) return 'word';
  return 'punct';
}

/** Word count as a reader would count it: words and numbers, not punctuation. */
export function countWords(text: string): number {
  return tokenize(text).filter((t) => t.kind !== 'punct').length;
}
