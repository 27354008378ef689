// Judges a workflow summary: is it long enough to draw a boundary, and does it
// name things, or lean on words that stand in for a list nobody wrote
// ("etc.", "and more", "various documents", "handles requests", "as needed")?
// Filler is judged in context: "various" that quantifies what the workflow
// works on is filler; "from various Expensify workspaces" qualifies a source
// of a named object and is not; "various formats (PDF, DOCX)" is a list.

import { stems } from './fuzzy';
import { vagueTargetIntl, vagueVerbObjectIntl } from './summary-vague-intl';
import { tokenize, type Token } from './tokens';

/** Below this many words a summary cannot say what comes in, what happens and where it goes. */
export const MIN_SUMMARY_WORDS = 12;

export interface FillerHit {
  /** The words as written, for the message. */
  phrase: string;
  start: number;
  end: number;
}

export interface SummaryJudgement {
  words: number;
  tooShort: boolean;
  filler: FillerHit[];
  vague: boolean;
}

/** Word sequences that end a list without finishing it or hedge the scope. `*` matches any one word. */
const PHRASES: string[][] = [
  ['etc'], ['et', 'cetera'], ['and', 'so', 'on'], ['and', 'more'], ['or', 'more'], ['and', 'so', 'forth'], ['and', 'much', 'more'], ['and', 'the', 'like'],
  ['or', 'similar'], ['and', 'similar'], ['among', 'other', 'things'], ['amongst', 'other', 'things'], ['among', 'others'],
  ['and', 'whatnot'], ['and', 'what', 'not'], ['or', 'whatever'], ['and', 'such'], ['and', 'everything'],
  ['as', 'needed'], ['as', 'required'], ['when', 'needed'], ['where', 'needed'], ['if', 'needed'], ['as', 'necessary'],
  ['where', 'necessary'], ['when', 'necessary'], ['if', 'necessary'], ['as', 'appropriate'], ['where', 'appropriate'],
  ['when', 'appropriate'], ['if', 'appropriate'], ['as', 'applicable'], ['where', 'applicable'], ['when', 'relevant'],
  ['where', 'relevant'], ['whatever', 'is', 'needed'], ['whatever', 'is', 'required'], ['whatever', 'it', 'takes'],
  ['anything', 'else'], ['everything', 'else'], ['odds', 'and', 'ends'], ['and', 'other', 'stuff'], ['and', 'other', 'things'],
  ['appropriate', 'action'], ['necessary', 'action'], ['relevant', 'info'], ['relevant', 'information'], ['relevant', 'details'],
  // Spanish
  ['y', 'más'], ['y', 'mucho', 'más'], ['entre', 'otros'], ['entre', 'otras'], ['entre', 'otras', 'cosas'], ['y', 'demás'], ['y', 'similares'],
  ['y', 'cosas', 'así'], ['o', 'similares'], ['según', 'sea', 'necesario'], ['cuando', 'sea', 'necesario'], ['si', 'es', 'necesario'],
  ['si', 'hace', 'falta'], ['según', 'corresponda'], ['cuando', 'corresponda'], ['lo', 'que', 'haga', 'falta'], ['todo', 'lo', 'demás'],
  ['cualquier', 'otra', 'cosa'], ['y', 'otras', 'cosas'],
  // German
  ['usw'], ['u.a'], ['und', 'mehr'], ['und', 'so', 'weiter'], ['und', 'vieles', 'mehr'], ['und', 'ähnliches'], ['oder', 'ähnliches'],
  ['unter', 'anderem'], ['bei', 'bedarf'], ['nach', 'bedarf'], ['falls', 'nötig'], ['wenn', 'nötig'], ['je', 'nach', 'bedarf'],
  ['alles', 'andere'], ['und', 'sonstiges'], ['und', 'co'],
  // French
  ['et', 'plus'], ['et', 'bien', 'plus'], ['entre', 'autres'], ['et', 'ainsi', 'de', 'suite'], ['et', 'autres'], ['ou', 'autres'],
  ['au', 'besoin'], ['si', 'nécessaire'], ['si', 'besoin'], ['selon', 'les', 'besoins'], ['le', 'cas', 'échéant'], ['tout', 'le', 'reste'],
  ['et', 'compagnie'], ['et', 'cetera'], ['et', 'caetera'],
];

