// `node esbuild.mjs && node --import tsx bench/hostile-syntax.ts [--cli=PATH]`:
// how long the pathological-syntax files of issue 12 take, in the library
// (parse and full check) and in `handoff check` (a process of its own), wall
// and CPU time, median of 5. `--cli` times another build of the CLI (a copy of
// dist/cli.js from before a change), so before and after run on the same
// machine. The one-mapping file comes in three sizes, so growth is visible.
// Results go in bench/results.md by hand; tests assert the diagnostics, never
// the time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PacketAnalysis } from '../packet/src';
import { unclosedFlowLines } from '../scripts/generate-hostile.mjs';

const RUNS = 5;
const cliPath = process.argv.find((a) => a.startsWith('--cli='))?.slice('--cli='.length) ?? 'dist/cli.js';
const keys = (n: number) => Array.from({ length: n }, (_, i) => `key${i}: ${i}`).join('\n') + '\n';
const cases: [string, string][] = [
  ['20,000 lines `badN: [` (never closed)', unclosedFlowLines(20_000)],
  ['10,000 keys `keyN: N` in one mapping', keys(10_000)],
  ['20,000 keys `keyN: N` in one mapping', keys(20_000)],
  ['40,000 keys `keyN: N` in one mapping', keys(40_000)],
];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timed(f: () => void): { wall: number; cpu: number } {
  const c = process.cpuUsage();
  const t = performance.now();
  f();
  const used = process.cpuUsage(c);
  return { wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
}

const dir = mkdtempSync(join(tmpdir(), 'handoff-bench-'));
console.log(`${cliPath}, Node ${process.version}; load average ${loadavg()[0].toFixed(1)} at the start; median of ${RUNS}; ms`);
console.log('| file | bytes | library wall | library CPU | `handoff check` wall | `handoff check` CPU |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [label, text] of cases) {
  new PacketAnalysis(text).diagnostics(); // warm-up
  const lib = Array.from({ length: RUNS }, () => timed(() => new PacketAnalysis(text).diagnostics()));
  const file = join(dir, 'handoff.yaml');
  writeFileSync(file, text);
  const cli = Array.from({ length: RUNS }, () => {
    const r = spawnSync('bash', ['-c', `TIMEFORMAT='%R %U %S'; time node ${JSON.stringify(cliPath)} check ${JSON.stringify(file)} > /dev/null`], { encoding: 'utf8' });
    const [real, user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
    return { wall: real * 1000, cpu: (user + sys) * 1000 };
  });
  const f = (xs: { wall: number; cpu: number }[], k: 'wall' | 'cpu') => Math.round(median(xs.map((x) => x[k])));
  console.log(`| ${label} | ${Buffer.byteLength(text)} | ${f(lib, 'wall')} | ${f(lib, 'cpu')} | ${f(cli, 'wall')} | ${f(cli, 'cpu')} |`);
}
console.log(`load average ${loadavg()[0].toFixed(1)} at the end`);
rmSync(dir, { recursive: true, force: true });
