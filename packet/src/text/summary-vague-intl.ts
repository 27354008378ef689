// "Gestiona las solicitudes", "bearbeitet eingehende Anfragen", "traite les
// demandes": a verb that says "does something with" and an object that names
// nothing, in Spanish, German and French. English is judged in
// summary-filler.ts; here the same idea with the three languages' words.

import { fold } from './operator-lexicon-intl';
import type { Token } from './tokens';

/** Verb stems that say "works on" without saying how. */
const VERBS = ['gestion', 'tramit', 'proces', 'manej', 'atiend', 'ocupa', 'encarg', 'bearbeit', 'verarbeit', 'kummert', 'erledig', 'ubernimmt', 'traite', 'trait', 'gere', 'soccupe', 'occupe', 'automatis', 'automatiz', 'automatisier'];

/** Objects that name no particular thing, singular forms. */
const OBJECTS = new Set([
  'solicitud', 'peticion', 'tarea', 'cosa', 'caso', 'consulta', 'asunto', 'dato', 'mensaje', 'trabajo', 'todo', 'gestion', 'proceso', 'operacion',
  'anfrage', 'aufgabe', 'sache', 'ding', 'fall', 'vorgang', 'nachricht', 'daten', 'alles', 'anliegen', 'prozess', 'thema',
  'demande', 'tache', 'chose', 'cas', 'requete', 'message', 'donnee', 'tout', 'sujet', 'operation', 'processus',
]);

/** Words between the verb and its object that do not narrow it. */
const SKIP = new Set([
  'el', 'la', 'los', 'las', 'un', 'una', 'de', 'del', 'todas', 'todos', 'toda', 'varias', 'varios', 'diversas', 'diversos', 'distintas', 'entrantes', 'nuevas', 'nuevos', 'se', 'sus', 'su',
  'die', 'der', 'den', 'das', 'alle', 'eingehende', 'eingehenden', 'neue', 'neuen', 'verschiedene', 'diverse', 'sich', 'um', 'samtliche', 'allgemeine',
  'les', 'le', 'l', 'des', 'du', 'toutes', 'tous', 'diverses', 'differentes', 'entrantes', 'nouvelles', 'en', 'charge', 's', 'ses', 'leurs',
]);

/** After the object, these introduce what it is about ("solicitudes de reembolso", "Anfragen zu Rechnungen"). */
const ABOUT = new Set(['de', 'sobre', 'para', 'zu', 'zur', 'zum', 'fur', 'uber', 'bezuglich', 'pour', 'sur', 'concernant', 'relatives', 'relatifs']);
/** An article after "de" makes it a source, not a kind: "de los clientes", "des clients". */
const SOURCE_ARTICLES = new Set(['los', 'las', 'el', 'la', 'nuestros', 'nuestras', 'sus', 'les', 'la', 'nos', 'leurs']);

function singular(w: string): string {
  for (const end of ['es', 'en', 's', 'n']) if (w.length > end.length + 2 && w.endsWith(end) && OBJECTS.has(w.slice(0, -end.length))) return w.slice(0, -end.length);
  return w;
}

/** The end index of a vague verb and object starting at i, if there is one. */
export function vagueVerbObjectIntl(words: readonly Token[], i: number): number | undefined {
  const verb = fold(words[i].low).replace(/'/g, '');
  if (!VERBS.some((v) => verb.startsWith(v))) return undefined;
  let k = i + 1;
  while (k < words.length && k < i + 6 && SKIP.has(fold(words[k].low).replace(/^[ld]'/, ''))) k++;
  const object = words[k] && singular(fold(words[k].low));
  if (!object || !OBJECTS.has(object)) return undefined;
  let j = k + 1;
  while (j < words.length && SKIP.has(fold(words[j].low)) && !ABOUT.has(fold(words[j].low))) j++;
  const next = words[j] ? fold(words[j].low) : undefined;
  if (next && ABOUT.has(next) && words[j + 1] && !SOURCE_ARTICLES.has(fold(words[j + 1].low)) && !(next === 'de' && fold(words[j + 1].low) === 'todo')) return undefined;
  return k + 1;
}

/** Where the work goes, named by no one: "al equipo que corresponda", "die richtigen Stellen", "aux bonnes personnes". */
const TARGET_NOUNS = new Set(['persona', 'personas', 'equipo', 'equipos', 'departamento', 'departamentos', 'area', 'areas', 'stelle', 'stellen', 'person', 'personen', 'team', 'teams', 'abteilung', 'abteilungen', 'ansprechpartner', 'personne', 'personnes', 'equipe', 'equipes', 'service', 'services', 'interlocuteur', 'interlocuteurs']);
/** Adjectives before the noun (German, French) or after it (Spanish, French) that leave it unnamed. */
const BEFORE = ['richtig', 'zustandig', 'passend', 'entsprechend', 'bon', 'bonne', 'bons', 'bonnes'];
const AFTER = ['adecuad', 'correspondient', 'oportun', 'pertinent', 'indicad', 'concerne', 'competent', 'adequat', 'approprie'];

/** The end index of an unnamed target starting at i, if there is one. */
export function vagueTargetIntl(words: readonly Token[], i: number): number | undefined {
  const w = fold(words[i].low);
  const next = words[i + 1] ? fold(words[i + 1].low) : '';
  if (BEFORE.some((b) => w === b || (b.length > 4 && w.startsWith(b))) && TARGET_NOUNS.has(next)) return i + 2;
  if (!TARGET_NOUNS.has(w)) return undefined;
  if (AFTER.some((a) => next.startsWith(a))) return i + 2;
  // "al equipo que corresponda"
  if (next === 'que' && words[i + 2] && fold(words[i + 2].low).startsWith('correspond')) return i + 3;
  return undefined;
}
