// One fuzz run: start the bundled server, open the packets, take steps until
// the budget is spent or an invariant breaks, settle, shut down.
import { validExamples } from '../support/fixtures';
import { Fuzzer, FuzzFailure } from './fuzzer';
import { HOSTILE_SNIPPETS } from './hostile-corpus';
import { LspClient } from './lsp-client';
import { Prng } from './prng';

export interface RunOptions {
  seed: number;
  /** Stop after this many steps… */
  steps: number;
  /** …or after this many milliseconds, whichever comes first. */
  timeLimitMs?: number;
  /** Wait for every answer and the latest diagnostics every this many steps. */
  settleEvery?: number;
  onProgress?: (stepsDone: number) => void;
  /** Edits may leave a lone carriage return (as clients other than VS Code can). */
  loneCr?: boolean;
  /** How a hang is measured (see LspClient's `guard`); the long run uses the server's CPU time. */
  guard?: 'wall' | 'server-cpu';
}

export interface RunResult {
  seed: number;
  /** Steps taken without a broken invariant. */
  survived: number;
  failure?: FuzzFailure | Error;
  stats: Fuzzer['stats'];
  methods: string[];
}

export async function runFuzz(o: RunOptions): Promise<RunResult> {
  const packets = validExamples().map((e) => e.text);
  if (packets.length === 0) throw new Error('no valid example packets under test-fixtures/valid/ to fuzz from');
  const client = await LspClient.start({ settings: () => ({ rules: {}, exceptionTypes: [] }), guard: o.guard });
  const fuzzer = new Fuzzer(client, new Prng(o.seed), { packets, snippets: HOSTILE_SNIPPETS, loneCr: o.loneCr });
  const started = Date.now();
  const settleEvery = o.settleEvery ?? 50;
  let survived = 0;
  let failure: Error | undefined;
  try {
    fuzzer.openAll();
    await fuzzer.settle();
    while (survived < o.steps && (o.timeLimitMs === undefined || Date.now() - started < o.timeLimitMs)) {
      await fuzzer.step();
      survived++;
      if (survived % settleEvery === 0) {
        await fuzzer.settle();
        o.onProgress?.(survived);
      }
    }
    await fuzzer.settle();
  } catch (err) {
    failure = err as Error;
  } finally {
    await client.stop();
  }
  return { seed: o.seed, survived, failure, stats: fuzzer.stats, methods: fuzzer.methods.map((m) => m.method) };
}
