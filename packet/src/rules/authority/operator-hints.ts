// Names the packet itself gives the phrase analyser: the owners are the
// buyer's people (unless an owner entry is plainly the vendor), and the
// support contacts are the builder's.

import { findParties, type NameHints } from '../../text/parties';
import { isKnownWord } from '../../text/operator-words';
import { isPlaceholder } from '../../text/placeholders';
import { systemWords } from '../../text/operator-control';
import { tokenize } from '../../text/tokens';
import { entriesAt, objectAt, textOf } from '../shared/values';

/**
 * Hints per (owners, support) pair of values. An edit elsewhere in the packet
 * leaves both the same objects (the incremental parse shares what did not
 * change), so a 2,000-owner packet is not analysed again on every keystroke.
 */
const memo = new WeakMap<object, WeakMap<object, WeakMap<object, NameHints>>>();
const NONE = {};

export function operatorHints(value: Record<string, unknown>): NameHints {
  const owners = value.owners;
  if (typeof owners !== 'object' || owners === null) return computeHints(value);
  const support = typeof value.support === 'object' && value.support !== null ? value.support : NONE;
  // Systems count too: their credentials name the buyer's own accounts and roles.
  const systems = typeof value.systems === 'object' && value.systems !== null ? value.systems : NONE;
  let bySupport = memo.get(owners);
  if (!bySupport) memo.set(owners, (bySupport = new WeakMap()));
  let bySystems = bySupport.get(support);
  if (!bySystems) bySupport.set(support, (bySystems = new WeakMap()));
  let hints = bySystems.get(systems);
  if (!hints) bySystems.set(systems, (hints = computeHints(value)));
  return hints;
}

function computeHints(value: Record<string, unknown>): NameHints {
  const insiders = new Set<string>();
  const outsiders = new Set<string>();
  const support = objectAt(value, ['support']);
  const supportTexts = ['response', 'monitoring', 'window', 'bug']
    .map((key) => textOf(support?.[key]))
    // A `TODO: …` placeholder names nobody; its "TODO" is not the builder.
    .filter((t): t is string => !!t && !isPlaceholder(t));
  // The builder's company, as its support addresses spell it: "@acme-automation.example" is Acme Automation.
  const builderDomains = new Set(supportTexts.flatMap(domainsIn));
  // Support run from the buyer's own domain (several owners share it) is in-house.
  const ownerDomains = new Map<string, number>();
  for (const { entry } of entriesAt(value, ['owners'])) {
    for (const d of new Set([entry.contact, entry.person].map(textOf).flatMap((t) => (t ? domainsIn(t) : [])))) ownerDomains.set(d, (ownerDomains.get(d) ?? 0) + 1);
  }
  for (const [d, n] of ownerDomains) if (n >= 2) builderDomains.delete(d);
  // An employer several owners name ("… at Logisur") is the buyer's own company.
  const employers = new Map<string, number>();
  for (const { entry } of entriesAt(value, ['owners'])) {
    const e = employerIn(textOf(entry.role) ?? '');
    if (e) employers.set(e, (employers.get(e) ?? 0) + 1);
  }
  for (const { entry } of entriesAt(value, ['owners'])) {
    const names = [entry.id, entry.role, entry.person, entry.contact].map(textOf).filter((s): s is string => !!s);
    const named = employerIn(textOf(entry.role) ?? '');
    const employer = named && (employers.get(named) ?? 0) < 2 ? named : undefined;
    if (employer) outsiders.add(employer);
    const outside =
      !!employer ||
      names.some((n) => findParties(tokenize(n)).some((p) => p.kind === 'outsider')) ||
      // An owner reached at the builder's domain works for the builder.
      names.some((n) => domainsIn(n).some((d) => builderDomains.has(d)));
    const into = outside ? outsiders : insiders;
    for (const n of names) for (const phrase of phrasesOf(n)) into.add(phrase);
  }
  for (const text of supportTexts) {
    for (const name of namesIn(text)) if (!insiders.has(name)) outsiders.add(name);
  }
  for (const d of builderDomains) for (const name of companyOf(d)) if (!insiders.has(name)) outsiders.add(name);
  // A system of the packet ("WMS support reads the report") is a place to work in, never the builder.
  const systems = systemWords(value.systems);
  for (const name of [...outsiders]) if (systems.has(name)) outsiders.delete(name);
  // The account or role a system's credential names ("role AP Automation",
  // "service account Ops Robot") is the buyer's own login: "bills created by
  // AP Automation" points at that account, not at an outside firm. A login is
  // no person either: "bitten Sie darum, die Vorprüfung anzuhalten" asks
  // nobody of the buyer's when "Vorprüfung" is the API key's role.
  const logins: string[] = [];
  for (const { entry } of entriesAt(value, ['systems'])) {
    const credential = textOf(entry.credential);
    if (credential) for (const name of namesIn(credential)) if (!outsiders.has(name) && !insiders.has(name)) logins.push(name);
  }
  return { insiders: [...insiders], outsiders: [...outsiders], places: [...systems, ...logins] };
}

