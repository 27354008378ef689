// Who a clause talks about: someone outside the buying company (the builder,
// a vendor, an agency, a named outside firm), someone inside it (a role, a
// team, a channel, a person the packet lists as an owner), or a name we cannot
// place. Indices are positions in the clause's token list.

import { sameWord, stems } from './fuzzy';
import {
  BUILDERISH_NOUNS,
  BUILT_LEADS,
  BUILT_VERBS,
  DEPARTMENTS,
  DETERMINERS,
  INHOUSE_QUALIFIERS,
  INSIDER_WORDS,
  ORG_SUFFIXES,
  OUTSIDER_NOUNS,
  OUTSIDER_NOUNS_EXACT,
  OUTSIDER_PAIRS,
  PREPOSITIONS,
  PRONOUNS,
  SUPPORT_NOUNS,
  TOOL_NOUNS,
} from './operator-lexicon';
import { fold } from './operator-lexicon-intl';
import { isKnownWord } from './operator-words';
import type { Token } from './tokens';

/** `place` is one of the packet's systems or logins: never reported as a party, but it takes its words. */
type HintKind = 'insider' | 'outsider' | 'place';
export type PartyKind = 'outsider' | 'insider' | 'unknown' | 'pronoun';

export interface Party {
  from: number;
  /** Index just past the party's last token. */
  to: number;
  kind: PartyKind;
  /** Names a tool rather than acting: "the vendor's admin console", "developer hub". */
  modifier: boolean;
  /** A system or login of the packet: findParties skips its words and reports no party. */
  place?: true;
}

/** Names the packet itself supplies: its owners (inside) and its support contacts (outside). */
export interface NameHints {
  /** Lower-case words or phrases naming the buyer's own people, teams and channels. */
  insiders: readonly string[];
  /** Lower-case words or phrases naming the builder's support (emails, domains, firm names). */
  outsiders: readonly string[];
  /**
   * Lower-case words naming the packet's systems. "En Twilio Studio, abra …"
   * reads like a firm by its suffix, but the packet says it is where the
   * operator works.
   */
  places?: readonly string[];
}

export const NO_HINTS: NameHints = { insiders: [], outsiders: [] };

const has = (list: readonly string[], w: string) => stems(w).some((s) => list.includes(s));
const isTool = (t: Token | undefined) => !!t && has(TOOL_NOUNS, t.low);
const PERSON_NOUNS = ['engineer', 'developer', 'dev', 'on-call', 'oncall', 'staff', 'people', 'person', 'contact', 'manager', 'lead', 'rep', 'representative', 'consultant', 'cto', 'ceo', 'founder', 'pm', 'owner', 'admin', 'operator', 'folks', 'guy'];
const RIGHTS_NOUNS = ['rights', 'right', 'access', 'permission', 'role', 'privilege', 'credential', 'login', 'password', 'group', 'user'];
const EMAIL_SUPPORT_LOCALS = ['support', 'help', 'helpdesk', 'hello', 'info', 'success', 'service', 'servicedesk', 'care', 'contact', 'soporte', 'ayuda', 'hola', 'hilfe', 'kontakt', 'aide', 'assistance'];
// Spanish, German and French too: "#soporte-agencia", "#agentur-triage", "#prestataire".
const OUTSIDER_HINT = /vendor|agency|builder|contractor|consult|freelanc|integrator|studio|labs|automation|partners|external|^ext-|-ext$|shared|connect|agencia|proveedor|agentur|dienstleister|anbieter|agence|prestataire|fournisseur|extern/;

export function findParties(toks: readonly Token[], hints: NameHints = NO_HINTS): Party[] {
  const out: Party[] = [];
  let i = 0;
  while (i < toks.length) {
    const p = partyAt(toks, i, hints);
    if (p && p.place) i = p.to;
    else if (p) {
      out.push(p);
      i = Math.max(p.to, i + 1);
    } else i++;
  }
  // "Sam from the agency", "Dave at Acme Labs": a person belongs to the firm
  // named right after, even when the packet has an owner of the same name.
  for (let k = 0; k + 1 < out.length; k++) {
    const p = out[k];
    const next = out[k + 1];
    const link = toks[p.to]?.low;
    const gap = next.from - p.to;
    if (next.kind === 'outsider' && (link === 'from' || link === 'at') && (gap === 1 || (gap === 2 && has(DETERMINERS, toks[p.to + 1].low)))) {
      out[k] = { ...p, kind: 'outsider' };
    }
  }
  return out;
}

