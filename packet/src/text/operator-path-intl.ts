// The operator-instruction judgement for Spanish, German and French prose:
// does an instruction give the buyer's own people a path, or does every path
// run through the builder? Simpler than the English analyser, on purpose:
// clauses are split at punctuation and connectors; a clause sends the operator
// outside when it contacts or waits for an outside party, or when that party
// acts ("de su lado", "bis sie", "jusqu'à ce qu'ils"); what the party is asked
// to do belongs to the request. A control the operator works before any such
// request is a path of their own.

import { ELISION, fold, foldGerman, INTL, startsWithAny, type IntlLanguage, type IntlLexicon } from './operator-lexicon-intl';
import type { OperatorPathJudgement } from './operator-path';
import { findParties, NO_HINTS, type NameHints } from './parties';
import { tokenize, type Token } from './tokens';

interface Word {
  /** Folded: lower case, no accents, elision removed. */
  w: string;
  tok: Token;
}

const HARD = new Set(['.', ';', '!', '?', '(', ')', ':', '→', '—', '–']);

export function judgeOperatorTextIntl(text: string, lang: IntlLanguage, hints: NameHints = NO_HINTS): OperatorPathJudgement {
  const L = INTL[lang];
  const toks = tokenize(text.slice(0, 2000));
  const parties = findParties(toks, hints);
  const outsiderTok = new Set<number>();
  const insiderTok = new Set<number>();
  for (const p of parties) {
    for (let k = p.from; k < p.to; k++) (p.kind === 'outsider' ? outsiderTok : p.kind === 'insider' ? insiderTok : undefined)?.add(k);
  }
  // "Pixel y Código", "Müller und Partner": a connector inside a name splits no clause.
  const inside = new Set(parties.flatMap((p) => Array.from({ length: Math.max(0, p.to - p.from - 1) }, (_, k) => p.from + k + 1)));
  const clauses = split(toks, L, inside);
  let outsider = false;
  let insider = false;
  let lastOutside = false;
  let prevRequest = false;
  let evidence: OperatorPathJudgement['evidence'];
  for (const c of clauses) {
    const words = c.map((i) => word(toks[i], lang));
    const isOutsider = (k: number) =>
      (outsiderTok.has(c[k]) || (toks[c[k]].kind === 'word' && (isOutsiderNoun(words, k, L) || builtBy(words, k, L, lang)))) && !negated(words, k, L);
    const outs = words.map((_, k) => k).filter(isOutsider);
    const contact = words.findIndex((x, k) => !isOutsider(k) && (startsWithAny(x.w, L.contact) || L.contactPairs.some(([v, p]) => x.w === v && words[k + 1]?.w === p)));
    const wait = words.findIndex((x, k) => !isOutsider(k) && startsWithAny(x.w, L.wait));
    // German "die schalten es ab": a demonstrative before a verb stands for the party named before.
    const theyDe = lang === 'de' && ['die', 'der'].includes(words[0]?.w ?? '') && !!words[1] && !words[1].tok.cap ? 0 : -1;
    const they = theyDe >= 0 ? theyDe : words.findIndex((x) => L.they.includes(x.w) && (lang !== 'de' || x.tok.raw !== 'Sie'));
    const side = L.theirSide.some((ph) => words.some((_, k) => ph.every((p, j) => words[k + j]?.w === p)));
    const conditional = L.waitsFor.includes(words[0]?.w ?? '');
    let signal = -1;
    if (conditional) {
      // "hasta que ellos lo detengan", "bis sie es stoppen": waiting on the party named before.
      if (lastOutside && (side || they >= 0)) signal = Math.max(0, they);
    } else if (outs.length > 0 && (contact >= 0 || wait >= 0 || side)) signal = Math.min(...[contact, wait, outs[0]].filter((k) => k >= 0));
    else if (outs.length > 0 && actsAt(words, outs, L)) signal = outs[0];
    // "Que lo pare Innova Salud": the verb before is theirs, so it is no control of the operator's.
    else if (outs.length > 0 && actsLast(words, outs, L, lang)) signal = 0;
    else if (lastOutside && (wait >= 0 || side || they >= 0)) signal = Math.max(0, Math.min(...[wait, they].filter((k) => k >= 0), words.length - 1));
    // "… y esperar", "et attendre": a short clause that goes on with the request.
    const continues: boolean =
      prevRequest && outs.length === 0 && !c.some((i) => insiderTok.has(i)) && (body(words, L).length <= 4 || startsComplement(body(words, L), lang));
    const controls = words
      .map((_, k) => k)
      .filter((k) => (isControl(words, k, L, lang) || isCode(words[k].tok) || insiderActs(words, c, k, insiderTok, L)) && !isOutsider(k) && (signal < 0 || k < signal));
    if (signal >= 0) {
      outsider = true;
      lastOutside = true;
      const first = toks[c[signal]];
      evidence ??= { start: first.start, end: toks[c[c.length - 1]].end };
    } else if (outs.length > 0) lastOutside = true;
    else if (c.some((i) => insiderTok.has(i))) lastOutside = false;
    if (!conditional && !continues && controls.length > 0) insider = true;
    if (!conditional && signal < 0 && contact >= 0 && c.some((i, k) => k > contact && insiderTok.has(i))) insider = true;
    prevRequest = signal >= 0 || (continues && prevRequest);
  }
  return { outsider, insider, dependsOnOutsider: outsider && !insider, evidence };
}

