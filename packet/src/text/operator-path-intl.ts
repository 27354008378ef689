// The operator-instruction judgement for Spanish, German and French prose:
// does an instruction give the buyer's own people a path, or does every path
// run through the builder? Simpler than the English analyser, on purpose:
// clauses are split at punctuation and connectors; a clause sends the operator
// outside when it contacts or waits for an outside party, or when that party
// acts ("de su lado", "bis sie", "jusqu'à ce qu'ils"); what the party is asked
// to do belongs to the request. A control the operator works before any such
// request is a path of their own.

import { ELISION, fold, INTL, startsWithAny, type IntlLanguage, type IntlLexicon } from './operator-lexicon-intl';
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
  const clauses = split(toks, L);
  let outsider = false;
  let insider = false;
  let lastOutside = false;
  let prevRequest = false;
  let evidence: OperatorPathJudgement['evidence'];
  for (const c of clauses) {
    const words = c.map((i) => word(toks[i]));
    const isOutsider = (k: number) => (outsiderTok.has(c[k]) || (toks[c[k]].kind === 'word' && isOutsiderNoun(words, k, L))) && !negated(words, k, L);
    const outs = words.map((_, k) => k).filter(isOutsider);
    const contact = words.findIndex((x, k) => !isOutsider(k) && startsWithAny(x.w, L.contact));
    const wait = words.findIndex((x, k) => !isOutsider(k) && startsWithAny(x.w, L.wait));
    const they = words.findIndex((x) => L.they.includes(x.w) && (lang !== 'de' || x.tok.raw !== 'Sie'));
    const side = L.theirSide.some((ph) => words.some((_, k) => ph.every((p, j) => words[k + j]?.w === p)));
    const conditional = L.waitsFor.includes(words[0]?.w ?? '');
    let signal = -1;
    if (conditional) {
      // "hasta que ellos lo detengan", "bis sie es stoppen": waiting on the party named before.
      if (lastOutside && (side || they >= 0)) signal = Math.max(0, they);
    } else if (outs.length > 0 && (contact >= 0 || wait >= 0 || side)) signal = Math.min(...[contact, wait, outs[0]].filter((k) => k >= 0));
    else if (outs.length > 0 && actsAt(words, outs[0], L)) signal = outs[0];
    else if (lastOutside && (wait >= 0 || side || they >= 0)) signal = Math.max(0, Math.min(...[wait, they].filter((k) => k >= 0), words.length - 1));
    // "… y esperar", "et attendre": a short clause that goes on with the request.
    const continues: boolean =
      prevRequest && outs.length === 0 && !c.some((i) => insiderTok.has(i)) && (body(words, L).length <= 4 || startsComplement(body(words, L), lang));
    const controls = words
      .map((_, k) => k)
      .filter((k) => (isControl(words, k, L, lang) || isCode(words[k].tok)) && !isOutsider(k) && (signal < 0 || k < signal));
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

function word(t: Token): Word {
  const f = fold(t.low);
  // "jusqu'à", "lorsqu'il": the conjunction is what matters.
  const conj = /^(jusqu|lorsqu|puisqu)['’]/.exec(f);
  return { w: conj ? conj[1] : f.replace(ELISION, ''), tok: t };
}

/** Clauses as lists of token indices (punctuation dropped). */
function split(toks: readonly Token[], L: IntlLexicon): number[][] {
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
    if (cur.length > 0 && (L.splits.includes(w) || L.splits.includes(w.replace(/['’].*$/, '')) || ['y', 'und', 'et'].includes(w))) flush();
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

/** The outsider is the subject: "la agencia desactiva", "die Agentur pausiert", "l'agence coupe". */
function actsAt(words: readonly Word[], k: number, L: IntlLexicon): boolean {
  const next = words[k + 1];
  return !!next && (startsWithAny(next.w, L.control) || ['puede', 'debe', 'kann', 'muss', 'peut', 'doit', 'se', 'lo', 'la', 'le', 'es'].includes(next.w)) && k <= 2;
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
