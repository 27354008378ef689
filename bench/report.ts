// Turns one benchmark run into the tables of bench/results.md. Only the part
// between the two markers is rewritten; the notes around it (before/after of
// each optimisation, where each aim stands) are kept as written.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { InProcessResult } from './in-process';
import type { ServerResult } from './server-runs';
import { linearFit } from './stats';

export const START = '<!-- bench:start (written by `npm run bench`; edit outside these markers) -->';
export const END = '<!-- bench:end -->';

export interface RunInfo {
  date: string;
  cpu: string;
  cores: number;
  node: string;
  /** Spawn-to-exit of `node -e 0`, the floor under both servers' start-up. */
  nodeStartMs: number;
  /** One-minute load average of the machine, which other work shares. */
  load: string;
  theirs: string;
  ours: string;
  docs: { name: string; lines: number; bytes: number }[];
}

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? '–' : (a / b).toFixed(2));
const speedup = (ours: number, theirs: number) => (ours > 0 ? `${(theirs / ours).toFixed(1)}×` : '–');

function pairs(results: ServerResult[], docs: RunInfo['docs']): { name: string; lines: number; ours: ServerResult; theirs: ServerResult }[] {
  return docs.flatMap((d) => {
    const ours = results.find((r) => r.doc === d.name && r.server === 'ours');
    const theirs = results.find((r) => r.doc === d.name && r.server !== 'ours');
    return ours && theirs ? [{ name: d.name, lines: d.lines, ours, theirs }] : [];
  });
}

