// Measures two language servers side by side on one document: start-up,
// open-to-diagnostics, edit-to-diagnostics, completion and hover latency, peak
// memory. The planted problems are checked first, so a server that did not
// really look (no schema loaded, file refused as too large) fails the run
// instead of winning it.
import { LspSession, type PublishedDiagnostic, type ServerSpec } from './lsp-session';
import { percentiles, type Percentiles } from './stats';

export interface BenchDocument {
  name: string;
  text: string;
  lines: number;
  /** 0-based lines of the planted problems, with the rule our server reports there. */
  planted: { rule: string; line: number; schemaVisible: boolean }[];
}

export interface ServerResult {
  server: string;
  doc: string;
  startupMs: number;
  openMs: number;
  edit: Percentiles;
  completion: Percentiles;
  hover: Percentiles;
  peakRssMb: number | undefined;
  /** What the server reported on open, for the sanity line of the report. */
  reported: string;
}

const PROSE_KEY = /^(\s+(?:- )?)(does|means|measures|what|trigger|output|role|undo): (\S+)/;

/** Where the edits go: evenly spread prose values, just after their first word. */
export function editPlaces(text: string, count: number): { line: number; character: number }[] {
  const candidates: { line: number; character: number }[] = [];
  text.split('\n').forEach((l, line) => {
    const m = PROSE_KEY.exec(l);
    if (m) candidates.push({ line, character: m[1].length + m[2].length + 2 + m[3].length });
  });
  if (candidates.length < count) throw new Error(`only ${candidates.length} prose values to edit; ${count} needed`);
  return Array.from({ length: count }, (_, i) => candidates[Math.floor(((i + 0.5) * candidates.length) / count)]);
}

interface Probe {
  kind: 'completion' | 'hover';
  position: { line: number; character: number };
}

/** The same positions for both servers, late in the file where finding the node costs most. */
export function probes(text: string): Probe[] {
  const lines = text.split('\n');
  const last = (re: RegExp): number => {
    for (let i = lines.length - 1; i >= 0; i--) if (re.test(lines[i])) return i;
    throw new Error(`no line matches ${re}`);
  };
  const authority = last(/^\s+authority: /);
  const does = last(/^\s+does: /);
  const backlog = last(/^\s+backlog_limit:/);
  const owner = last(/^\s+owner: /);
  return [
    { kind: 'completion', position: { line: authority, character: lines[authority].indexOf('authority: ') + 'authority: '.length } },
    { kind: 'completion', position: { line: does, character: lines[does].indexOf('does') } },
    { kind: 'hover', position: { line: backlog, character: lines[backlog].indexOf('backlog_limit') + 3 } },
    { kind: 'hover', position: { line: owner, character: lines[owner].indexOf('owner: ') + 'owner: '.length + 2 } },
  ];
}

function describe(list: PublishedDiagnostic[]): string {
  const byCode = new Map<string, number>();
  for (const d of list) byCode.set(String(d.code ?? '-'), (byCode.get(String(d.code ?? '-')) ?? 0) + 1);
  return `${list.length} (${[...byCode].map(([c, n]) => `${c}×${n}`).join(', ') || 'none'})`;
}

function sanity(server: string, doc: BenchDocument, list: PublishedDiagnostic[], checkRuleIds: boolean): void {
  const problems: string[] = [];
  for (const p of doc.planted) {
    if (!checkRuleIds && !p.schemaVisible) continue;
    const hit = list.some((d) => d.range.start.line === p.line && (!checkRuleIds || d.code === p.rule));
    if (!hit) problems.push(`planted ${p.rule} on line ${p.line + 1} not reported`);
  }
  const plantedLines = new Set(doc.planted.map((p) => p.line));
  const stray = list.filter((d) => !plantedLines.has(d.range.start.line));
  if (stray.length > 0) problems.push(`${stray.length} unexpected diagnostics, first: line ${stray[0].range.start.line + 1}: ${stray[0].message.slice(0, 160)}`);
  if (problems.length > 0) throw new Error(`sanity check failed for ${server} on ${doc.name}: ${problems.join('; ')}`);
}

/** One server in the comparison, with how to open a document in it and what to check on open. */
export interface Contender {
  spec: ServerSpec;
  languageId: string;
  /** Whether the planted problems must each carry our rule id as `code`. */
  checkRuleIds: boolean;
}

export interface RunOptions {
  edits: number;
  /** Requests per completion/hover probe. */
  probeRepeats: number;
  timeoutMs: number;
  /** Which contender starts and opens first on this document (0 or 1); alternate it per document. */
  leader: number;
}

