// Splits an instruction into clauses and alternatives, so "flip the flag; if
// that fails, tell the vendor" is judged as two paths rather than one blur.

import { stems } from './fuzzy';
import { CONTACT_VERBS, CONTROL_VERBS, DELEGATION_VERBS, HARD_PUNCT, PHRASAL_CONTROL, SPLIT_WORDS } from './operator-lexicon';
import type { Token } from './tokens';

export interface Clause {
  /** Word-like tokens of the clause (punctuation dropped). */
  tokens: Token[];
  /** Index of the first token after leading connectors ("and then", "if that fails"). */
  body: number;
}

const LEADING = new Set(['and', 'or', 'then', 'otherwise', 'else', 'but', 'also', 'please', 'so', 'just', 'first', 'finally']);

const STARTS_CLAUSE = new Set<string>([...CONTACT_VERBS, ...CONTROL_VERBS, ...DELEGATION_VERBS, ...Object.keys(PHRASAL_CONTROL), 'they', 'he', 'she', 'we', 'you', 'i', 'ask', 'let', 'loop', 'get', 'have']);

export function splitClauses(tokens: readonly Token[]): Clause[] {
  const out: Clause[] = [];
  let cur: Token[] = [];
  const flush = () => {
    if (cur.length > 0) out.push({ tokens: cur, body: bodyStart(cur) });
    cur = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct') {
      if ((HARD_PUNCT as readonly string[]).includes(t.raw)) flush();
      continue;
    }
    if (t.kind === 'word' && cur.length > 0) {
      const splits = (SPLIT_WORDS as readonly string[]).includes(t.low) && !(t.low === 'so' && tokens[i + 1]?.low === 'that');
      const andThen = t.low === 'and' && startsClause(tokens[i + 1]);
      if (splits || andThen) flush();
    }
    cur.push(t);
  }
  flush();
  return out;
}

function startsClause(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && stems(t.low).some((s) => STARTS_CLAUSE.has(s));
}

function bodyStart(tokens: readonly Token[]): number {
  let i = 0;
  while (i < tokens.length - 1 && LEADING.has(tokens[i].low)) i++;
  return i;
}