/** "everything else" and its translations: a complement when it follows a named set and goes to someone. */
const COMPLEMENTS = [['everything', 'else'], ['anything', 'else'], ['todo', 'lo', 'demás'], ['alles', 'andere'], ['tout', 'le', 'reste']];
/** Words after a complement that route it: "… goes to the AP lead", "… se envía a", "… geht an", "… est transmis à". */
const ROUTES = ['to', 'goes', 'is', 'gets', 'sent', 'routed', 'forwarded', 'passed', 'handed', 'lands', 'stays', 'a', 'al', 'se', 'va', 'pasa', 'queda', 'an', 'geht', 'wird', 'landet', 'bleibt', 'zur', 'zum', 'à', 'au', 'est', 'va', 'part', 'reste', 'revient'];

/** Quantifiers that stand in for a list ("all kinds of requests"); judged like "various". */
const QUANTIFIER_PHRASES: string[][] = [
  ['varios'], ['varias'], ['diversos'], ['diversas'], ['todo', 'tipo', 'de'], ['toda', 'clase', 'de'], ['verschiedene'], ['verschiedenen'], ['diverse'],
  ['alle', 'möglichen'], ['allerlei'], ['divers'], ['diverses'], ['toutes', 'sortes', 'de'], ['tout', 'type', 'de'], ['différents', 'types', 'de'],
  ['various'], ['all', 'sorts', 'of'], ['all', 'kinds', 'of'], ['a', 'variety', 'of'], ['a', 'range', 'of'], ['a', 'number', 'of'],
  ['different', 'kinds', 'of'], ['various', 'kinds', 'of'], ['any', 'kind', 'of'], ['many', 'different'], ['numerous'], ['assorted'],
];

/** Nouns that name nothing in particular. */
const VAGUE_NOUNS = ['stuff', 'things', 'misc', 'miscellaneous', 'sundry', 'whatnot'];

/** Marketing words that sound like a boundary and draw none. */
const BUZZWORDS = [
  'seamless', 'seamlessly', 'streamline', 'streamlines', 'leverage', 'leverages', 'leveraging', 'end-to-end', 'cutting-edge',
  'state-of-the-art', 'best-in-class', 'next-generation', 'world-class', 'holistic', 'holistically', 'synergy', 'synergies',
  'effortless', 'effortlessly', 'revolutionary', 'game-changing', 'supercharge', 'supercharges', 'empower', 'empowers', 'magically',
];

/** Verbs that say "does something with" without saying what. */
const VAGUE_VERBS = ['handle', 'process', 'manage', 'deal', 'help', 'assist', 'automate', 'cover', 'take'];
/** Objects that say nothing about what the workflow works on. */
const GENERIC_OBJECTS = ['request', 'task', 'thing', 'stuff', 'item', 'work', 'issue', 'case', 'data', 'operation', 'process', 'workflow', 'job', 'everything', 'anything', 'activity', 'matter', 'query', 'inquiry', 'enquiry', 'message'];
/** Words between a verb and its object that do not narrow it. */
const NON_NARROWING = ['the', 'a', 'an', 'all', 'any', 'various', 'different', 'many', 'some', 'other', 'incoming', 'inbound', 'outbound', 'general', 'misc', 'miscellaneous', 'assorted', 'multiple', 'several', 'numerous', 'our', 'new', 'common', 'typical', 'relevant', 'related', 'certain', 'your', 'their', 'its', 'daily', 'day-to-day', 'routine', 'business', 'everyday', 'with', 'of', 'care', 'on', 'kinds', 'sorts'];
/** Prepositions that make "various" qualify a source or place, not the object itself. */
const PLACE_PREPS = [
  'from', 'across', 'in', 'into', 'on', 'at', 'between', 'for', 'through', 'via', 'over', 'within', 'among', 'to',
  'de', 'desde', 'en', 'entre', 'por', 'von', 'aus', 'bei', 'über', 'zwischen', 'depuis', 'dans', 'sur', 'par', 'des', 'du',
];
/** Phrasal verbs whose preposition introduces the object, not a place ("deals with various tasks"). */
const OBJECT_PREP_VERBS = ['deal', 'help', 'assist', 'work', 'care', 'cope', 'look'];
/** Where the work goes, named by no one: "the right people". */
const VAGUE_TARGET_LEADS = ['right', 'appropriate', 'relevant', 'correct', 'proper'];
const VAGUE_TARGETS = ['people', 'person', 'team', 'teams', 'party', 'parties', 'stakeholder', 'stakeholders', 'folks', 'department', 'departments', 'owner', 'owners', 'channel', 'channels'];

