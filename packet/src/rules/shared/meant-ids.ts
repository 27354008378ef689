import type { IdKind } from '../../diagnostic';
import { isPlaceholder } from '../../text/placeholders';
import { nearest } from '../../util/nearest';

/** Words an author writes for the end of a path, which the format spells `done`. */
const ENDINGS = new Set(['done', 'end', 'ends', 'finish', 'finished', 'complete', 'completed', 'stop', 'exit', 'close', 'closed', 'terminate', 'final']);

/**
 * The declared ids an undeclared reference most probably meant, likeliest
 * first (`done` for a step path's end). One place, so the "did you mean" of
 * unknown-reference and the checks that forgive the same slip agree.
 */
export function meantIds(kind: IdKind, id: string, declared: Iterable<string>): string[] {
  if (isPlaceholder(id)) return [];
  if (kind === 'step' && ENDINGS.has(id.toLowerCase())) return ['done'];
  return nearest(id, [...declared]);
}
