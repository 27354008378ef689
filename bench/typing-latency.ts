// While typing in a large packet: how long the preview takes to update after
// an edit, and how long completion and hover take when they are sent while
// the server checks the latest edit. Over stdio LSP against dist/server.js,
// and against a copy of it without dist/check-worker.js beside it: that
// server checks on its own thread, as every check ran before the worker.
// Run under the heavy lock: `flock /tmp/handoff-heavy.lock npm run bench:typing`.
// Prints Markdown rows for bench/results.md. Every wait is bounded (lsp-session.ts):
// a server that dies or stops answering fails the run with a message.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PacketAnalysis, renderHtml } from '../packet/src';
import { quickLines } from '../packet/src/authoring';
import type { PreviewResult } from '../server/src/features/preview';
import { generatePacket } from './authoring-packet';
import { LspSession, type ServerSpec } from './lsp-session';
import { percentiles } from './stats';

const ROOT = join(__dirname, '..');
const RUNS = Number(process.env.RUNS ?? 300);
const PREVIEW_RUNS = Number(process.env.PREVIEW_RUNS ?? 30);
/** The preview asks after this pause in typing (client/src/preview/preview-panel.ts), before and after the change alike. */
const PREVIEW_PAUSE_MS = 300;
const URI = 'file:///bench/typing/handoff.yaml';
const example = readFileSync(join(ROOT, 'test-fixtures/valid/partner-triage/handoff.yaml'), 'utf8');
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x));

/** A one-character edit in a system's name in the middle of the file: typed on even versions, deleted on odd ones. */
function editor(text: string): { edited: string; change: (version: number) => unknown } {
  const hits = [...text.matchAll(/\n {4}name: Clearbit/g)];
  const at = hits[hits.length >> 1].index! + '\n    name: '.length;
  const start = quickLines(text).positionAt(at);
  const end = { line: start.line, character: start.character + 1 };
  return {
    edited: `${text.slice(0, at)}x${text.slice(at)}`,
    change: (version) => ({
      textDocument: { uri: URI, version },
      contentChanges: [version % 2 === 0 ? { range: { start, end: start }, text: 'x' } : { range: { start, end }, text: '' }],
    }),
  };
}

/** Starts a server, opens `text` and waits for its first diagnostics; `mode` says where that server checks. */
async function open(server: string, text: string): Promise<{ session: LspSession; mode: string }> {
  const warnings: string[] = [];
  const spec: ServerSpec = {
    name: 'handoff',
    command: process.execPath,
    args: [server, '--stdio'],
    configuration: () => null,
    notifications: { 'window/logMessage': (p) => warnings.push(String((p as { message?: unknown }).message)) },
  };
  const { session } = await LspSession.start(spec, 'file:///bench/typing');
  const opened = session.nextDiagnostics(URI, 1, 60_000);
  await session.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'handoff', version: 1, text } });
  await opened;
  // The worker checker says so when it falls back to the server's thread.
  return { session, mode: warnings.some((w) => w.includes('server thread')) ? 'checks on the server thread' : 'checks in the worker' };
}

/** Before: what the extension host did after each pause, a full parse and check of the new text and the whole body posted. */
function previewInHost(text: string, edited: string): { p50: number; p95: number; kb: number } {
  const samples: number[] = [];
  let kb = 0;
  for (let i = 0; i < PREVIEW_RUNS + 5; i++) {
    const started = performance.now();
    const body = renderHtml(new PacketAnalysis(i % 2 === 0 ? edited : text), { flavour: 'preview', check: {} });
    if (i >= 5) samples.push(performance.now() - started);
    kb = bytes({ type: 'render', uri: URI, version: i, body }) / 1024;
  }
  return { ...percentiles(samples), kb };
}

/** Now: the handoff/preview round trip after the pause, its answer, and the update the extension posts (changed parts only). */
async function previewFromServer(server: string, text: string): Promise<{ p50: number; p95: number; answerKb: number; postedKb: number; mode: string }> {
  const { session, mode } = await open(server, text);
  const { change } = editor(text);
  const samples: number[] = [];
  const answer: number[] = [];
  const posted: number[] = [];
  try {
    let had = new Map((await session.request<PreviewResult>('handoff/preview', { uri: URI }, 30_000)).parts.map((p) => [p.key, p.html]));
    for (let i = 0; i < PREVIEW_RUNS + 5; i++) {
      const version = i + 2;
      const checked = session.nextDiagnostics(URI, version, 30_000);
      await session.notify('textDocument/didChange', change(version));
      await pause(PREVIEW_PAUSE_MS);
      const started = performance.now();
      const r = await session.request<PreviewResult | null>('handoff/preview', { uri: URI }, 30_000);
      const took = performance.now() - started;
      if (r?.version !== version) throw new Error(`handoff/preview answered for version ${r?.version}, expected ${version}`);
      const parts = r.parts.map((p) => (had.get(p.key) === p.html ? { key: p.key, base: p.base } : p));
      had = new Map(r.parts.map((p) => [p.key, p.html]));
      if (i >= 5) {
        samples.push(took);
        answer.push(bytes(r) / 1024);
        posted.push(bytes({ type: 'update', uri: URI, version, parts }) / 1024);
      }
      await checked;
    }
  } finally {
    await session.close();
  }
  return { ...percentiles(samples), answerKb: percentiles(answer).p50, postedKb: percentiles(posted).p50, mode };
}