/** One running contender and what has been measured of it so far. */
interface Side {
  contender: Contender;
  session: LspSession;
  startupMs: number;
  version: number;
  openMs: number;
  reported: string;
  edits: number[];
  completion: number[];
  hover: number[];
}

/** The two sides in the order they take their turn `k`: each goes first on every other turn. */
function turn(sides: Side[], k: number): Side[] {
  return k % 2 === 0 ? sides : [sides[1], sides[0]];
}

/**
 * Measures both contenders on one document, interleaved: both run at once, but
 * only one works at any moment (each step waits for its answer before the
 * other gets the same step), and which goes first alternates step by step. So
 * load on the machine that drifts during a run falls on both alike, where
 * running one to completion and then the other gave the second a different
 * machine. Results come back in the order of `contenders`.
 */
export async function measurePair(contenders: [Contender, Contender], doc: BenchDocument, uri: string, rootUri: string, opts: RunOptions): Promise<[ServerResult, ServerResult]> {
  const order = opts.leader % 2 === 0 ? [0, 1] : [1, 0];
  const sides: Side[] = [];
  try {
    for (const i of order) {
      const { session, startupMs } = await LspSession.start(contenders[i].spec, rootUri);
      sides.push({ contender: contenders[i], session, startupMs, version: 1, openMs: NaN, reported: '', edits: [], completion: [], hover: [] });
    }
    for (const side of sides) await open(side, doc, uri, opts.timeoutMs);

    const places = editPlaces(doc.text, Math.ceil(opts.edits / 2));
    for (let k = 0; k < opts.edits; k++) {
      const at = places[Math.floor(k / 2)];
      // Every insert is undone by the next edit, so both sides always see the same text.
      const change =
        k % 2 === 0
          ? { range: { start: at, end: at }, text: 's' }
          : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
      // Who goes first changes every other edit (A B, B A, B A, A B, ...): each side leads on half the inserts and half the deletes.
      for (const side of turn(sides, k + Math.floor(k / 2))) side.edits.push(await timedEdit(side, uri, change, opts.timeoutMs));
    }

    // Every edit pair restored the text: the probes see the document as opened.
    let step = 0;
    for (const probe of probes(doc.text)) {
      const method = probe.kind === 'completion' ? 'textDocument/completion' : 'textDocument/hover';
      for (let i = 0; i < opts.probeRepeats + 2; i++, step++) {
        for (const side of turn(sides, step)) {
          const sent = performance.now();
          await side.session.request(method, { textDocument: { uri }, position: probe.position }, opts.timeoutMs);
          // The first two answers warm the server's caches for this position.
          if (i >= 2) side[probe.kind].push(performance.now() - sent);
        }
      }
    }

    const results = sides.map((side): ServerResult => ({
      server: side.contender.spec.name,
      doc: doc.name,
      startupMs: side.startupMs,
      openMs: side.openMs,
      edit: percentiles(side.edits),
      completion: percentiles(side.completion),
      hover: percentiles(side.hover),
      peakRssMb: side.session.peakRssMb(),
      reported: side.reported,
    }));
    const byContender = (c: Contender) => results[sides.findIndex((s) => s.contender === c)];
    return [byContender(contenders[0]), byContender(contenders[1])];
  } finally {
    await Promise.all(sides.map((s) => s.session.close()));
  }
}

/** Opens the document, times it to the first diagnostics, checks them, and waits until the server is done with it. */
async function open(side: Side, doc: BenchDocument, uri: string, timeoutMs: number): Promise<void> {
  const { spec } = side.contender;
  const firstPublish = side.session.nextDiagnostics(uri, 1, timeoutMs);
  const opened = performance.now();
  await side.session.notify('textDocument/didOpen', { textDocument: { uri, languageId: side.contender.languageId, version: 1, text: doc.text } });
  const first = await firstPublish;
  side.openMs = first.at - opened;
  sanity(spec.name, doc, first.diagnostics, side.contender.checkRuleIds);
  side.reported = describe(first.diagnostics);
  // Anything the server still publishes for the open must land neither inside a
  // timed edit nor inside the other server's open.
  await side.session.quiet(Math.max(600, 2 * side.openMs), timeoutMs);
}

async function timedEdit(side: Side, uri: string, change: unknown, timeoutMs: number): Promise<number> {
  const version = ++side.version;
  const next = side.session.nextDiagnostics(uri, version, timeoutMs);
  const sent = performance.now();
  await side.session.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  return (await next).at - sent;
}
