// CPU profile of the library's full check on one generated packet:
// `node --cpu-prof --cpu-prof-dir=bench/out --import tsx bench/profile-check.ts 5000 [runs]`,
// then summarise with `node bench/profile-summary.mjs bench/out/<file>.cpuprofile`.
// @ts-expect-error: a plain .mjs script, shared with the command line
import { generatePacket } from './generate-packets.mjs';
import { BENCH_LIMITS } from './in-process';
import { PacketAnalysis } from '../packet/src';

const lines = Number(process.argv[2] ?? 5000);
const runs = Number(process.argv[3] ?? 10);
const text = generatePacket(lines) as string;
const start = performance.now();
for (let i = 0; i < runs; i++) new PacketAnalysis(text, BENCH_LIMITS).diagnostics({ limits: BENCH_LIMITS });
console.log(`${runs} full checks of ${lines} lines: ${((performance.now() - start) / runs).toFixed(1)} ms each`);
