import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { debounceDelay } from '../../server/src/validation';

// The pause between a keystroke and its check is part of what the user waits for.

describe('pause before checking an edit', () => {
  it('starts short even for a 2 MB packet, whose edits re-parse one section', () => {
    assert.ok(debounceDelay(undefined, 2_200_000) <= 60);
    assert.ok(debounceDelay(undefined, 11_000) <= 10);
  });

  it('follows what checks after edits cost: half of it, never more than 250 ms', () => {
    assert.equal(debounceDelay(8, 2_200_000), 4);
    assert.equal(debounceDelay(120, 2_200_000), 60);
    assert.equal(debounceDelay(1_300, 2_200_000), 250);
    assert.equal(debounceDelay(0.2, 100), 1);
  });
});
