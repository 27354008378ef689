// Template text an author still owes: the `<…>` slots `handoff init` writes,
// a fix's `TODO: …`, and the fillers people leave behind in any of the prose
// languages the checks read ("TBD", "por definir", "noch offen", "à compléter").
// Readiness counts such an answer unanswered; placeholder-text reports it.
//
// The word lists are compiled once at load. Every string of the packet passes
// through findPlaceholder on each check, so a string is normalised only when
// it is short enough to be a bare filler, and the in-text forms are one regex.

export const PLACEHOLDER_PREFIX = 'TODO:';

export interface PlaceholderHit {
  /** Offsets of the template text inside the string. */
  start: number;
  end: number;
  /** The whole string is the filler (rather than a slot inside real prose). */
  whole: boolean;
}

/**
 * Fillers that stand for the whole answer, lower case, accents removed,
 * without surrounding brackets or a trailing full stop.
 */
const WHOLE = new Set([
  // English
  'tbd', 'tba', 'tbc', 'todo', 'to do', 'to-do', 'fixme', 'fix me', 'xxx', 'xx', 'tk', 'wip', 'n/a', 'na', 'n.a', 'n. a', '?', '??',
  '-', '--', '---', '...', '…', '_', '__', '___', 'placeholder', 'fill in', 'fill me in', 'fill this in', 'to fill in', 'to be filled in',
  'to be defined', 'to be determined', 'to be decided', 'to be confirmed', 'to be added', 'to be written', 'to be completed',
  'to be done', 'to be agreed', 'coming soon', 'pending', 'later', 'changeme', 'change me', 'insert here', 'text here',
  'your text here', 'add here', 'describe here', 'not yet defined', 'not defined yet', 'not yet written', 'not yet decided',
  // Spanish
  'por definir', 'por determinar', 'por confirmar', 'por completar', 'por decidir', 'por rellenar', 'por escribir', 'por hacer',
  'por concretar', 'por especificar', 'pendiente', 'pendiente de definir', 'pendiente de confirmar', 'pendiente de completar',
  'a completar', 'a definir', 'a rellenar', 'a confirmar', 'a determinar', 'a concretar', 'completar', 'rellenar', 'sin definir',
  'sin completar', 'sin especificar', 'proximamente', 'pdte', 'n/d', 'n.d', 'nd', 'no definido', 'no definido aun',
  // German
  'noch offen', 'offen', 'zu erganzen', 'zu klaren', 'zu definieren', 'zu bestimmen', 'zu befullen', 'noch zu definieren',
  'noch zu klaren', 'noch zu erganzen', 'noch festzulegen', 'festzulegen', 'folgt', 'folgt noch', 'kommt noch', 'ausstehend',
  'steht noch aus', 'wird nachgereicht', 'bitte erganzen', 'bitte ausfullen', 'ausfullen', 'erganzen', 'platzhalter', 'k.a',
  'k. a', 'in klarung', 'noch nicht definiert',
  // French
  'a completer', 'a definir', 'a preciser', 'a determiner', 'a confirmer', 'a venir', 'a faire', 'a remplir', 'a renseigner',
  'a valider', 'a rediger', 'en attente', 'non defini', 'non renseigne', 'n.c', 'nc', 'pas encore defini', 'a ecrire',
]);

/** Words that start a note left in place of the answer: "TODO: owner", "Pendiente: umbral". */
const LEADS = new Set(['todo', 'tbd', 'tbc', 'tba', 'fixme', 'xxx', 'placeholder', 'wip']);
const LEAD_WORD = /^(?:todo|tb[dca]|fixme|xxx|placeholder|wip)(?![a-z])/i;

/** HTML tags an author may write inside prose; `<b>` is markup, `<team>` is a slot. */
const HTML_TAGS = new Set(['a', 'b', 'i', 'u', 's', 'p', 'br', 'hr', 'em', 'strong', 'code', 'pre', 'kbd', 'sub', 'sup', 'small', 'span', 'div', 'ul', 'ol', 'li', 'tt', 'mark', 'del', 'ins', 'img', 'table', 'tr', 'td', 'th']);

