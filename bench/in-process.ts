// The packet library's full check against the floor: yaml's parseDocument of
// the same text alone. Both run in this process, alternating, so drift in the
// machine's load hits both alike.
import { parseDocument } from 'yaml';
import { PacketAnalysis, type PacketLimits } from '../packet/src';
import { editPlaces, type BenchDocument } from './server-runs';
import { median } from './stats';

export interface InProcessResult {
  doc: string;
  lines: number;
  bytes: number;
  /** yaml.parseDocument alone. */
  floorMs: number;
  /** new PacketAnalysis(text): our parse, with its own input checks. */
  parseMs: number;
  /** new PacketAnalysis(text).diagnostics(): everything a user sees. */
  checkMs: number;
  /**
   * A one-character edit: the analysis of the edited text from the previous
   * version's (the incremental parse where it applies), then its diagnostics.
   */
  editMs: number;
  /** How many of the timed edits took the incremental parse. */
  editsIncremental: number;
  editsTimed: number;
  runs: number;
}

/** High enough that no benchmark packet is cut short by the size limits. */
export const BENCH_LIMITS: PacketLimits = { fullCheckBytes: 64 * 1024 * 1024, maxBytes: 64 * 1024 * 1024 };

/**
 * CPU time (this process, all its threads, so GC helpers count) rather than
 * wall time: on a shared machine another process's load stretches wall time
 * but not the work done here.
 */
function time(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export function measureInProcess(doc: BenchDocument, runs: number): InProcessResult {
  const floor: number[] = [];
  const parse: number[] = [];
  const check: number[] = [];
  // One collection before the series, none between samples: a forced full
  // collection throws away what the JIT learnt, and made every sample after it
  // (ours and the floor alike) three to six times slower than in a server
  // that has been checking for a while.
  (globalThis as { gc?: () => void }).gc?.();
  const warmup = Math.max(2, Math.round(runs / 2));
  for (let i = 0; i < runs + warmup; i++) {
    const f = time(() => parseDocument(doc.text));
    const p = time(() => new PacketAnalysis(doc.text, BENCH_LIMITS));
    const c = time(() => new PacketAnalysis(doc.text, BENCH_LIMITS).diagnostics({ limits: BENCH_LIMITS }));
    if (i < warmup) continue;
    floor.push(f);
    parse.push(p);
    check.push(c);
  }
  const edits = measureEdits(doc, 20);
  return { doc: doc.name, lines: doc.lines, bytes: Buffer.byteLength(doc.text), floorMs: median(floor), parseMs: median(parse), checkMs: median(check), ...edits, runs };
}

/**
 * The same one-character edits the servers get (insert, then delete again, at
 * prose values spread through the file), each re-checked from the version
 * before it as the language server does.
 */
function measureEdits(doc: BenchDocument, places: number): { editMs: number; editsIncremental: number; editsTimed: number } {
  const lineStarts = [0];
  for (let i = doc.text.indexOf('\n'); i >= 0; i = doc.text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let text = doc.text;
  let analysis = new PacketAnalysis(text, BENCH_LIMITS);
  analysis.diagnostics({ limits: BENCH_LIMITS });
  const samples: number[] = [];
  let incremental = 0;
  for (const at of editPlaces(doc.text, places)) {
    const offset = lineStarts[at.line] + at.character;
    for (const next of [text.slice(0, offset) + 's' + text.slice(offset), text]) {
      const before = analysis;
      const wasReusable = before.parsed.reparseable;
      let after!: PacketAnalysis;
      samples.push(time(() => (after = new PacketAnalysis(next, BENCH_LIMITS, before)).diagnostics({ limits: BENCH_LIMITS })));
      // The incremental parse keeps the document object; a full parse makes a new one.
      if (wasReusable && after.parsed.doc === before.parsed.doc) incremental++;
      analysis = after;
    }
  }
  return { editMs: median(samples), editsIncremental: incremental, editsTimed: samples.length };
}