export function renderTables(info: RunInfo, results: ServerResult[], inProcess: InProcessResult[]): string {
  const rows = pairs(results, info.docs);
  const out: string[] = [START, ''];
  out.push(`Run of ${info.date} on ${info.cpu} (${info.cores} cores), Node ${info.node} for both servers; ${info.theirs}; ours is dist/server.js of ${info.ours}. Load average ${info.load}.`);
  out.push('Both servers run at once on each document but take turns: each open, edit and request goes to one, and the other gets the same only after the answer, so they never compete for the CPU; who goes first alternates, so drifting load falls on both alike.');
  out.push('Ratios are ours / theirs: below 1 means ours is faster (or smaller). "Speed-up" is theirs / ours.', '');

  out.push('### Edit to diagnostics (one-character edit in a prose value, debounce included)', '');
  out.push('| document | lines | ours p50 ms | ours p95 ms | theirs p50 ms | theirs p95 ms | ratio p50 | ratio p95 | speed-up p50 |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    out.push(`| ${r.name} | ${r.lines} | ${ms(r.ours.edit.p50)} | ${ms(r.ours.edit.p95)} | ${ms(r.theirs.edit.p50)} | ${ms(r.theirs.edit.p95)} | ${ratio(r.ours.edit.p50, r.theirs.edit.p50)} | ${ratio(r.ours.edit.p95, r.theirs.edit.p95)} | ${speedup(r.ours.edit.p50, r.theirs.edit.p50)} |`);
  }
  out.push('', `Edits per document: ${rows[0]?.ours.edit.n ?? 0}, alternating insert and delete at ${Math.ceil((rows[0]?.ours.edit.n ?? 0) / 2)} places.`, '');

  out.push('### Start-up, open, memory', '');
  out.push('| document | start-up ms ours | theirs | didOpen → diagnostics ms ours | theirs | ratio | peak RSS MB ours | theirs | ratio |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    out.push(`| ${r.name} | ${ms(r.ours.startupMs)} | ${ms(r.theirs.startupMs)} | ${ms(r.ours.openMs)} | ${ms(r.theirs.openMs)} | ${ratio(r.ours.openMs, r.theirs.openMs)} | ${ms(r.ours.peakRssMb)} | ${ms(r.theirs.peakRssMb)} | ${ratio(r.ours.peakRssMb, r.theirs.peakRssMb)} |`);
  }
  out.push('', `Start-up runs from spawning the process to the answer to \`initialize\`; a fresh process per document, the two started one after the other. For scale, Node itself starts and exits an empty script in ${ms(info.nodeStartMs)} ms here. Peak RSS is VmHWM of the server process at the end of its run.`, '');

  out.push('### Completion and hover (same positions for both, late in the file)', '');
  out.push('| document | completion p50 ms ours | p95 ours | p50 theirs | p95 theirs | hover p50 ms ours | p95 ours | p50 theirs | p95 theirs |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    out.push(`| ${r.name} | ${ms(r.ours.completion.p50)} | ${ms(r.ours.completion.p95)} | ${ms(r.theirs.completion.p50)} | ${ms(r.theirs.completion.p95)} | ${ms(r.ours.hover.p50)} | ${ms(r.ours.hover.p95)} | ${ms(r.theirs.hover.p50)} | ${ms(r.theirs.hover.p95)} |`);
  }
  out.push('', 'What each server reported on open (the sanity check before timing):', '');
  for (const r of rows) out.push(`- ${r.name}: ours ${r.ours.reported}; theirs ${r.theirs.reported}`);
  out.push('');

  out.push('### In process: our full check against yaml.parseDocument alone', '');
  out.push('CPU time of this process (medians, after as many warm-up rounds again as half the timed ones, with no forced collection between samples), not wall time, so other load on the machine disturbs it less. "Edit re-check" is a one-character edit at the same places the servers get, analysed from the version before (the incremental parse where it applies) and checked in full; "incremental" says how many of those edits took the incremental parse.', '');
  out.push('| document | lines | KB | parseDocument ms (floor) | PacketAnalysis ms (parse) | full check ms | check / floor | edit re-check ms | edit / floor | incremental | floor µs/line | check µs/line |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const p of inProcess) {
    out.push(`| ${p.doc} | ${p.lines} | ${(p.bytes / 1024).toFixed(0)} | ${ms(p.floorMs)} | ${ms(p.parseMs)} | ${ms(p.checkMs)} | ${ratio(p.checkMs, p.floorMs)} | ${ms(p.editMs)} | ${ratio(p.editMs, p.floorMs)} | ${p.editsIncremental} of ${p.editsTimed} | ${((1000 * p.floorMs) / p.lines).toFixed(1)} | ${((1000 * p.checkMs) / p.lines).toFixed(1)} |`);
  }
  const big = inProcess.filter((p) => p.lines >= 1000);
  if (big.length >= 2) {
    const fit = linearFit(big.map((p) => ({ x: p.lines, y: p.checkMs })));
    const floorFit = linearFit(big.map((p) => ({ x: p.lines, y: p.floorMs })));
    out.push('', `Growth with size (generated packets): full check ≈ ${fit.intercept.toFixed(1)} ms + ${(1000 * fit.slope).toFixed(1)} µs × lines, R² = ${fit.r2.toFixed(4)}; parseDocument ≈ ${floorFit.intercept.toFixed(1)} ms + ${(1000 * floorFit.slope).toFixed(1)} µs × lines, R² = ${floorFit.r2.toFixed(4)}. Medians of ${inProcess.map((p) => p.runs).join(', ')} runs (in table order).`);
  }
  out.push('', 'Documents: ' + info.docs.map((d) => `${d.name} (${d.lines} lines, ${(d.bytes / 1024).toFixed(0)} KB)`).join(', ') + '.', '');
  out.push('![Edit-to-diagnostics latency against packet size](latency.svg)', '', END);
  return out.join('\n');
}

/** Replaces the marked part of results.md (or appends it), whole file or nothing. */
export function writeResults(path: string, tables: string): void {
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark: handoff language server against yaml-language-server\n\n';
  const s = before.indexOf(START);
  const e = before.indexOf(END);
  const next = s >= 0 && e > s ? before.slice(0, s) + tables + before.slice(e + END.length) : `${before.trimEnd()}\n\n${tables}\n`;
  writeWhole(path, next);
}

export function writeWhole(path: string, content: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}