/** Words that open a slot in square brackets: "[fill in]", "[your company]", "[nombre del flag]". */
const SLOT_WORDS = new Set([
  'fill', 'insert', 'add', 'enter', 'your', 'describe', 'name', 'placeholder', 'todo', 'tbd', 'example', 'replace', 'e.g',
  'completar', 'rellenar', 'insertar', 'indicar', 'nombre', 'tu', 'describir', 'ejemplo', 'p.ej', 'poner',
  'erganzen', 'einfugen', 'eintragen', 'name', 'hier', 'ihr', 'ihre', 'beschreiben', 'beispiel', 'z.b',
  'a', 'completer', 'inserer', 'indiquer', 'nom', 'votre', 'decrire', 'exemple', 'ex', 'remplir',
]);

/**
 * Slots inside real prose. Angle brackets count only around words (so
 * `<= 15%`, `a < b`, `<a@b.c>` and `<https://…>` stay prose), opening after a
 * space or the start; also `‹…›`, `{{…}}`, `[…]`, the upper-case markers and
 * "lorem ipsum".
 */
const IN_TEXT =
  /(?<![\p{L}\p{N}])<(\/?)(\p{L}[^<>@]{0,400}?)>|‹[^›\n]{1,150}›|\{\{[^}\n]{1,150}\}\}|\[([^\]\n]{1,150})\](?!\()|(?<![\p{L}\p{N}_-])(?:TODO|TBD|TBC|TBA|FIXME|XXX+)(?![\p{L}\p{N}_-])|\?{3,}|[Ll]orem [Ii]psum/gu;

/** Cheap pre-check for IN_TEXT: no Unicode classes, no look-behind. */
const MAY_HOLD_SLOT = /[<‹[]|\{\{|\?\?\?|TODO|TBD|TBC|TBA|FIXME|XXX|orem ipsum/;

/** Lower case, accents removed, brackets and a trailing stop dropped: the form WHOLE is written in. */
function normalise(text: string): string {
  // Accents only matter outside ASCII; most short values are plain ASCII.
  let t = /[^\x00-\x7f]/.test(text) ? text.normalize('NFD').replace(/\p{M}+/gu, '') : text;
  t = t.toLowerCase().replace(/\s+/g, ' ').trim();
  // "(TBD)", "[por definir]", "<TODO>", "«à compléter»", "TBD."
  for (let k = 0; k < 2; k++) {
    if (OPENERS.has(t[0]) && CLOSERS.has(t[t.length - 1])) t = t.slice(1, -1).trim();
    let end = t.length;
    while (end > 1 && (t[end - 1] === '.' || t[end - 1] === '!' || t[end - 1] === ':') && /[a-z]/.test(t[end - 2])) end--;
    t = t.slice(0, end).trim();
  }
  return t;
}

const OPENERS = new Set(['(', '[', '<', '‹', '«', '"', "'", '“']);
const CLOSERS = new Set([')', ']', '>', '›', '»', '"', "'", '”']);

/** Where the string is still template text, if it is. Blank text is not judged here. */
export function findPlaceholder(text: string): PlaceholderHit | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const lead = text.length - text.trimStart().length;
  const whole: PlaceholderHit = { start: lead, end: lead + trimmed.length, whole: true };
  if (trimmed.length <= 48 && WHOLE.has(normalise(trimmed))) return whole;
  if (leadsWithNote(trimmed)) return whole;
  // Most prose holds none of the slot characters or markers: one plain scan rules it out.
  if (!MAY_HOLD_SLOT.test(trimmed)) return undefined;
  IN_TEXT.lastIndex = 0;
  const code = codeSpans(trimmed);
  for (const m of trimmed.matchAll(IN_TEXT)) {
    const at = m.index ?? 0;
    // `fly deploy --image app:<tag>`: inside a command, a bracketed word is its
    // argument syntax, what the operator types in, not an answer still owed.
    if ('<‹{['.includes(m[0][0]) && code.some(([s, e]) => s <= at && at < e)) continue;
    if (m[2] !== undefined) {
      // `<b>`, `</em>`, `<div class="x">`: markup, not a slot.
      const first = m[2].split(/[\s/]/)[0].toLowerCase();
      if (m[1] === '/' || (HTML_TAGS.has(first) && (m[2].length === first.length || /^\p{L}+\s+\p{L}+=/u.test(m[2])))) continue;
      if (/^\p{L}+:\/\//u.test(m[2])) continue;
    } else if (m[3] !== undefined) {
      if (!isSlot(m[3])) continue;
    } else if (/^[A-Z]/.test(m[0]) && namedAsThing(trimmed, at, at + m[0].length)) continue;
    const hit = { start: lead + at, end: lead + at + m[0].length, whole: m[0].length === trimmed.length };
    return hit;
  }
  return undefined;
}

/** Where the `code spans` of a text are, as [start, end) pairs. */
function codeSpans(text: string): [number, number][] {
  if (!text.includes('`')) return [];
  return [...text.matchAll(/`[^`\n]+`/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

/** "TODO: who owns it", "TBD - ask ops", "Pendiente: confirmar umbral", "À compléter : seuil". */
function leadsWithNote(trimmed: string): boolean {
  if (/^lorem ipsum/i.test(trimmed)) return true;
  const first = LEAD_WORD.test(trimmed) ? /^[a-z]+/i.exec(trimmed)?.[0] : undefined;
  if (first) {
    const low = first.toLowerCase();
    // "Todo lo que llega…" is Spanish for "everything"; only the marker form counts.
    if (LEADS.has(low) && (low !== 'todo' || first === 'TODO' || /^todo\s*[:\-–—]/i.test(trimmed))) {
      const rest = trimmed.slice(first.length);
      if (rest === '' || /^\s*[:\-–—(]/.test(rest) || (first === first.toUpperCase() && first.length > 2)) return true;
    }
  }
  const colon = trimmed.slice(0, 40).indexOf(':');
  if (colon < 0) return false;
  return colon > 0 && WHOLE.has(normalise(trimmed.slice(0, colon))) && normalise(trimmed.slice(0, colon)).length > 2;
}

/** "the TODO list", "comments marked FIXME": the marker named as a thing, not left as one. */
function namedAsThing(text: string, start: number, end: number): boolean {
  const before = /(\p{L}+)\W*$/u.exec(text.slice(Math.max(0, start - 12), start))?.[1]?.toLowerCase();
  const after = /^\W*(\p{L}+)/u.exec(text.slice(end, end + 14))?.[1]?.toLowerCase();
  return (!!before && MARKER_LEADS.has(before)) || (!!after && MARKER_NOUNS.has(after));
}

const MARKER_LEADS = new Set([
  'the', 'a', 'an', 'marked', 'tagged', 'labelled', 'labeled', 'any', 'each', 'every', 'as', 'our',
  // "the patient typed TBD", "fields that say TODO": the marker is data someone else wrote.
  'typed', 'types', 'type', 'entered', 'enters', 'wrote', 'writes', 'written', 'says', 'say', 'saying', 'reads', 'containing', 'contains', 'literally', 'word', 'value', 'answered', 'replied',
]);
const MARKER_NOUNS = new Set(['list', 'lists', 'item', 'items', 'comment', 'comments', 'tag', 'tags', 'marker', 'markers', 'label', 'labels', 'column', 'status', 'board', 'app']);

function isSlot(inner: string): boolean {
  const n = normalise(inner);
  if (WHOLE.has(n)) return true;
  const words = n.split(/[\s:]+/).filter(Boolean);
  if (words.length === 0) return false;
  // French "à compléter ici", "à renseigner": "a" alone is too common to count.
  if (words[0] === 'a') return words.length > 1 && WHOLE.has(`a ${words[1]}`);
  return SLOT_WORDS.has(words[0].replace(/[.:]+$/, '').replace(/\.$/, '')) || SLOT_WORDS.has(words[0]);
}

/** Text that stands in for an answer: blank, a filler, or prose with a slot still open. */
export function isPlaceholder(text: string): boolean {
  return text.trim() === '' || findPlaceholder(text) !== undefined;
}
