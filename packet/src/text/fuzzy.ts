// Typo-tolerant word matching for the handful of nouns and verbs that carry a
// judgement ("vendro", "buidler", "contracter"). Short words must match exactly:
// one edit away from a four-letter word is usually another word.

/** Optimal string alignment distance: edits plus swaps of two neighbours. */
export function typoDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => [i, ...new Array<number>(n).fill(0)]);
  for (let j = 0; j <= n; j++) d[0][j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[m][n];
}

/** Simple English plural/verb endings, so "vendors", "contacts", "emailing" meet their stem. */
export function stems(word: string): readonly string[] {
  let out = stemCache.get(word);
  if (out) return out;
  out = computeStems(word);
  // Prose repeats its words and the phrase checks ask about each word many
  // times; a bounded memo turns most of those calls into one lookup.
  if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
  stemCache.set(word, out);
  return out;
}

const STEM_CACHE_SIZE = 20_000;
const stemCache = new Map<string, readonly string[]>();

function computeStems(word: string): readonly string[] {
  const out = [word];
  if (word.endsWith('ies') && word.length > 4) out.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('es') && word.length > 4) out.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) out.push(word.slice(0, -1));
  if (word.endsWith('ing') && word.length > 5) out.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  if (word.endsWith('ed') && word.length > 4) out.push(word.slice(0, -2), word.slice(0, -1));
  return out;
}

/**
 * Whether `word` is `target`, allowing inflection always and one typo for
 * words of six letters or more (two for eleven or more).
 */
export function sameWord(word: string, target: string, fuzzy = true): boolean {
  if (stems(word).includes(target)) return true;
  if (!fuzzy || target.length < 6) return false;
  // Only the word itself (or without a plural s) may be a typo: a derived stem
  // such as "builde" from "building" is not a misspelt "builder".
  const allowed = target.length >= 11 ? 2 : 1;
  for (const w of word.endsWith('s') ? [word, word.slice(0, -1)] : [word]) {
    if (Math.abs(w.length - target.length) > allowed) continue;
    if (w[0] === target[0] && typoDistance(w, target) <= allowed) return true;
  }
  return false;
}