/**
 * A role held at another company: "Project lead at Nimbus", "Consultor de
 * Norte Digital", "Beraterin bei Werkbank", "Chef de projet chez Atelier Flux".
 */
function employerIn(role: string): string | undefined {
  const m = EMPLOYER.exec(role);
  if (!m) return undefined;
  const name = m[1].trim();
  const first = name.split(/\s+/)[0].toLowerCase();
  return isKnownWord(first) || name.length < 3 ? undefined : name.toLowerCase();
}

const EMPLOYER = /\b(?:at|from|bei|chez)\s+((?:\p{Lu}[\p{L}\p{N}&.-]*)(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,2})/u;

/** Mail hosts that say nothing about whom an address belongs to. */
const FREE_MAIL = new Set(['gmail', 'googlemail', 'outlook', 'hotmail', 'live', 'yahoo', 'icloud', 'me', 'proton', 'protonmail', 'gmx', 'web', 'aol', 'mail', 'yandex', 'zoho', 'fastmail', 'orange', 'free', 'laposte', 'telefonica', 't-online']);
/** Labels of a host that are not the company: "mail.", ".co.uk", "support.". */
const HOST_NOISE = new Set(['www', 'mail', 'support', 'help', 'helpdesk', 'app', 'status', 'portal', 'example', 'com', 'net', 'org', 'io', 'dev', 'co', 'ai', 'app', 'eu', 'de', 'es', 'fr', 'uk', 'us', 'mx', 'ar', 'cl', 'at', 'ch', 'be', 'it', 'nl', 'info', 'biz', 'tech', 'cloud', 'studio', 'agency', 'solutions', 'consulting', 'example-mail']);

/** Hosts of the addresses and links in a text. */
function domainsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/@([\p{L}\p{N}.-]+\.[\p{L}]{2,})|https?:\/\/([\p{L}\p{N}.-]+\.[\p{L}]{2,})/gu)) {
    const host = (m[1] ?? m[2]).toLowerCase();
    const labels = host.split('.').filter((l) => !HOST_NOISE.has(l));
    if (labels.length > 0 && !labels.some((l) => FREE_MAIL.has(l))) out.push(labels[labels.length - 1]);
  }
  return out;
}

/** "acme-automation" → "acme automation" and "acme"; the first word alone only when it is no ordinary word. */
function companyOf(label: string): string[] {
  const words = label.split(/[-_]+/).filter((w) => w.length > 1);
  if (words.length === 0) return [];
  const out = [words.join(' ')];
  if (words.length > 1 && words[0].length >= 3 && !isKnownWord(words[0])) out.push(words[0]);
  return out.filter((n) => n.length > 2);
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

const NAME_JOINERS = new Set(['y', 'e', '&', 'und', 'et', '+']);

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
    for (;;) {
      while (end < toks.length && toks[end].cap && toks[end].kind === 'word') end++;
      // "Pixel y Código", "Müller & Partner", "Conseil et Associés": one firm.
      if (end + 1 < toks.length && NAME_JOINERS.has(toks[end].low) && toks[end + 1].cap && toks[end + 1].kind === 'word') end += 2;
      else break;
    }
    out.push(toks.slice(i, end).map((x) => x.low).join(' '));
    i = end - 1;
  }
  return out.filter((n) => n.length > 2);
}
