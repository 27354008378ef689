// The arguments a "references" code lens carries, checked before they reach
// VS Code: they arrive as plain JSON from the server, and a malformed one
// should do nothing rather than throw inside the editor's command.
import type { ShowReferencesArgs } from '../../server/src/features/lens-commands';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isPosition = (v: unknown): boolean => isObject(v) && isCount(v.line) && isCount(v.character);
const isRange = (v: unknown): boolean => isObject(v) && isPosition(v.start) && isPosition(v.end);
const isLocation = (v: unknown): boolean => isObject(v) && typeof v.uri === 'string' && isRange(v.range);

/** The lens's arguments when they have the shape the server sends; undefined otherwise. */
export function readShowReferencesArgs(args: readonly unknown[]): ShowReferencesArgs | undefined {
  const [uri, position, locations] = args;
  if (typeof uri !== 'string' || !isPosition(position) || !Array.isArray(locations) || !locations.every(isLocation)) return undefined;
  return args as ShowReferencesArgs;
}
