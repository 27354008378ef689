// Which capitalised words are ordinary words at the start of a sentence or a
// product screen ("Contact", "Pause", "Settings") rather than names of people
// or firms ("Acme", "Priya").

import { stems } from './fuzzy';
import { isFunctionWord } from './language';
import * as L from './operator-lexicon';

const COMMON = [
  'if', 'in', 'on', 'when', 'once', 'after', 'before', 'please', 'only', 'any', 'all', 'for', 'to', 'do', 'does', 'is', 'are',
  'be', 'it', 'its', 'we', 'you', 'they', 'he', 'she', 'i', 'and', 'or', 'but', 'then', 'otherwise', 'else', 'first', 'next',
  'last', 'new', 'old', 'previous', 'current', 'back', 'off', 'up', 'down', 'out', 'by', 'with', 'from', 'at', 'as', 'of',
  'no', 'not', 'never', 'always', 'read', 'confirm', 'make', 'sure', 'wait', 'rollbacks', 'rollback', 'pausing', 'resuming',
  'retrying', 'retries', 'enabled', 'disabled', 'pause', 'resume', 'stop', 'run', 'runs', 'queue', 'exceptions', 'exception',
  'scenarios', 'integrations', 'home', 'yes', 'ok', 'note', 'warning', 'important', 'emergency', 'fallback', 'optional',
  'required', 'step', 'steps', 'partner', 'operator', 'role', 'owner', 'owners', 'everyone', 'nobody', 'there', 'here',
  'this', 'that', 'these', 'those', 'what', 'where', 'who', 'how', 'why', 'which', 'until', 'unless', 'while', 'because',
  'since', 'so', 'also', 'just', 'now', 'today', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'hours', 'hour', 'minutes', 'day', 'days', 'week', 'weeks', 'api', 'ui', 'url', 'sla', 'eod', 'asap',
  'faq', 'readme', 'prod', 'production', 'staging', 'main', 'live', 'draft', 'auto', 'manual', 'manually', 'via', 'use',
  'go', 'open', 'click', 'select', 'choose', 'log', 'find', 'see', 'check', 'look', 'keep', 'leave', 'let', 'get', 'have',
];

let known: Set<string> | undefined;

function build(): Set<string> {
  const s = new Set<string>(COMMON);
  const add = (v: unknown): void => {
    if (typeof v === 'string') s.add(v);
    else if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      for (const [k, inner] of Object.entries(v)) {
        // Record<word, particles> tables name words in their keys too.
        if (!['verbs', 'nouns'].includes(k)) s.add(k);
        add(inner);
      }
    }
  };
  Object.values(L).forEach(add);
  return s;
}

export function isKnownWord(low: string): boolean {
  known ??= build();
  // "En Twilio Studio, …", "Si falla, …": a capitalised function word of the prose starts a sentence, not a name.
  return isFunctionWord(low) || stems(low).some((w) => known!.has(w));
}
