// Judges an operator instruction ("how to pause", "how to roll back"): does it
// give the buyer's own people a path (a switch, a flag, a command, a named
// internal role), or does every path run through the builder or a vendor?
//
// The text is split into clauses; each clause is judged on its own. A clause
// sends the operator outside when it contacts an outside party ("ping the
// vendor"), hands the work to one ("have the agency revert it"), or makes one
// the actor ("the vendor pauses it"). Anything the outside party is asked to
// do ("ask the vendor to flip the flag") belongs to that request. A clause
// gives an internal path when an operator works a control themselves or an
// internal role is asked. The text depends on outsiders only when some clause
// sends the operator outside and no clause gives an internal path: a vendor
// named as a fallback next to a real switch is fine.

import { splitClauses, type Clause } from './clauses';
import { sameWord, stems } from './fuzzy';
import {
  AFTER_NEGATORS,
  COMMANDS,
  CONTACT_FRAMES,
  CONTACT_NEEDS_PREP,
  CONTACT_VERBS,
  CONTACT_VERBS_FUZZY,
  CONTROL_VERBS,
  DELEGATION_PREPS,
  DELEGATION_VERBS,
  DETERMINERS,
  NEGATOR_PAIRS,
  NEGATORS,
  PHRASAL_CONTROL,
  PREPOSITIONS,
  SOFT_WORDS,
  STATE_WORDS,
  THING_SUBJECTS,
  TOOL_NOUNS,
  TOOL_VERBS,
} from './operator-lexicon';
import { findParties, NO_HINTS, type NameHints, type Party } from './parties';
import { tokenize, type Token } from './tokens';

export interface OperatorPathJudgement {
  /** Some clause sends the operator to an outside party. */
  outsider: boolean;
  /** Some clause gives the operator a path of their own. */
  insider: boolean;
  /** Every path runs through an outside party. */
  dependsOnOutsider: boolean;
  /** The first words that send the operator outside, as offsets into the text. */
  evidence?: { start: number; end: number };
}

type Known = 'outsider' | 'insider';

interface ClauseState {
  /** Kind of the last person or firm named, for "they", "he", "who". */
  last?: Known;
  /** The previous clause asked an outsider to do something ("ask the vendor to pause,"). */
  request: boolean;
  /** The text says the other side acts ("on their side", "until they"): a name we cannot place is outside. */
  otherSide: boolean;
}

/** Words that put a named party on the other side of the handoff. */
const OTHER_SIDE = /\b(?:on|from|at)\s+their\s+(?:side|end)\b|\buntil\s+they\b|\bon\s+the\s+(?:vendor|agency|builder)'?s?\s+side\b/i;

/**
 * Instructions longer than this are judged on their start only: a real one is
 * a sentence or two, and the analysis must stay fast on anything pasted in.
 */
export const MAX_OPERATOR_TEXT = 2000;

export function judgeOperatorText(text: string, hints: NameHints = NO_HINTS): OperatorPathJudgement {
  const clauses = splitClauses(tokenize(text.length > MAX_OPERATOR_TEXT ? text.slice(0, MAX_OPERATOR_TEXT) : text));
  const state: ClauseState = { request: false, otherSide: OTHER_SIDE.test(text.slice(0, MAX_OPERATOR_TEXT)) };
  let outsider = false;
  let insider = false;
  let evidence: OperatorPathJudgement['evidence'];
  for (const c of clauses) {
    const r = judgeClause(c, hints, state);
    if (r.outsiderAt !== undefined) {
      outsider = true;
      evidence ??= { start: c.tokens[r.outsiderAt].start, end: c.tokens[c.tokens.length - 1].end };
    }
    if (r.insider) insider = true;
  }
  return { outsider, insider, dependsOnOutsider: outsider && !insider, evidence };
}

interface ClauseResult {
  /** Token index where the clause starts sending the operator outside. */
  outsiderAt?: number;
  insider: boolean;
}