/** Filler is looked for in this much of a summary; a real one is a paragraph. */
export const MAX_SUMMARY_TEXT = 4000;

export function judgeSummary(text: string): SummaryJudgement {
  const all = tokenize(text.length > MAX_SUMMARY_TEXT ? text.slice(0, MAX_SUMMARY_TEXT) : text);
  const words = all.filter((t) => t.kind !== 'punct');
  const hits: FillerHit[] = [];
  const hit = (from: number, to: number) => {
    const start = words[from].start;
    const end = words[to - 1].end;
    // "etc." and "usw." keep their dot in the quote.
    const dot = text[end] === '.' && ['etc', 'usw', 'bzw', 'etcetera'].includes(words[from].low) ? 1 : 0;
    if (!hits.some((h) => h.start <= start && end <= h.end)) hits.push({ phrase: text.slice(start, end + dot), start, end: end + dot });
  };
  for (let i = 0; i < words.length; i++) {
    const low = words[i].low;
    const phrase = PHRASES.find((p) => matchesAt(words, i, p));
    if (phrase && !comparative(all, words, i, phrase) && !complement(words, i, phrase)) hit(i, i + phrase.length);
    const quant = QUANTIFIER_PHRASES.find((p) => matchesAt(words, i, p));
    if (quant) {
      const end = i + quant.length;
      if (quantifiesObject(all, words, i, end)) hit(i, nounPhraseEnd(all, words, end));
    }
    if (VAGUE_NOUNS.includes(low) && !(low === 'things' && words[i - 2]?.low === 'internet')) hit(i, i + 1);
    if (BUZZWORDS.includes(low)) hit(i, i + 1);
    const verbEnd = vagueVerbObject(words, i) ?? vagueVerbObjectIntl(words, i);
    if (verbEnd) hit(i, verbEnd);
    if (VAGUE_TARGET_LEADS.includes(low) && VAGUE_TARGETS.includes(words[i + 1]?.low ?? '') && words[i - 1]?.low === 'the') hit(i - 1, i + 2);
    const target = vagueTargetIntl(words, i);
    if (target) hit(i, target);
  }
  hits.sort((a, b) => a.start - b.start);
  const tooShort = words.length < MIN_SUMMARY_WORDS;
  return { words: words.length, tooShort, filler: hits, vague: tooShort || hits.length > 0 };
}

const PHRASE_STOPS = ['like', 'such', 'including', 'namely', 'and', 'or', 'to', 'from', 'in', 'into', 'across', 'for', 'with', 'by', 'that', 'which', 'on', 'at', 'of', 'as', 'so', 'then', 'using', 'via'];

/** The end of the noun phrase starting at `from` (at most three words, stopping at punctuation). */
function nounPhraseEnd(all: readonly Token[], words: readonly Token[], from: number): number {
  let end = from;
  while (end < words.length && end < from + 3 && !PHRASE_STOPS.includes(words[end].low)) {
    end++;
    const next = all.find((t) => t.start >= words[end - 1].end);
    if (!next || next.kind === 'punct') break;
  }
  return Math.max(end, Math.min(words.length, from + 1));
}

