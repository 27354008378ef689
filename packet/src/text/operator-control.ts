// Whether an operator instruction names the control itself: a system of the
// packet, a place in a UI (a menu path, a screen, a view), a flag, setting,
// command, job, button or address. "Pause the workflow." restates the
// question; "See the runbook." points nowhere. A runbook counts only with its
// location, which is then a link, a path, a section or a quoted title.

import { stems } from './fuzzy';
import { fold, foldGerman, INTL } from './operator-lexicon-intl';
import { COMMANDS, STATE_WORDS, TOOL_NOUNS } from './operator-lexicon';
import { isKnownWord } from './operator-words';
import { isFunctionWord, type ProseLanguage } from './language';
import { tokenize } from './tokens';

/** English control nouns, on top of the analyser's tool nouns. */
const EN_CONTROLS = new Set<string>([
  ...TOOL_NOUNS.filter((n) => !['runbook', 'playbook', 'docs', 'documentation', 'status', 'api', 'account', 'tools', 'hub'].includes(n)),
  'rule', 'schedule', 'scheduler', 'trigger', 'webhook', 'tag', 'commit', 'branch', 'history', 'filter', 'version', 'automation-rule',
  'kill-switch', 'killswitch', 'endpoint', 'integration-settings', 'sidebar', 'form', 'field', 'column', 'label', 'inbox', 'folder',
  'dag', 'cronjob', 'service-account', 'permission', 'role-setting', 'secret', 'pager', 'pagerduty', 'backup', 'snapshot',
]);

/** Spanish, German and French control nouns, matched as stems at the start of a folded word. */
const INTL_CONTROLS: readonly string[] = [...new Set(Object.values(INTL).flatMap((l) => l.controls))];

/** Words that point at a document: they need a location to count. */
const POINTERS = new Set(['runbook', 'playbook', 'docs', 'documentation', 'wiki', 'manual', 'guide', 'procedure', 'sop', 'handbook', 'instructions', ...Object.values(INTL).flatMap((l) => l.pointers)]);

