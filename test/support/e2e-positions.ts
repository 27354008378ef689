// Where things are in a fixture's text, 1-based as VS Code's status bar and
// Problems view count, so a test says "the value of set-deal-stage's authority"
// rather than a line number that breaks when the example grows.
import assert from 'node:assert/strict';

export interface Position {
  line: number;
  column: number;
}

/**
 * The position of `needle` in `text`: its first occurrence after `after`
 * (itself looked up from the start) when given. `at: 'end'` gives the column
 * just past the needle.
 */
export function positionOf(text: string, needle: string, options: { after?: string; at?: 'start' | 'end' } = {}): Position {
  const from = options.after === undefined ? 0 : text.indexOf(options.after);
  assert.ok(from >= 0, `the text should contain ${JSON.stringify(options.after)}`);
  let offset = text.indexOf(needle, from);
  assert.ok(offset >= 0, `the text should contain ${JSON.stringify(needle)}${options.after ? ` after ${JSON.stringify(options.after)}` : ''}`);
  if (options.at === 'end') offset += needle.length;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
