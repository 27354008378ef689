/** Edit distance, bounded: stops counting once past `max` so long strings stay cheap. */
export function editDistance(a: string, b: string, max = 8): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Candidates close enough to `word` to be what the author meant, nearest
 * first. "Close" scales with length so short words need near-exact matches.
 */
export function nearest(word: string, candidates: readonly string[], limit = 3): string[] {
  const max = Math.max(2, Math.floor(word.length / 3));
  const w = word.toLowerCase();
  return candidates
    .map((c) => ({ c, d: editDistance(w, c.toLowerCase(), max), p: c.startsWith(word) || word.startsWith(c) || abbreviates(w, c.toLowerCase()) }))
    .filter((x) => x.d <= max || x.p)
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, limit)
    .map((x) => x.c);
}

/** "partner-mgr" abbreviates "partner-manager": same start, letters in order, not too short. */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 3 || short[0] !== long[0] || short.length * 2 < long.length) return false;
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length;
}
