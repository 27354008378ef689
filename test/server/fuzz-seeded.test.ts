// A bounded, seeded run of the protocol fuzzer (test/fuzz/): random edits,
// pastes and hostile snippets interleaved with every request the server
// announces, some cancelled. Fixed seeds, so a failure replays with
// `npm run fuzz -- --seed <seed> --steps 100`. The long run is `npm run fuzz`.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runFuzz } from '../fuzz/run';

const SEEDS = [11, 12, 13];
const STEPS_PER_SEED = 100;

describe('protocol fuzzer, seeded', () => {
  for (const seed of SEEDS) {
    test(`seed ${seed}: ${STEPS_PER_SEED} steps, every request answered, every range inside its document, diagnostics for the latest version, the server alive`, async () => {
      const result = await runFuzz({ seed, steps: STEPS_PER_SEED, settleEvery: 25 });
      if (result.failure) assert.fail(result.failure.message);
      assert.equal(result.survived, STEPS_PER_SEED);
      // The run did reach the server: requests went out and were answered.
      assert.ok(result.stats.requests > 0 && result.stats.answered > 0, JSON.stringify(result.stats));
    });
  }
});
