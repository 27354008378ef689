// Names the packet itself gives the phrase analyser: the owners are the
// buyer's people (unless an owner entry is plainly the vendor), and the
// support contacts are the builder's.

import { findParties, type NameHints } from '../../text/parties';
import { isKnownWord } from '../../text/operator-words';
import { isPlaceholder } from '../../text/placeholders';
import { tokenize } from '../../text/tokens';
import { entriesAt, objectAt, textOf } from '../shared/values';

/**
 * Hints per (owners, support) pair of values. An edit elsewhere in the packet
 * leaves both the same objects (the incremental parse shares what did not
 * change), so a 2,000-owner packet is not analysed again on every keystroke.
 */
const memo = new WeakMap<object, WeakMap<object, NameHints>>();
const NO_SUPPORT = {};

export function operatorHints(value: Record<string, unknown>): NameHints {
  const owners = value.owners;
  if (typeof owners !== 'object' || owners === null) return computeHints(value);
  const support = typeof value.support === 'object' && value.support !== null ? value.support : NO_SUPPORT;
  let bySupport = memo.get(owners);
  if (!bySupport) memo.set(owners, (bySupport = new WeakMap()));
  let hints = bySupport.get(support);
  if (!hints) bySupport.set(support, (hints = computeHints(value)));
  return hints;
}

function computeHints(value: Record<string, unknown>): NameHints {
  const insiders = new Set<string>();
  const outsiders = new Set<string>();
  for (const { entry } of entriesAt(value, ['owners'])) {
    const names = [entry.id, entry.role, entry.person, entry.contact].map(textOf).filter((s): s is string => !!s);
    const outside = names.some((n) => findParties(tokenize(n)).some((p) => p.kind === 'outsider'));
    const into = outside ? outsiders : insiders;
    for (const n of names) for (const phrase of phrasesOf(n)) into.add(phrase);
  }
  const support = objectAt(value, ['support']);
  for (const key of ['response', 'monitoring', 'window']) {
    const text = textOf(support?.[key]);
    // A `TODO: …` placeholder names nobody; its "TODO" is not the builder.
    if (!text || isPlaceholder(text)) continue;
    for (const name of namesIn(text)) if (!insiders.has(name)) outsiders.add(name);
  }
  return { insiders: [...insiders], outsiders: [...outsiders] };
}

/** The whole name plus, for a person's "First Last", the first name alone. */
function phrasesOf(name: string): string[] {
  const toks = tokenize(name).filter((t) => t.kind !== 'punct');
  const whole = toks.map((t) => t.low).join(' ');
  const out = whole.length > 2 ? [whole] : [];
  if (toks.length === 2 && toks.every((t) => t.cap) && !isKnownWord(toks[0].low)) out.push(toks[0].low);
  for (const t of toks) if (t.kind === 'email' || t.kind === 'channel') out.push(t.low);
  return out;
}

/** Emails, their domains and capitalised names that are not ordinary words. */
function namesIn(text: string): string[] {
  const out: string[] = [];
  const toks = tokenize(text);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'email') {
      out.push(t.low);
      const domain = t.low.split('@')[1];
      if (domain) out.push(domain);
      continue;
    }
    if (t.kind !== 'word' || !t.cap || isKnownWord(t.low)) continue;
    let end = i + 1;
    while (end < toks.length && toks[end].cap && toks[end].kind === 'word') end++;
    out.push(toks.slice(i, end).map((x) => x.low).join(' '));
    i = end - 1;
  }
  return out.filter((n) => n.length > 2);
}
