import type { IdKind } from '../diagnostic';
import { ID_PATTERN } from '../format';
import { DECLARATION_LISTS } from '../model/id-index';
import { Flow, Guess, hasGuess, Todo, type YMap } from './emit';
import { appendItem } from './insert';
import { AUTHORITIES } from '../format';
import type { FixContext, FixDraft } from './types';

function entryFor(kind: IdKind, id: string): YMap {
  switch (kind) {
    case 'owner':
      return { id, role: new Todo(`the role ${id} stands for`), owns: new Flow([]) };
    case 'system':
      return { id, name: new Todo(`what ${id} is`) };
    case 'step':
      return { id, trigger: new Todo('what starts this step'), output: new Todo('what this step produces'), next: 'done' };
    case 'action':
      return { id, does: new Todo('what the action does'), authority: new Guess('approval', AUTHORITIES) };
    case 'metric':
      return { id, measures: new Todo('what the number measures'), target: new Todo('the value that counts as healthy') };
  }
}

/** Declares a referenced id: a new entry at the end of its list, with placeholders for the rest. */
export function declareIdFixes(ctx: FixContext, kind: IdKind, id: string): FixDraft[] {
  if (!ID_PATTERN.test(id) || ctx.analysis.index.byKind[kind].has(id)) return [];
  const listPath = DECLARATION_LISTS[kind];
  const entry = entryFor(kind, id);
  const edit = appendItem(ctx, listPath, entry, ctx.writer());
  if (!edit) return [];
  return [{ title: `Declare ${kind} \`${id}\` under \`${listPath.join('.')}\``, edits: [edit], isPreferred: true, safe: !hasGuess(entry) }];
}