function partyAt(toks: readonly Token[], i: number, hints: NameHints): Party | undefined {
  const t = toks[i];
  const hinted = hintAt(toks, i, hints);
  if (hinted) return hinted;
  if (t.kind === 'email') return party(i, i + 1, emailKind(t.low), false);
  if (t.kind === 'channel') return party(i, i + 1, OUTSIDER_HINT.test(t.low) ? 'outsider' : 'insider', false);
  if (t.kind === 'handle') return party(i, i + 1, 'unknown', false);
  if (t.kind !== 'word') return undefined;

  const next = toks[i + 1];
  for (const [a, b] of OUTSIDER_PAIRS) {
    if (next && stems(t.low).includes(a) && stems(next.low).includes(b)) return withTail(toks, i, i + 2, 'outsider');
  }
  if (BUILT_LEADS.includes(t.low as (typeof BUILT_LEADS)[number]) && builtAt(toks, i + 1)) {
    return party(i, builtEnd(toks, i + 1), 'outsider', false);
  }
  if (t.raw === 'IT' || (t.cap && has(DEPARTMENTS, t.low) && next && has(SUPPORT_NOUNS, next.low))) {
    return party(i, next && has(SUPPORT_NOUNS, next.low) ? i + 2 : i + 1, 'insider', false);
  }
  if (t.cap && !isKnownWord(t.low)) {
    // "Appelez Atelier Flux": a capitalised verb starting the sentence must not swallow a name the packet gives.
    const named = nameAt(toks, i);
    const hintFrom = named ? toks.findIndex((_, j) => j > i && j < named.to && hintAt(toks, j, hints) !== undefined) : -1;
    return named && hintFrom > 0 ? party(i, hintFrom, 'unknown', false) : named;
  }
  if (OUTSIDER_NOUNS.some((n) => sameWord(t.low, n)) || has(OUTSIDER_NOUNS_EXACT, t.low)) {
    return withTail(toks, i, i + 1, 'outsider');
  }
  if (has(BUILDERISH_NOUNS, t.low)) {
    // "developer hub", "dev console": a tool, not a person.
    if (isTool(next)) return undefined;
    const before = toks.slice(Math.max(0, i - 3), i).map((x) => x.low);
    const inhouse = before.some((w) => (INHOUSE_QUALIFIERS as readonly string[]).includes(w));
    return withTail(toks, i, i + 1, inhouse ? 'insider' : 'outsider');
  }
  if ((PRONOUNS as readonly string[]).includes(t.low)) {
    if (t.low === 'who' && builtAt(toks, i + 1)) return party(i, builtEnd(toks, i + 1), 'outsider', false);
    return party(i, i + 1, 'pronoun', false);
  }
  if (has(INSIDER_WORDS, t.low) && !(t.low === 'us' && t.raw === 'US')) {
    // "admin rights", "ops dashboard": describes a thing, names nobody.
    if (isTool(next) || (next && has(RIGHTS_NOUNS, next.low))) return undefined;
    return party(i, i + 1, 'insider', false);
  }
  if (t.low === 'team' && toks[i - 1]?.low === 'our') return party(i - 1, i + 1, 'insider', false);
  return undefined;
}

function party(from: number, to: number, kind: PartyKind, modifier: boolean): Party {
  return { from, to, kind, modifier };
}

/** An outsider noun phrase, extended over "support"/"team" and marked when it only modifies a tool. */
function withTail(toks: readonly Token[], from: number, to: number, kind: PartyKind): Party {
  let end = to;
  while (end < toks.length && has(SUPPORT_NOUNS, toks[end].low) && !toks[end - 1].possessive) end++;
  if (end < toks.length && BUILT_LEADS.includes(toks[end].low as (typeof BUILT_LEADS)[number]) && builtAt(toks, end + 1)) end = builtEnd(toks, end + 1);
  const last = toks[end - 1];
  // "the vendor's engineer", "the agency's on-call": still the outsider.
  if (last.possessive && toks[end] && (has(PERSON_NOUNS, toks[end].low) || has(SUPPORT_NOUNS, toks[end].low))) return party(from, end + 1, kind, false);
  const modifier = end === to && (isTool(toks[end]) || (last.possessive && (isTool(toks[end]) || isTool(toks[end + 1]))));
  return party(from, end, kind, modifier);
}

/** "built it", "set it up", "originally wrote this". */
function builtAt(toks: readonly Token[], i: number): boolean {
  const w = toks[i]?.low === 'originally' ? toks[i + 1]?.low : toks[i]?.low;
  return !!w && (BUILT_VERBS as readonly string[]).includes(w);
}

function builtEnd(toks: readonly Token[], i: number): number {
  let end = i + 1;
  if (toks[i]?.low === 'originally') end++;
  while (end < toks.length && ['it', 'this', 'up', 'the', 'workflow', 'agent', 'integration', 'bot', 'thing'].includes(toks[end].low) && end < i + 5) end++;
  return end;
}

/**
 * A capitalised name: a firm when it ends like one ("Acme Automation") or is
 * followed by its help desk ("HubSpot support", "HubSpot's partner team"); a
 * person's employer when it follows "from"/"at" after a name ("Sam from Acme");
 * otherwise a name we cannot place.
 */
