// What a reworded workflow name or summary adds. The measure (see
// docs/change-impact.md): both texts are cut to their content words (stop
// words out, each word stemmed so "reviews", "reviewer" and "reviewed"
// count as one), and the words the new text has that the old one lacks are
// its new content. A new content word names a new scope when it is joined
// to a word the workflow already had ("partner and reseller", "email, chat
// or phone": a second one of the same kind), or when it is a word that
// names a line of business, team, region or channel by itself.

const STOP = new Set(
  (
    'a an and are as at be been being by for from in into is it its of on or so that the then this to was were which with without not no any each ' +
    'also both all every their they them these those we our us you your he she his her has have had will would can could should may might must ' +
    'do does did only than when where who whom whose what while after before over under up down out about more most other such same own very just ' +
    'there here one per via through plus well either neither nor if but new now'
  ).split(' '),
);

/** Words that join two things of one kind: a new one joined to an old one widens the scope. */
const JOINERS = new Set(['and', 'or', 'plus', '&', '/', ',', 'nor']); // ',' only inside a list, see joinedToOld

/**
 * Words that name a scope on their own: lines of business and customer
 * kinds, teams and units, regions, channels. Stemmed like the texts.
 */
const SCOPE_WORDS = new Set(
  (
    // Only words that name a scope whatever the sentence: generic ones ("team", "channel", "email") also
    // turn up in plain rewording ("posts in the Slack channel"), and count only when joined to an old one.
    // lines of business, customer kinds
    'reseller distributor wholesale wholesaler retail retailer enterprise smb consumer b2b b2c residential supplier ' +
    'franchise franchisee affiliate broker dealer merchant subsidiary vertical division department ' +
    // regions
    'region regional market country territory province international global worldwide overseas crossborder ' +
    'emea apac latam amer dach nordic nordics benelux europe european asia asian africa african america american americas us usa uk eu ' +
    'canada canadian mexico brazil germany german france french spain spanish italy italian portugal netherlands dutch belgium ireland irish ' +
    'poland sweden norway denmark finland austria switzerland japan india china australia singapore ' +
    // channels
    'whatsapp telegram messenger instagram facebook linkedin sms fax phone kiosk marketplace'
  )
    .split(' ')
    .map(stem),
);

function tokens(text: string): string[] {
  return text.toLowerCase().replace(/[’']s\b/g, '').match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|[&/,]/gu) ?? [];
}

/** A light English stemmer: enough that inflections of one word compare equal. Applied to both texts alike. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/-/g, '');
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed', 'ers', 'er', 'ly']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // "planned" → "plan"; "call" keeps its double l.
  if (/([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The stems of a text's content words, in order, each with the raw word. */
function contentWords(text: string): { stem: string; word: string }[] {
  return tokens(text)
    .filter((t) => !STOP.has(t) && !JOINERS.has(t))
    .map((t) => ({ stem: stem(t), word: t }));
}

export interface WordChange {
  /** Content words the new text has and the old one does not (as written, first occurrence). */
  added: string[];
  /** Content words the old text had and the new one does not. */
  dropped: string[];
  /** Of the added words, those that name a new scope. */
  scope: string[];
}

/** The stems of the content words `newText` adds to `oldText`. */
export function addedStems(oldText: string, newText: string): Set<string> {
  const oldStems = new Set(contentWords(oldText).map((w) => w.stem));
  return new Set(contentWords(newText).map((w) => w.stem).filter((s) => !oldStems.has(s)));
}

/**
 * `alsoScope`: stems that count as naming a scope here because the other
 * field gained them too (a name and a summary that both gain "billing").
 */
export function compareContent(oldText: string, newText: string, alsoScope: ReadonlySet<string> = new Set()): WordChange {
  const oldStems = new Set(contentWords(oldText).map((w) => w.stem));
  const newWords = contentWords(newText);
  const newStems = new Set(newWords.map((w) => w.stem));
  const added = unique(newWords.filter((w) => !oldStems.has(w.stem)));
  const dropped = unique(contentWords(oldText).filter((w) => !newStems.has(w.stem)));
  const joined = joinedToOld(newText, oldStems);
  const scope = added.filter((w) => SCOPE_WORDS.has(w.stem) || joined.has(w.stem) || alsoScope.has(w.stem));
  return { added: added.map((w) => w.word), dropped: dropped.map((w) => w.word), scope: scope.map((w) => w.word) };
}

function unique(list: { stem: string; word: string }[]): { stem: string; word: string }[] {
  const seen = new Set<string>();
  return list.filter((w) => (seen.has(w.stem) ? false : (seen.add(w.stem), true)));
}

/**
 * Stems of new words coordinated with an old content word: "partner and
 * reseller", "ticket, email or chat", "UK and Ireland". A list is the words
 * on either side of `and`, `or`, `&`, `/` or `plus`, with the comma-separated
 * words before it ("a, b and c"); a comma alone joins clauses, not things.
 * Stop words between them ("the", "both") are skipped.
 */
function joinedToOld(text: string, oldStems: Set<string>): Set<string> {
  const seq = tokens(text).filter((t) => JOINERS.has(t) || !STOP.has(t));
  const out = new Set<string>();
  const word = (t: string | undefined) => t !== undefined && !JOINERS.has(t);
  for (let i = 1; i < seq.length - 1; i++) {
    if (!JOINERS.has(seq[i]) || seq[i] === ',' || !word(seq[i - 1]) || !word(seq[i + 1])) continue;
    const items = [seq[i - 1], seq[i + 1]];
    for (let j = i - 2; j >= 1 && seq[j] === ',' && word(seq[j - 1]); j -= 2) items.push(seq[j - 1]);
    const stems = items.map(stem);
    if (!stems.some((s) => oldStems.has(s))) continue;
    for (const s of stems) if (!oldStems.has(s)) out.add(s);
  }
  return out;
}