/**
 * An edit every 100 ms, like a typist; after each, one request 0 to 90 ms
 * later (in steps of 10), so requests land while the check of that edit
 * waits for its debounce and while it runs. Requests sent before the
 * diagnostics of their version came back count as during the check (`n` of
 * them); the others give the same request's cost with no check under way.
 * `withPreview`: a preview is open and asks for its parts right after each
 * edit (sooner than the real preview's pause, so its render overlaps the
 * request every time).
 */
async function requestsWhileChecking(server: string, text: string, kind: 'completion' | 'hover', withPreview = false): Promise<{ p50: number; p95: number; n: number; idle: { p50: number; p95: number }; mode: string }> {
  const { session, mode } = await open(server, text);
  const { change } = editor(text);
  const at = kind === 'completion' ? text.lastIndexOf('authority: never') + 'authority: '.length : text.lastIndexOf('owner: platform-team') + 10;
  const position = quickLines(text).positionAt(at);
  const method = kind === 'completion' ? 'textDocument/completion' : 'textDocument/hover';
  const sent: { at: number; took: number; checked: Promise<number> }[] = [];
  try {
    for (let i = 0; i < RUNS + 10; i++) {
      const version = i + 2;
      // Resolved by the diagnostics of this version or a later one (a superseded check publishes nothing).
      const checked = session.nextDiagnostics(URI, version, 60_000).then((p) => p.at);
      await session.notify('textDocument/didChange', change(version));
      const shown = withPreview ? session.request<PreviewResult | null>('handoff/preview', { uri: URI }, 30_000) : undefined;
      const delay = (i % 10) * 10;
      await pause(delay);
      const started = performance.now();
      const result = await session.request<unknown>(method, { textDocument: { uri: URI }, position }, 30_000);
      if (!result) throw new Error(`${method} answered nothing at line ${position.line + 1}`);
      if (i >= 10) sent.push({ at: started, took: performance.now() - started, checked });
      await pause(100 - delay);
      await shown;
    }
    const during: number[] = [];
    const idle: number[] = [];
    for (const s of sent) (s.at < (await s.checked) ? during : idle).push(s.took);
    return { ...percentiles(during), idle: percentiles(idle), mode };
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const built = join(ROOT, 'dist/server.js');
  // The same bundle without its worker file: the worker checker falls back to the server's thread.
  const bare = mkdtempSync(join(tmpdir(), 'handoff-no-worker-'));
  copyFileSync(built, join(bare, 'server.js'));
  const servers = [built, join(bare, 'server.js')];
  const start = loadavg()[0];
  const preview: string[] = [];
  const requests: string[] = [];
  const ms = (x: number) => x.toFixed(1);
  try {
    for (const lines of [1000, 5000]) {
      const text = generatePacket(example, lines);
      const n = text.split('\n').length;
      const host = previewInHost(text, editor(text).edited);
      preview.push(`| ${n} | before: extension host parses, checks, renders the whole packet (in process) | ${ms(host.p50)} | ${ms(host.p95)} | – | ${host.kb.toFixed(0)} KB |`);
      const server = await previewFromServer(built, text);
      preview.push(`| ${n} | now: \`handoff/preview\` round trip (${server.mode}) | ${ms(server.p50)} | ${ms(server.p95)} | ${server.answerKb.toFixed(0)} KB | ${server.postedKb.toFixed(1)} KB |`);
      if (lines !== 5000) continue;
      for (const s of servers) {
        for (const kind of ['completion', 'hover'] as const) {
          const r = await requestsWhileChecking(s, text, kind);
          requests.push(`| ${n} | ${kind} | ${r.mode} | ${ms(r.p50)} | ${ms(r.p95)} | ${r.n} | ${ms(r.idle.p50)} | ${ms(r.idle.p95)} |`);
        }
        const p = await requestsWhileChecking(s, text, 'completion', true);
        requests.push(`| ${n} | completion, preview open | ${p.mode} | ${ms(p.p50)} | ${ms(p.p95)} | ${p.n} | ${ms(p.idle.p50)} | ${ms(p.idle.p95)} |`);
      }
    }
  } finally {
    rmSync(bare, { recursive: true, force: true });
  }
  console.log(`${new Date().toISOString().slice(0, 16)} UTC, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), Node ${process.version}, load average ${start.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`);
  console.log('\n| lines | preview update after an edit | p50 ms | p95 ms | LSP answer | posted to the webview |\n| ---: | --- | ---: | ---: | ---: | ---: |');
  for (const r of preview) console.log(r);
  console.log('\n| lines | request | server | during the check: p50 ms | p95 ms | requests | after it: p50 ms | p95 ms |\n| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of requests) console.log(r);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