function nameAt(toks: readonly Token[], i: number): Party | undefined {
  let end = i + 1;
  while (end < toks.length && toks[end].cap && !toks[end - 1].possessive && (!isKnownWord(toks[end].low) || has(ORG_SUFFIXES, toks[end].low))) end++;
  const run = toks.slice(i, end);
  const prev = toks[i - 1];
  const before = toks[i - 2];
  if (run.every((t) => has(DEPARTMENTS, t.low))) return party(i, end, 'insider', false);
  if (run.length >= 2 && has(ORG_SUFFIXES, run[run.length - 1].low)) return withTail(toks, i, end, 'outsider');
  const after = toks.slice(end, end + 2);
  if (after.some((t) => has(SUPPORT_NOUNS, t.low) && !has(['engineer', 'developers', 'engineers'], t.low))) {
    const tail = end + after.findIndex((t) => has(SUPPORT_NOUNS, t.low)) + 1;
    return party(i, tail, 'outsider', false);
  }
  if (prev && ['from', 'at', 'of'].includes(prev.low) && before && (before.cap || has(['guy', 'person', 'contact', 'rep', 'folks', 'people', 'someone'], before.low))) {
    return party(i, end, 'outsider', false);
  }
  // "the Acme client portal": the buyer is a client there, so Acme is outside.
  if (toks[end] && has(['client', 'customer', 'partner', 'support'], toks[end].low) && has(['portal', 'desk', 'center', 'centre', 'hub'], toks[end + 1]?.low ?? '')) {
    return party(i, end + 2, 'outsider', false);
  }
  if (prev && (has(PREPOSITIONS, prev.low) || has(DETERMINERS, prev.low))) return undefined;
  if (isTool(toks[end])) return undefined;
  return party(i, end, 'unknown', false);
}

function emailKind(address: string): PartyKind {
  const [local, domain = ''] = address.split('@');
  if (EMAIL_SUPPORT_LOCALS.includes(local) || OUTSIDER_HINT.test(domain)) return 'outsider';
  return 'unknown';
}

/** Hint phrases split into words once, and indexed by first word for word tokens. */
interface PreparedHints {
  lists: { kind: HintKind; all: string[][]; byFirst: Map<string, string[][]> }[];
}

const prepared = new WeakMap<NameHints, PreparedHints>();

function prepare(hints: NameHints): PreparedHints {
  let p = prepared.get(hints);
  if (p) return p;
  p = {
    lists: (
      [
        [hints.places ?? [], 'place'],
        [hints.insiders, 'insider'],
        [hints.outsiders, 'outsider'],
      ] as const
    ).map(([list, kind]) => {
      // Folded, so the owner id "recepcion" meets "Recepción" in the prose.
      const all = list.map((phrase) => fold(phrase).split(/\s+/).filter(Boolean)).filter((w) => w.length > 0);
      const byFirst = new Map<string, string[][]>();
      for (const words of all) {
        const bucket = byFirst.get(words[0]);
        if (bucket) bucket.push(words);
        else byFirst.set(words[0], [words]);
      }
      return { kind, all, byFirst };
    }),
  };
  prepared.set(hints, p);
  return p;
}

/**
 * A phrase the packet names (owner role, person, id, channel; support contact)
 * starting at i. Called for every token of every operator text, so phrases
 * are split once per hints object and a word token only meets the phrases
 * that start with it (a word can match a phrase only through its first word).
 */
function hintAt(toks: readonly Token[], i: number, hints: NameHints): Party | undefined {
  const isWord = toks[i].kind === 'word';
  const low = (k: number) => (/[^\x00-\x7f]/.test(toks[k].low) ? fold(toks[k].low) : toks[k].low);
  for (const { kind, all, byFirst } of prepare(hints).lists) {
    const candidates = isWord ? (byFirst.get(low(i)) ?? []) : all;
    for (const words of candidates) {
      if (i + words.length > toks.length) continue;
      // A channel or address carrying the name ("#acme-support" for "Acme Automation") counts too.
      const carried = !isWord && toks[i].kind !== 'punct' && words[0].length >= 4 && toks[i].low.includes(words[0]);
      if (kind === 'place') {
        // Only the word itself: "#acme-support" for a system named Acme is still a channel.
        if (isWord && words.every((w, k) => low(i + k) === w)) return { ...party(i, i + words.length, 'unknown', true), place: true };
        continue;
      }
      if (carried) return kind === 'outsider' ? party(i, i + 1, 'outsider', false) : party(i, i + 1, kind, false);
      if (words.every((w, k) => low(i + k) === w || (toks[i + k].kind !== 'word' && low(i + k).includes(w)))) {
        return kind === 'outsider' ? withTail(toks, i, i + words.length, 'outsider') : party(i, i + words.length, kind, false);
      }
    }
  }
  return undefined;
}