/** "section 4", "paso 3", "Abschnitt 2.1", "étape 5": a location inside a document. */
const SECTION = /\b(?:section|step|chapter|page|part|secci[oó]n|paso|cap[ií]tulo|apartado|abschnitt|kapitel|schritt|seite|chapitre|[ée]tape|partie)\s*\d|§\s*\d/iu;
/** A label quoted as the UI shows it: "Pause", „Auto-Versand", «Suspendre». */
const QUOTED = /["“„«‚][^"“”„«»\n]{1,60}["”“»‘]/u;
/** A menu path: Settings > Integrations, Ajustes → Flujos. */
const MENU_PATH = /[\p{L}\p{N})]\s*(?:>|→|»|›)\s*[\p{L}\p{N}(]/u;

const PLACE_PREPS = new Set(['in', 'on', 'from', 'via', 'through', 'inside', 'en', 'desde', 'dentro', 'bei', 'über', 'unter', 'auf', 'dans', 'depuis', 'sur', 'via']);

export interface ControlContext {
  /** Lower-case system ids and the distinctive words of system names. */
  systems: ReadonlySet<string>;
  language: ProseLanguage;
}

export interface ControlJudgement {
  names: boolean;
  /** The text leans on a document without saying where it is. */
  pointerOnly: boolean;
}

export function judgeControl(text: string, ctx: ControlContext): ControlJudgement {
  const t = text.slice(0, 2000);
  if (SECTION.test(t) || QUOTED.test(t) || MENU_PATH.test(t)) return { names: true, pointerOnly: false };
  const toks = tokenize(t);
  let pointer = false;
  let sentenceStart = true;
  for (let i = 0; i < toks.length; i++) {
    const tok = toks[i];
    if (tok.kind === 'punct') {
      if (['.', ':', ';', '!', '?', '(', '-', '–', '—'].includes(tok.raw)) sentenceStart = true;
      continue;
    }
    const first = sentenceStart;
    sentenceStart = false;
    if (tok.kind !== 'word') return { names: true, pointerOnly: false };
    const low = tok.low;
    // "n8n", "make.com", a phone number or a port: a product, a host or a number to call.
    if ((/\d/.test(low) && /\p{L}/u.test(low)) || /\.\p{L}{2,}$/u.test(low) || /\d{3,}|\d+-\d+/.test(low)) return { names: true, pointerOnly: false };
    if ((low.includes('_') && low.length >= 4) || low.includes('=') || (COMMANDS as readonly string[]).includes(low)) return { names: true, pointerOnly: false };
    if (ctx.systems.has(low) || (i + 1 < toks.length && ctx.systems.has(`${low} ${toks[i + 1].low}`))) return { names: true, pointerOnly: false };
    // "Slack-App", "Admin-Konsole", "SCIM-Token": each part of a compound counts.
    const parts = low.includes('-') ? [low, ...low.split('-').filter((p) => p.length > 1)] : [low];
    if (parts.some((p) => ctx.systems.has(p))) return { names: true, pointerOnly: false };
    const folded = fold(low);
    if (POINTERS.has(folded) || stems(folded).some((s) => POINTERS.has(s))) {
      pointer = true;
      continue;
    }
    if (parts.some((p) => isControlNoun(p, ctx.language)) && !usedAsVerb(toks, i, first)) return { names: true, pointerOnly: false };
    // "set it to false", "set the workflow to inactive", "auf 0 setzen": a setting's value.
    if ((STATE_WORDS as readonly string[]).includes(low) && low !== 'on' && low !== 'off' && toks.some((x) => ['set', 'to', 'auf', 'en', 'a', 'à', 'sur'].includes(x.low))) {
      return { names: true, pointerOnly: false };
    }
    // "in Slack", "from Settings", "bei Personio", "dans Zendesk": a capitalised place after a preposition.
    if (tok.cap && !first && PLACE_PREPS.has(toks[i - 1]?.low ?? '')) {
      return { names: true, pointerOnly: false };
    }
    // A product or screen named in prose (German capitalises every noun): "in Make", "from the Render dashboard".
    if (ctx.language !== 'de' && tok.cap && !first && !isKnownWord(low)) return { names: true, pointerOnly: false };
  }
  return { names: false, pointerOnly: pointer };
}

/** Words that follow an imperative verb, never a noun that names a control. */
const VERB_OBJECTS = new Set(['the', 'a', 'an', 'it', 'them', 'this', 'that', 'these', 'those', 'off', 'on', 'back', 'over', 'all', 'every', 'any', 'its', 'our', 'their', 'everything']);

/**
 * "Switch off the risky part", "Toggle it back on": the control noun is the
 * verb of the order and names nothing the operator could find; "the switch",
 * "Trigger the rollback job" (the job is the control) still count.
 */
function usedAsVerb(toks: readonly { low: string; kind: string }[], i: number, first: boolean): boolean {
  if (toks[i].low.includes('-')) return false;
  const prev = toks[i - 1]?.low;
  const next = toks[i + 1];
  if (!next || next.kind !== 'word') return false;
  // No noun takes "it" or "them" right after it: "have the lead switch it off" orders, names nothing.
  if (next.low === 'it' || next.low === 'them') return true;
  const leads = first || ['to', 'and', 'then', 'or', 'please', 'just'].includes(prev ?? '');
  return leads && VERB_OBJECTS.has(next.low);
}

function isControlNoun(word: string, language: ProseLanguage): boolean {
  if (stems(word).some((s) => EN_CONTROLS.has(s))) return true;
  const folded = language === 'de' ? foldGerman(word) : fold(word);
  // German closes compounds without a hyphen and puts the head last: "Versionsverlauf", "Webhookeinstellung".
  // "Kontrolle" and "zurückrollen" hold "rolle" without being a role: a role is the compound's head ("Benutzerrolle").
  if (language === 'de') return INTL_CONTROLS.some((c) => (c === 'rolle' ? folded.endsWith(c) : c.length >= 4 && folded.includes(c))) || INTL_CONTROLS.some((c) => folded === c);
  return INTL_CONTROLS.some((c) => folded.startsWith(c) && (c.length >= 4 || folded === c));
}

const systemsMemo = new WeakMap<object, Set<string>>();

/** System ids and the words of system names that are not ordinary words ("Gorgias", "HubSpot"). */
export function systemWords(systems: unknown): ReadonlySet<string> {
  if (!Array.isArray(systems)) return new Set();
  const hit = systemsMemo.get(systems);
  if (hit) return hit;
  const out = new Set<string>();
  for (const s of systems) {
    if (typeof s !== 'object' || s === null) continue;
    const { id, name } = s as Record<string, unknown>;
    if (typeof id === 'string' && id.length > 1) out.add(id.toLowerCase());
    if (typeof name === 'string') {
      const words = tokenize(name).filter((w) => w.kind === 'word');
      if (words.length > 1) out.add(words.slice(0, 2).map((w) => w.low).join(' '));
      // "Cola de las devoluciones": "las" and "del" name no system.
      for (const w of words) if (w.low.length >= 3 && !isKnownWord(w.low) && !EN_CONTROLS.has(w.low) && !isFunctionWord(w.low)) out.add(w.low);
    }
  }
  systemsMemo.set(systems, out);
  return out;
}