function word(t: Token, lang?: IntlLanguage): Word {
  const f = lang === 'de' ? foldGerman(t.low) : fold(t.low);
  // "jusqu'à", "lorsqu'il": the conjunction is what matters.
  const conj = /^(jusqu|lorsqu|puisqu)['’]/.exec(f);
  return { w: conj ? conj[1] : f.replace(ELISION, ''), tok: t };
}

/** Clauses as lists of token indices (punctuation dropped). */
function split(toks: readonly Token[], L: IntlLexicon, inside: ReadonlySet<number>): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  const flush = () => {
    if (cur.length > 0) out.push(cur);
    cur = [];
  };
  toks.forEach((t, i) => {
    if (t.kind === 'punct') {
      // A comma ends a condition ("Quand l'API répond, relancer …") or comes before a connector.
      const opensWithCondition = cur.length > 0 && L.waitsFor.includes(word(toks[cur[0]]).w);
      if (HARD.has(t.raw) || (t.raw === ',' && (opensWithCondition || L.splits.includes(word(toks[i + 1] ?? t).w)))) flush();
      return;
    }
    // Numbered steps: "1." starts a clause of its own.
    if (/^\d+$/.test(t.low) && toks[i + 1]?.raw === '.') {
      flush();
      return;
    }
    const w = fold(t.low);
    if (cur.length > 0 && !inside.has(i) && (L.splits.includes(w) || L.splits.includes(w.replace(/['’].*$/, '')) || ['y', 'und', 'et'].includes(w))) flush();
    cur.push(i);
  });
  flush();
  return out;
}

function isOutsiderNoun(words: readonly Word[], k: number, L: IntlLexicon): boolean {
  const x = words[k].w;
  if (!startsWithAny(x, L.outsiders)) return false;
  // "externo" alone describes; "equipo externo" / "proveedor externo" names someone.
  if (/^extern/.test(x) && k === 0) return false;
  const near = [words[k - 1]?.w, words[k - 2]?.w, words[k + 1]?.w].filter((w): w is string => !!w);
  return !near.some((w) => startsWithAny(w, L.inhouse));
}

function negated(words: readonly Word[], k: number, L: IntlLexicon): boolean {
  for (let j = Math.max(0, k - 3); j < k; j++) if (L.negators.includes(words[j].w)) return true;
  return false;
}

/** "Die IT der Kanzlei setzt den Dienst zurück": a control verb whose subject is one of the buyer's own. */
function insiderActs(words: readonly Word[], c: readonly number[], k: number, insiderTok: ReadonlySet<number>, L: IntlLexicon): boolean {
  const x = words[k];
  if (x.tok.cap || k === 0 || !startsWithAny(x.w, L.control)) return false;
  return c.slice(0, k).some((i) => insiderTok.has(i)) && !insiderTok.has(c[k]);
}

/** Index just past the outsider that starts at outs[0] ("Innova Salud" is two words). */
function partyEnd(outs: readonly number[]): number {
  let e = outs[0] + 1;
  while (outs.includes(e)) e++;
  return e;
}

/**
 * The builder by description: "la empresa que hizo la integración", "die
 * Firma, die den Flow gebaut hat", "ceux qui ont développé l'agent". The
 * relative pronoun stands for the party; "que desarrollamos" (we built it)
 * and "nuestro equipo que lo montó" are in-house.
 */
function builtBy(words: readonly Word[], k: number, L: IntlLexicon, lang: IntlLanguage): boolean {
  if (!L.relatives.includes(words[k].w)) return false;
  if ([words[k - 1], words[k - 2]].some((w) => w && startsWithAny(w.w, L.inhouse))) return false;
  const after = words.slice(k + 1, k + 6);
  if (lang === 'es') {
    // Only clitics and auxiliaries between: "que lo hizo", "que nos lo han montado".
    let j = 0;
    while (j < after.length && ['lo', 'la', 'los', 'las', 'le', 'les', 'nos', 'se', 'ha', 'han', 'habia', 'habian'].includes(after[j].w)) j++;
    const verb = after[j];
    return !!verb && startsWithAny(verb.w, L.built) && !L.weBuilt.test(verb.w) && verb.w !== 'desarrollo';
  }
  if (lang === 'de') {
    // Verb last: "die den Workflow gebaut hat".
    const at = after.findIndex((w) => L.built.includes(w.w));
    return at >= 0 && ['hat', 'haben', 'hatte', 'hatten'].includes(after[at + 1]?.w ?? '') && !after.slice(0, at).some((w) => w.w === 'wir');
  }
  // "qui a développé", "qui l'a mis en place", "qui ont monté".
  let j = 0;
  while (j < after.length && ['a', 'ont', 'avait', 'avaient', 'l', 'les', 'nous'].includes(after[j].w)) j++;
  return j > 0 && !!after[j] && L.built.includes(after[j].w);
}

/**
 * The outsider is the one acting when the clause ends with it, or with their
 * own tool: "Lo gestiona Innova Salud", "Das macht der Dienstleister", "fait
 * par le prestataire", "que lo pare Innova Salud desde su panel". Not when a
 * preposition makes it what is reached or owned: "el informe del proveedor",
 * "mit der Agentur", "le rapport du fournisseur".
 */
function actsLast(words: readonly Word[], outs: readonly number[], L: IntlLexicon, lang: IntlLanguage): boolean {
  const e = partyEnd(outs);
  const tail = words.slice(e);
  const ownTool =
    tail.length >= 2 &&
    ['desde', 'en', 'von', 'in', 'auf', 'uber', 'depuis', 'dans', 'sur', 'de'].includes(tail[0].w) &&
    ['su', 'sus', 'ihrer', 'ihrem', 'ihren', 'seiner', 'seinem', 'seinen', 'son', 'sa', 'ses', 'leur', 'leurs'].includes(tail[1].w);
  if (tail.length > 0 && !ownTool) return false;
  let k = outs[0] - 1;
  let article: Word | undefined;
  while (k >= 0 && L.articles.includes(words[k].w)) article = words[k--];
  const prev = words[k];
  if (!prev) return true;
  if (L.objectPreps.includes(prev.w) || startsWithAny(prev.w, L.contact)) return false;
  // "Bericht der Agentur": a noun, then "der", is a genitive.
  if (lang === 'de' && article?.w === 'der' && prev.tok.cap && k > 0) return false;
  return true;
}

/** The outsider is the subject: "la agencia desactiva", "die Agentur pausiert", "l'agence coupe". */
function actsAt(words: readonly Word[], outs: readonly number[], L: IntlLexicon): boolean {
  const k = partyEnd(outs) - 1;
  if (outs[0] > 2) return false;
  const next = words[k + 1];
  return !!next && (startsWithAny(next.w, L.control) || ['puede', 'debe', 'kann', 'muss', 'peut', 'doit', 'se', 'lo', 'la', 'le', 'es', 'qui', 'quien'].includes(next.w));
}

function isControl(words: readonly Word[], k: number, L: IntlLexicon, lang: IntlLanguage): boolean {
  const x = words[k].w;
  if (L.notControl.includes(x) || !startsWithAny(x, L.control)) return false;
  // "Setzen Sie sich … in Verbindung": reflexive, a contact.
  if (lang === 'de' && words.slice(k + 1, k + 3).some((n) => n.w === 'sich')) return false;
  // A noun after an article is a thing, not an order: "el cambio", "die Einstellung".
  const prev = words[k - 1]?.w;
  return !(prev && ['el', 'la', 'los', 'las', 'un', 'una', 'der', 'die', 'das', 'den', 'dem', 'le', 'les', 'un', 'une', 'du', 'des'].includes(prev) && !/(?:ar|er|ir|en|ieren|er|ir|re)$/.test(x));
}

/** The clause without its leading connectors ("und", "y luego", "et puis"). */
function body(words: readonly Word[], L: IntlLexicon): readonly Word[] {
  let k = 0;
  while (k < words.length - 1 && (L.splits.includes(words[k].w) || ['y', 'und', 'et', 'e'].includes(words[k].w))) k++;
  return words.slice(k);
}

/** `auto_send`, `AUTO_SEND=false`, a command in backticks. */
function isCode(t: Token): boolean {
  return t.kind === 'code' || (t.kind === 'word' && ((t.low.includes('_') && t.low.length >= 4) || t.low.includes('=')));
}

function startsComplement(words: readonly Word[], lang: IntlLanguage): boolean {
  const first = words[0]?.w ?? '';
  if (lang === 'es') return ['que', 'para', 'esperar', 'espere'].includes(first);
  if (lang === 'de') return ['dass', 'damit', 'um'].includes(first) || words.some((w) => w.w === 'zu');
  return ['de', 'pour', 'afin', 'qu', 'quil', 'quils'].includes(first);
}
