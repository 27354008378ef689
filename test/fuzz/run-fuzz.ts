// `npm run fuzz [-- --seed N] [--steps N] [--minutes M] [--lone-cr]`: a long fuzz run
// against the bundled server. Prints how many steps it survived; exits 1 on a
// broken invariant, with the seed and the last actions to replay it.
import { cpus } from 'node:os';
import { runFuzz } from './run';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const seed = Number(arg('seed') ?? Date.now() % 1_000_000);
  const steps = Number(arg('steps') ?? 20_000);
  const minutes = arg('minutes') === undefined ? undefined : Number(arg('minutes'));
  if (!Number.isFinite(seed) || !Number.isFinite(steps) || (minutes !== undefined && !Number.isFinite(minutes))) {
    console.error('usage: npm run fuzz -- [--seed N] [--steps N] [--minutes M] [--lone-cr]');
    process.exitCode = 2;
    return;
  }
  const started = Date.now();
  console.log(`fuzzing with seed ${seed}: up to ${steps} steps${minutes ? ` or ${minutes} min` : ''} (node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'})`);
  const result = await runFuzz({
    seed,
    steps,
    timeLimitMs: minutes === undefined ? undefined : minutes * 60_000,
    settleEvery: 100,
    loneCr: process.argv.includes('--lone-cr'),
    // A long run shares the machine (started with nice): the scheduler's delays are not hangs.
    guard: 'server-cpu',
    onProgress: (n) => {
      if (n % 1000 === 0) console.log(`  ${n} steps, ${Math.round((Date.now() - started) / 1000)} s`);
    },
  });
  const s = result.stats;
  const errors = [...s.errors].map(([code, n]) => `${code}×${n}`).join(', ') || 'none';
  console.log(`methods: ${result.methods.join(', ')}`);
  console.log(`edits ${s.edits}, requests ${s.requests} (answered ${s.answered}, cancelled ${s.cancelled}, error answers ${errors})`);
  console.log(`survived ${result.survived} steps in ${Math.round((Date.now() - started) / 1000)} s with seed ${seed}`);
  if (result.failure) {
    console.error(`\nFAILED: ${result.failure.message}`);
    process.exitCode = 1;
  }
}

void main();