function judgeClause(c: Clause, hints: NameHints, state: ClauseState): ClauseResult {
  const toks = c.tokens;
  const found = findParties(toks, hints);
  // "Write to Nimbus and wait until they stop it on their side": Nimbus is the other side.
  const placed = state.otherSide ? found.map((p) => (p.kind === 'unknown' && toks[p.from].kind === 'word' ? { ...p, kind: 'outsider' as const } : p)) : found;
  const parties = resolvePronouns(placed, state.last);
  const partyAt = (i: number) => parties.find((p) => p.from <= i && i < p.to);

  // Where the clause starts sending the operator outside.
  const signals: number[] = [];
  const insiderContacts: number[] = [];
  for (const contact of findContacts(toks, parties)) {
    if (negatedBefore(toks, contact.verb)) continue;
    const object = objectOf(toks, parties, contact.searchFrom);
    if (object === 'outsider') signals.push(contact.verb);
    else if (object === 'insider') insiderContacts.push(contact.verb);
  }
  for (let i = 0; i < toks.length; i++) {
    const delegated = delegationAt(toks, parties, i);
    if (delegated && !negatedBefore(toks, i)) signals.push(i);
  }
  for (const p of parties) {
    if (p.kind === 'outsider' && !p.modifier && !negatedParty(toks, p) && acts(toks, p)) signals.push(p.from);
  }
  const scope = signals.length > 0 ? Math.min(...signals) : Infinity;

  // A request that an outsider continues ("ask the vendor to pause, resume or roll back").
  const body = toks.slice(c.body);
  const continues =
    state.request &&
    signals.length === 0 &&
    body.length <= 4 &&
    !parties.some((p) => p.kind === 'insider') &&
    controlAt(toks, c.body, partyAt) &&
    !body.some((t, k) => k > 0 && (isCode(t) || isToolNoun(t)));
  if (continues) return { insider: false };

  const controls = findControls(toks, partyAt).filter((i) => i < scope);
  // "ask the ops lead to contact the vendor": the insider only relays.
  const relay = Number.isFinite(scope) && toks[scope - 1]?.low === 'to';
  const asksInsider = !relay && insiderContacts.some((i) => i < scope);
  const insider = controls.length > 0 || asksInsider;

  const named = parties.filter((p) => p.kind === 'outsider' || p.kind === 'insider');
  if (named.length > 0) state.last = named[named.length - 1].kind as Known;
  state.request = Number.isFinite(scope) && toks.slice(scope).some((t, k) => t.low === 'to' && k > 0 && isVerbLike(toks[scope + k + 1]));
  return { outsiderAt: Number.isFinite(scope) ? scope : undefined, insider };
}

/** "they", "him", "who" take the kind of the last named party. */
function resolvePronouns(parties: Party[], last: Known | undefined): Party[] {
  let cur = last;
  return parties.map((p) => {
    if (p.kind === 'pronoun') return { ...p, kind: cur ?? 'unknown' };
    if (p.kind === 'outsider' || p.kind === 'insider') cur = p.kind;
    return p;
  });
}

/** Words after an outsider that make it the one acting or responsible: "the vendor will", "vendor responsibility". */
const ACTOR_NEXT = [
  'will', 'can', 'could', 'should', 'must', 'may', 'might', 'has', 'have', 'had', 'is', 'are', 'was', 'does', 'do', 'did', 'needs',
  'only', 'alone', 'responsibility', 'responsible', 'side', 'to', 'owns', 'own', 'handles', 'fixes', 'manages', 'runs', 'knows',
  'decides', 'approves', 'resolves', 'investigates', 'controls', 'holds', 'keeps', 'maintains', 'operates', 'performs', 'sorts',
  'takes', 'looks', 'confirms', 'replies', 'responds', 'answers', 'pushes', 'ships', 'updates', 'changes', 'triggers', 'then',
  // A way to reach them: "(agency hotline)", "vendor inbox".
  'hotline', 'helpline', 'phone', 'number', 'line', 'email', 'address', 'inbox', 'channel', 'hours', 'contact',
];

/**
 * Whether an outsider named without a contact verb is the one acting: the
 * clause ends with it ("Rollbacks: vendor responsibility"), a verb or modal
 * follows ("the vendor pauses it", "the builder will"), or it is the agent
 * ("handled by the agency"). "Vendor outage is over" names no actor.
 */
function acts(toks: readonly Token[], p: Party): boolean {
  const next = toks[p.to];
  // "in WMS > Settings": the first step of a menu path is a place, not an actor.
  if (next && (next.raw === '>' || next.raw === '→' || next.raw === '›')) return false;
  if (!next || next.kind !== 'word') return true;
  if (has(ACTOR_NEXT, next.low) || isVerbLike(next)) return true;
  const prev = toks[p.from - 1];
  return !!prev && has(['by', 'via', 'through', 'with', 'to'], prev.low);
}

// ---- contacts and hand-offs ------------------------------------------------

interface Contact {
  verb: number;
  /** Where to look for whom is contacted. */
  searchFrom: number;
}

