// Which language a piece of prose is in, among those the phrase checks read.
// Counting a few dozen function words is enough for a sentence or two and
// costs one pass over the tokens; keys and vocabularies stay English anyway.

export type ProseLanguage = 'en' | 'es' | 'de' | 'fr';

const FUNCTION_WORDS: Record<ProseLanguage, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'it', 'for', 'on', 'with', 'that', 'this', 'be', 'are', 'from', 'by', 'or', 'when', 'not', 'if', 'an', 'we', 'they', 'their', 'until', 'off', 'then', 'our', 'ask', 'turn'],
  es: ['el', 'los', 'las', 'del', 'que', 'y', 'un', 'una', 'por', 'para', 'con', 'se', 'al', 'es', 'lo', 'su', 'sus', 'no', 'hasta', 'cuando', 'desde', 'como', 'pero', 'o', 'si', 'nuestro', 'nuestra', 'sin', 'esta', 'este'],
  de: ['der', 'die', 'das', 'und', 'den', 'dem', 'des', 'ist', 'nicht', 'mit', 'von', 'zu', 'im', 'auf', 'ein', 'eine', 'einen', 'für', 'sich', 'wenn', 'bis', 'sie', 'wir', 'oder', 'auch', 'nur', 'nach', 'bei', 'aus', 'unser', 'ohne', 'dann'],
  fr: ['le', 'les', 'des', 'du', 'et', 'une', 'est', 'pour', 'qui', 'dans', 'sur', 'au', 'aux', 'pas', 'ne', 'par', 'avec', 'ce', 'il', 'ils', 'leur', 'ou', 'nous', 'notre', 'sans', 'puis', 'jusqu', 'cette'],
};

/** Words several languages share ("la", "de", "en") count for none. */
const SHARED = new Set(['la', 'de', 'en', 'a', 'in', 'un', 'on']);

const INDEX = new Map<string, ProseLanguage[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS) as [ProseLanguage, readonly string[]][]) {
  for (const w of words) if (!SHARED.has(w)) INDEX.set(w, [...(INDEX.get(w) ?? []), lang]);
}

/** A function word of one of the prose languages ("del", "und", "pour"): never a name. */
export function isFunctionWord(low: string): boolean {
  return INDEX.has(low) || SHARED.has(low);
}

/** Letters only one of the languages writes. */
const MARKS: [RegExp, ProseLanguage][] = [
  [/[ñ¿¡]/, 'es'],
  [/[ßäöü]/, 'de'],
  [/[çèêëœâîû]/, 'fr'],
];

export interface LanguageGuess {
  language: ProseLanguage;
  /** How many words or marks supported the guess; 0 means the default was taken. */
  evidence: number;
}

/** The language of a text, English when nothing points elsewhere. */
export function guessLanguage(text: string): LanguageGuess {
  const counts: Record<ProseLanguage, number> = { en: 0, es: 0, de: 0, fr: 0 };
  const low = text.slice(0, 4000).toLowerCase();
  for (const m of low.matchAll(/[\p{L}]+/gu)) {
    const langs = INDEX.get(m[0]);
    if (langs) for (const l of langs) counts[l]++;
  }
  for (const [re, lang] of MARKS) if (re.test(low)) counts[lang] += 2;
  let best: ProseLanguage = 'en';
  for (const l of ['es', 'de', 'fr'] as const) if (counts[l] > counts[best]) best = l;
  return { language: best, evidence: counts[best] };
}

/**
 * The language of one field, falling back to the packet's when the field is
 * too short to tell ("Pausar flujo" has no function word).
 */
export function fieldLanguage(text: string, packet: ProseLanguage): ProseLanguage {
  const g = guessLanguage(text);
  return g.evidence >= 2 || (g.evidence >= 1 && g.language === packet) ? g.language : packet;
}

const packetMemo = new WeakMap<object, ProseLanguage>();

/** The language most of the packet's prose is in, from the summary and the operator texts. */
export function packetLanguage(value: Record<string, unknown>): ProseLanguage {
  const workflow = value.workflow;
  const key = typeof workflow === 'object' && workflow !== null ? workflow : undefined;
  const cached = key && packetMemo.get(key);
  if (cached) return cached;
  const parts: string[] = [];
  const collect = (v: unknown, depth: number) => {
    if (typeof v === 'string') parts.push(v);
    else if (depth < 4 && Array.isArray(v)) v.slice(0, 20).forEach((x) => collect(x, depth + 1));
    else if (depth < 4 && typeof v === 'object' && v !== null) Object.values(v).slice(0, 20).forEach((x) => collect(x, depth + 1));
  };
  collect(value.workflow, 0);
  collect(value.operations, 0);
  const lang = guessLanguage(parts.join(' ').slice(0, 4000)).language;
  if (key) packetMemo.set(key, lang);
  return lang;
}