function matchesAt(words: readonly Token[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => words[i + k]?.low === w);
}

/**
 * "Approves invoices under 500 EUR from known suppliers; everything else goes
 * to the AP lead": after a named set, routed to someone, "everything else" is
 * the rest of a partition, not filler.
 */
function complement(words: readonly Token[], i: number, phrase: readonly string[]): boolean {
  if (!COMPLEMENTS.some((c) => c.length === phrase.length && c.every((w, k) => w === phrase[k]))) return false;
  if (i < 8) return false;
  const after = words.slice(i + phrase.length, i + phrase.length + 3).map((w) => w.low);
  return after.some((w) => ROUTES.includes(w));
}

/** "and more than 1,000 EUR", "and more accurate": a comparison, not an open list. */
function comparative(all: readonly Token[], words: readonly Token[], i: number, phrase: readonly string[]): boolean {
  if (!['more', 'más', 'mehr', 'plus'].includes(phrase[phrase.length - 1])) return false;
  if (phrase[0] === 'or' && /^\d/.test(words[i - 1]?.low ?? '')) return true;
  const last = words[i + phrase.length - 1];
  const next = all.find((t) => t.start >= last.end);
  // "y más de 1.000 EUR", "et plus de trois lignes", "und mehr als zwei Positionen".
  if (next && ['de', 'que', 'als', 'du', 'des', "d'un", "d'une"].includes(next.low)) return true;
  // An open list ends there or goes on with a place or a new clause.
  return !!next && next.kind !== 'punct' && !PHRASE_STOPS.includes(next.low) && !['in', 'at', 'whenever', 'when', 'every'].includes(next.low);
}

/**
 * Whether a quantifier ("various", "all kinds of") stands for the thing the
 * workflow works on, rather than a place ("from various inboxes") or a list
 * that follows ("various formats (PDF, DOCX)").
 */
function quantifiesObject(all: readonly Token[], words: readonly Token[], from: number, to: number): boolean {
  if (!words[to]) return true;
  // A list right after the noun phrase names the members.
  const nounEnd = nounPhraseEnd(all, words, to);
  const follow = all.find((t) => t.start >= words[nounEnd - 1].end);
  if (follow && (follow.raw === '(' || follow.raw === ':')) return false;
  if (['such', 'including', 'like', 'namely', 'e.g'].includes(words[nounEnd]?.low ?? '')) return false;
  let k = from - 1;
  while (k >= 0 && ['the', 'a', 'an', 'its', 'their', 'our'].includes(words[k].low)) k--;
  const prev = words[k];
  if (prev && PLACE_PREPS.includes(prev.low)) {
    const verb = words[k - 1];
    return !!verb && stems(verb.low).some((s) => OBJECT_PREP_VERBS.includes(s));
  }
  return true;
}

/** "handles requests", "processes incoming requests", "takes care of things": returns the end index. */
function vagueVerbObject(words: readonly Token[], i: number): number | undefined {
  const verb = words[i];
  if (!stems(verb.low).some((s) => VAGUE_VERBS.includes(s))) return undefined;
  // "take" only in "take care of".
  if (stems(verb.low).includes('take') && words[i + 1]?.low !== 'care') return undefined;
  let k = i + 1;
  while (k < words.length && k < i + 5 && NON_NARROWING.includes(words[k].low)) k++;
  const object = words[k];
  if (!object || !stems(object.low).some((s) => GENERIC_OBJECTS.includes(s))) return undefined;
  // "handles requests for refunds under 50 EUR" names them right after.
  if (['for', 'about', 'from', 'to'].includes(words[k + 1]?.low ?? '') && words[k + 2] && !NON_NARROWING.includes(words[k + 2].low)) {
    return words[k + 1].low === 'from' ? k + 1 : undefined;
  }
  return k + 1;
}