function findContacts(toks: readonly Token[], parties: readonly Party[]): Contact[] {
  const out: Contact[] = [];
  const partyAt = (i: number) => parties.find((p) => p.from <= i && i < p.to);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'word' || partyAt(i)) continue;
    const subject = subjectOf(toks, i, partyAt);
    if (subject !== 'imperative' && subject !== 'person' && subject !== 'to' && subject !== 'outsider') continue;
    const frame = CONTACT_FRAMES.find((f) => has(f.verbs, t.low) && toks.slice(i + 1, i + 6).some((n) => has(f.nouns, n.low)));
    if (frame) {
      out.push({ verb: i, searchFrom: i + 1 });
      continue;
    }
    const verb = CONTACT_VERBS.find((v) => stems(t.low).includes(v)) ?? CONTACT_VERBS_FUZZY.find((v) => sameWord(t.low, v));
    if (!verb) continue;
    const preps = Object.hasOwn(CONTACT_NEEDS_PREP, verb) ? CONTACT_NEEDS_PREP[verb] : undefined;
    // "check with", "report bugs to", "escalate it to": the preposition may trail a little.
    if (preps && !toks.slice(i + 1, i + 4).some((n) => preps.includes(n.low))) continue;
    if (subject === 'imperative' && !isBaseOrIng(t.low, verb)) continue;
    out.push({ verb: i, searchFrom: i + 1 });
  }
  return out;
}

/** Who a contact verb reaches: the first placed party before the request starts. */
function objectOf(toks: readonly Token[], parties: readonly Party[], from: number): Known | 'unknown' | undefined {
  let stop = toks.length;
  for (let k = from; k < toks.length; k++) {
    if (toks[k].low === 'to' && isVerbLike(toks[k + 1])) {
      stop = k;
      break;
    }
  }
  const inRange = parties.filter((p) => p.from >= from && p.from < stop);
  const placed = inRange.find((p) => p.kind === 'outsider' || p.kind === 'insider');
  if (placed) return placed.kind as Known;
  // "contact support", "email the help desk": whose desk is unsaid, and after
  // handoff it is the builder's.
  const near = toks.slice(from, Math.min(stop, from + 3));
  if (near.some((t) => ['support', 'helpdesk', 'help-desk'].includes(t.low)) && !near.some((t) => ['our', 'internal', 'it'].includes(t.low))) return 'outsider';
  return inRange.length > 0 ? 'unknown' : undefined;
}

/** "have the agency …", "wait for the vendor", "handled by the builder", "up to the vendor". */
function delegationAt(toks: readonly Token[], parties: readonly Party[], i: number): boolean {
  const t = toks[i];
  if (t.kind !== 'word') return false;
  const isVerb = has(DELEGATION_VERBS, t.low);
  const isPrep = has(DELEGATION_PREPS, t.low) || (t.low === 'up' && toks[i + 1]?.low === 'to');
  if (!isVerb && !isPrep) return false;
  const reach = isVerb ? 4 : 3;
  return parties.some((p) => p.kind === 'outsider' && !p.modifier && p.from > i && p.from <= i + reach);
}

// ---- operating a control ---------------------------------------------------

type Subject = 'imperative' | 'person' | 'outsider' | 'thing' | 'noun' | 'how' | 'to' | 'other';

/** What stands before a possible verb: nothing (an instruction), a person, a thing, or a determiner (so it is a noun). */
function subjectOf(toks: readonly Token[], i: number, partyAt: (i: number) => Party | undefined): Subject {
  const prev = toks[i - 1];
  if (!prev) return 'imperative';
  if (has(DETERMINERS, prev.low) || prev.possessive) return 'noun';
  if (has(PREPOSITIONS, prev.low) && !toks[i].low.endsWith('ing')) return 'noun';
  let j = i - 1;
  while (j >= 0 && has(SOFT_WORDS, toks[j].low) && !partyAt(j)) {
    if (toks[j].low === 'to' && toks[j - 1]?.low === 'how') return 'how';
    j--;
  }
  if (j < 0) return prev.low === 'to' ? 'to' : 'imperative';
  const w = toks[j];
  const p = partyAt(j);
  if (p) return p.kind === 'outsider' ? 'outsider' : 'person';
  if (has(THING_SUBJECTS, w.low)) return 'thing';
  if (w.low === 'how') return 'how';
  if (prev.low === 'to') return 'to';
  if (w.cap) return 'person';
  return 'other';
}

function findControls(toks: readonly Token[], partyAt: (i: number) => Party | undefined): number[] {
  const out: number[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (isCode(toks[i]) || controlAt(toks, i, partyAt)) out.push(i);
  }
  const tool = toks.findIndex((t) => has(STATE_TOOLS, t.low));
  if (tool >= 0 && toks.some((t) => has(STATE_WORDS, t.low))) out.push(tool);
  return out;
}

const COPULAS = ['is', 'are', 'was', 'were', 'will', 'can', 'must', 'should', 'has', 'have', 'needs', 'requires', 'happens', 'goes', 'gets', 'takes', 'means'];

