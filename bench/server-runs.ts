// Measures one language server on one document: start-up, open-to-diagnostics,
// edit-to-diagnostics, completion and hover latency, peak memory. The planted
// problems are checked first, so a server that did not really look (no schema
// loaded, file refused as too large) fails the run instead of winning it.
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

export interface RunOptions {
  edits: number;
  /** Requests per completion/hover probe. */
  probeRepeats: number;
  timeoutMs: number;
  /** Whether the planted problems must each carry our rule id as `code`. */
  checkRuleIds: boolean;
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

export async function measureServer(spec: ServerSpec, doc: BenchDocument, uri: string, languageId: string, rootUri: string, opts: RunOptions): Promise<ServerResult> {
  const { session, startupMs } = await LspSession.start(spec, rootUri);
  try {
    const firstPublish = session.nextDiagnostics(uri, 1, opts.timeoutMs);
    const opened = performance.now();
    await session.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: doc.text } });
    const first = await firstPublish;
    const openMs = first.at - opened;
    sanity(spec.name, doc, first.diagnostics, opts.checkRuleIds);
    // Anything the server still publishes for the open must not land inside a timed edit.
    await session.quiet(Math.max(600, 2 * openMs), opts.timeoutMs);

    const places = editPlaces(doc.text, Math.ceil(opts.edits / 2));
    const editSamples: number[] = [];
    let version = 1;
    for (let k = 0; k < opts.edits; k++) {
      const at = places[Math.floor(k / 2)];
      const insert = k % 2 === 0;
      version++;
      const change = insert
        ? { range: { start: at, end: at }, text: 's' }
        : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
      const next = session.nextDiagnostics(uri, version, opts.timeoutMs);
      const sent = performance.now();
      await session.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      editSamples.push((await next).at - sent);
    }
    // Every edit pair restored the text: the probes see the document as opened.
    const probeSamples = { completion: [] as number[], hover: [] as number[] };
    for (const probe of probes(doc.text)) {
      const method = probe.kind === 'completion' ? 'textDocument/completion' : 'textDocument/hover';
      for (let i = 0; i < opts.probeRepeats + 2; i++) {
        const sent = performance.now();
        await session.request(method, { textDocument: { uri }, position: probe.position }, opts.timeoutMs);
        // The first two answers warm the server's caches for this position.
        if (i >= 2) probeSamples[probe.kind].push(performance.now() - sent);
      }
    }
    return {
      server: spec.name,
      doc: doc.name,
      startupMs,
      openMs,
      edit: percentiles(editSamples),
      completion: percentiles(probeSamples.completion),
      hover: percentiles(probeSamples.hover),
      peakRssMb: session.peakRssMb(),
      reported: describe(first.diagnostics),
    };
  } finally {
    await session.close();
  }
}
