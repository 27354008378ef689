// Every member of the hostile-input corpus through the library: it must come
// back (a hang guard of 4 s of CPU, not a speed test: real times are a
// fraction of that), with a diagnostic that names the problem, without throwing, without
// a memory blow-up, and without touching Object.prototype.
//
// Each case runs in a worker thread so a hang can be ended and a memory
// blow-up is stopped by the worker's heap limit instead of taking the test
// runner down.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { expectationFor, expectationProblem, hostileCorpus, type HostileCase } from '../fuzz/hostile-corpus';

/**
 * A hang detector: a case that has used this much CPU (the test process's,
 * nearly all of it the worker's, with yaml's garbage collection) has hung.
 * CPU time, not wall time: on a shared machine under load a case can wait
 * seconds for a core without doing anything wrong.
 */
const HANG_GUARD_MS = 4000;
/** And a case that takes this long whatever the CPU says (blocked, not busy). */
const HANG_GUARD_WALL_MS = 60_000;
/** Generous: the 50 MB text alone is 50 MB; a blow-up is gigabytes. */
const RSS_GROWTH_CEILING = 500 * 1024 * 1024;
const WORKER_HEAP_MB = 1536;

interface CaseResult {
  threw?: string;
  diagnostics: { rule: string; severity: string; message: string; start: number; end: number }[];
  textLength: number;
  elapsedMs: number;
  rssGrowth: number;
  prototypeTouched: string[];
}

// The worker compiles the library with tsx (workers do not inherit the
// runner's loader), reads the case's text, then analyses it the way every
// feature does: parse, diagnostics, id index.
const WORKER_SOURCE = `
const { register } = require('tsx/cjs/api');
register();
const { parentPort } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { PacketAnalysis } = require(${JSON.stringify(require.resolve('../../packet/src'))});
parentPort.on('message', ({ path, inline }) => {
  const text = path ? readFileSync(path).toString('utf8') : inline;
  const rssBefore = process.memoryUsage().rss;
  parentPort.postMessage({ started: true });
  const t0 = performance.now();
  const out = { diagnostics: [], textLength: text.length };
  try {
    const analysis = new PacketAnalysis(text);
    out.diagnostics = analysis.diagnostics().map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, start: d.span.start, end: d.span.end }));
    void analysis.index;
  } catch (err) {
    out.threw = err && err.stack ? err.stack : String(err);
  }
  out.elapsedMs = performance.now() - t0;
  out.rssGrowth = process.memoryUsage().rss - rssBefore;
  out.prototypeTouched = Object.getOwnPropertyNames(Object.prototype).filter((k) => ['polluted', 'isAdmin'].includes(k));
  parentPort.postMessage({ result: out });
});
`;

/** One worker reused across cases; replaced after a case hangs or dies. */
class CaseRunner {
  private worker: Worker | undefined;

  private fresh(): Worker {
    this.worker ??= new Worker(WORKER_SOURCE, { eval: true, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, stackSizeMb: 1 } });
    return this.worker;
  }

  /** Waits for the worker to load the library, so the guard below times the case only. */
  async warm(): Promise<void> {
    await this.run({ name: 'warm-up', about: '', text: () => 'packet: 1\n' });
  }

  run(c: HostileCase): Promise<CaseResult> {
    const worker = this.fresh();
    return new Promise<CaseResult>((resolve, reject) => {
      let guard: ReturnType<typeof setInterval> | undefined;
      const done = (settle: () => void) => {
        clearInterval(guard);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        settle();
      };
      const kill = (why: string) => {
        void worker.terminate();
        this.worker = undefined;
        done(() => reject(new Error(why)));
      };
      const onMessage = (m: { started?: true; result?: CaseResult }) => {
        // The clock starts once the text is in memory: reading 50 MB is not the library's time.
        if (m.started) {
          const cpu0 = process.cpuUsage();
          const wall0 = Date.now();
          guard = setInterval(() => {
            const used = process.cpuUsage(cpu0);
            const cpuMs = (used.user + used.system) / 1000;
            if (cpuMs > HANG_GUARD_MS || Date.now() - wall0 > HANG_GUARD_WALL_MS) {
              kill(`${c.name}: no answer after ${Math.round(cpuMs)} ms of CPU (${Date.now() - wall0} ms wall): the library hangs on it`);
            }
          }, 50);
        }
        if (m.result) done(() => resolve(m.result!));
      };
      const onError = (err: Error) => kill(`${c.name}: the worker died: ${err.message} (a heap over ${WORKER_HEAP_MB} MB is a memory blow-up)`);
      const onExit = (code: number) => kill(`${c.name}: the worker exited with ${code}`);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(c.path ? { path: c.path } : { inline: c.text() });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
  }
}

describe('hostile input: the library answers every member of the corpus', () => {
  const corpus = hostileCorpus();
  const runner = new CaseRunner();
  before(() => runner.warm());
  after(() => runner.close());

  test('every member of the corpus says what it must report', () => {
    const missing = corpus.filter((c) => expectationFor(c.name) === undefined).map((c) => c.name);
    assert.deepEqual(missing, [], `add an expectation for: ${missing.join(', ')}`);
  });

  test('the corpus has a ReDoS attack for every distinct schema pattern', async () => {
    const { schemaPatterns } = await import('../../scripts/generate-hostile.mjs');
    const distinct = new Set(schemaPatterns().map((p) => p.pattern));
    assert.ok(distinct.size > 0, 'the schemas have `pattern` keywords to attack');
    assert.equal(corpus.filter((c) => c.name.startsWith('redos-')).length, distinct.size);
  });

  for (const c of corpus) {
    test(`${c.name}: ${c.about}`, async () => {
      const r = await runner.run(c);
      assert.equal(r.threw, undefined, `the library threw:\n${r.threw}`);
      const problem = expectationProblem(c.name, r.diagnostics);
      assert.equal(problem, undefined, problem);
      for (const d of r.diagnostics) assert.ok(0 <= d.start && d.start <= d.end && d.end <= r.textLength, `span ${d.start}-${d.end} inside the text (${r.textLength})`);
      assert.deepEqual(r.prototypeTouched, [], 'Object.prototype untouched');
      assert.ok(r.rssGrowth < RSS_GROWTH_CEILING, `memory grew by ${Math.round(r.rssGrowth / 1e6)} MB`);
    });
  }
});