const STATE_TOOLS = ['flag', 'feature-flag', 'toggle', 'switch', 'kill-switch', 'button', 'setting', 'settings', 'config', 'option', 'checkbox', 'variable', 'env'];

/** Whether token i is a person working a control: "turn … off", "redeploy", "sets auto_note", "use the script". */
function controlAt(toks: readonly Token[], i: number, partyAt: (i: number) => Party | undefined): boolean {
  const t = toks[i];
  if (!t || t.kind !== 'word' || partyAt(i)) return false;
  const lemma = controlLemma(toks, i);
  if (!lemma) return false;
  const subject = subjectOf(toks, i, partyAt);
  if (subject === 'noun' || subject === 'thing' || subject === 'how' || subject === 'outsider') return false;
  const form = formOf(t.low, lemma);
  if (!form) return false;
  // "the fix is deployed": a state, not someone working a control.
  if (has(COPULAS, toks[i - 1]?.low ?? '') || ['been', 'be', 'being', 'were'].includes(toks[i - 1]?.low ?? '')) return false;
  // "Rollback is handled by …", "Pause needs …": the word is the subject, not an order.
  const after = Object.hasOwn(PHRASAL_CONTROL, lemma) && PHRASAL_CONTROL[lemma].includes(toks[i + 1]?.low ?? '') ? toks[i + 2] : toks[i + 1];
  if (has(COPULAS, after?.low ?? '')) return false;
  // "Rollbacks: …" is a heading, not an instruction: imperatives are bare.
  if ((subject === 'imperative' || subject === 'to') && (form === 's' || form === 'ed')) return false;
  if (subject === 'other' && form === 's') return false;
  return true;
}

function controlLemma(toks: readonly Token[], i: number): string | undefined {
  const low = toks[i].low;
  const forms = stems(low);
  const direct = CONTROL_VERBS.find((v) => forms.includes(v));
  if (direct === 'set') {
    const rest = toks.slice(i + 1, i + 6);
    return rest.some((t) => t.low === 'to' || has(STATE_WORDS, t.low) || isCode(t) || isToolNoun(t)) ? 'set' : undefined;
  }
  if (direct) return direct;
  for (const [verb, particles] of Object.entries(PHRASAL_CONTROL)) {
    if (forms.includes(verb) && toks.slice(i + 1, i + 5).some((t) => particles.includes(t.low))) return verb;
  }
  const tool = TOOL_VERBS.find((v) => forms.includes(v));
  if (tool && toks.slice(i + 1).some(isToolNoun) && !toks.some((t) => ['ticket', 'case', 'request'].includes(t.low))) return tool;
  return undefined;
}

function formOf(low: string, lemma: string): 'base' | 's' | 'ing' | 'ed' | undefined {
  if (low === lemma) return 'base';
  if (stems(low).includes(lemma)) {
    if (low.endsWith('ing')) return 'ing';
    if (low.endsWith('ed')) return 'ed';
    return 's';
  }
  return undefined;
}

/** A typo ("contcat") has no form; it still reads as an instruction. */
function isBaseOrIng(low: string, lemma: string): boolean {
  const f = formOf(low, lemma);
  return f === 'base' || f === 'ing' || f === undefined;
}

function isCode(t: Token): boolean {
  if (t.kind === 'code') return true;
  if (t.kind !== 'word') return false;
  return (t.low.includes('_') && t.low.length >= 4) || t.low.includes('=') || has(COMMANDS, t.low);
}

function isToolNoun(t: Token): boolean {
  return t.kind === 'word' && has(TOOL_NOUNS, t.low);
}

function isVerbLike(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (has(DETERMINERS, t.low)) return false;
  return (
    stems(t.low).some((s) => (CONTROL_VERBS as readonly string[]).includes(s) || (CONTACT_VERBS as readonly string[]).includes(s) || Object.hasOwn(PHRASAL_CONTROL, s) || (TOOL_VERBS as readonly string[]).includes(s)) ||
    ['do', 'be', 'get', 'have', 'handle', 'fix', 'take', 'push', 'make', 'look', 'check', 'investigate', 'sort'].includes(t.low)
  );
}

// ---- negation ----------------------------------------------------------------

function negatedBefore(toks: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    if (has(NEGATORS, toks[k].low)) return true;
    if (NEGATOR_PAIRS.some(([a, b]) => toks[k].low === a && toks[k + 1]?.low === b)) return true;
  }
  return false;
}

function negatedParty(toks: readonly Token[], p: Party): boolean {
  if (negatedBefore(toks, p.from)) return true;
  return toks.slice(p.to, p.to + 2).some((t) => has(AFTER_NEGATORS, t.low));
}

function has(list: readonly string[], w: string): boolean {
  return stems(w).some((s) => list.includes(s));
}
