import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Checker, CheckJob, CheckResult, RenderJob, RenderResult } from '../checker';
import type { WorkerReply, WorkerRequest } from './check-worker';

/** A job sent to the worker: how to answer it, and how to do it on the server thread instead. */
interface Waiting {
  uri: string;
  resolve: (r: CheckResult | RenderResult) => void;
  fallback: () => Promise<CheckResult | RenderResult>;
}

/**
 * Checks and renders in a worker thread (dist/check-worker.js beside the
 * server bundle): the server's own thread stays free for completion and
 * hover while a large packet is checked or its preview rendered. If the
 * worker file is missing, fails to start or dies, jobs fall back to
 * `fallback` (on the server's thread) and say so once.
 */
export class WorkerChecker implements Checker {
  private worker: Worker | undefined;
  private next = 1;
  private readonly waiting = new Map<number, Waiting>();
  private broken = false;

  constructor(
    private readonly fallback: Checker,
    private readonly log: (message: string) => void,
    private readonly file = join(__dirname, 'check-worker.js'),
  ) {}

  check(job: CheckJob): Promise<CheckResult> {
    return this.send({ kind: 'check', id: 0, job }, () => this.fallback.check(job)) as Promise<CheckResult>;
  }

  render(job: RenderJob): Promise<RenderResult> {
    return this.send({ kind: 'render', id: 0, job }, () => this.fallback.render(job)) as Promise<RenderResult>;
  }

  forget(uri: string): void {
    this.worker?.postMessage({ kind: 'forget', uri } satisfies WorkerRequest);
    this.fallback.forget(uri);
  }

  private send(request: Exclude<WorkerRequest, { kind: 'forget' }>, fallback: Waiting['fallback']): Promise<CheckResult | RenderResult> {
    const worker = this.start();
    if (!worker) return fallback();
    const id = this.next++;
    return new Promise((resolve) => {
      this.waiting.set(id, { uri: request.job.uri, resolve, fallback });
      worker.postMessage({ ...request, id } satisfies WorkerRequest);
    });
  }

  private start(): Worker | undefined {
    if (this.worker || this.broken) return this.worker;
    if (!existsSync(this.file)) return this.give(`checks run on the server thread: ${this.file} is missing`);
    try {
      const worker = new Worker(this.file);
      worker.unref();
      worker.on('message', (reply: WorkerReply) => this.settle(reply));
      worker.on('error', (err) => this.give(`the check worker failed (${err.message}); checks run on the server thread from now on`));
      worker.on('exit', (code) => {
        if (this.worker === worker) this.give(`the check worker stopped (exit ${code}); checks run on the server thread from now on`);
      });
      this.worker = worker;
      return worker;
    } catch (err) {
      return this.give(`the check worker could not start (${err instanceof Error ? err.message : String(err)}); checks run on the server thread`);
    }
  }

  private settle(reply: WorkerReply): void {
    const w = this.waiting.get(reply.id);
    if (!w) return;
    this.waiting.delete(reply.id);
    if (reply.ok) w.resolve(reply.result);
    else {
      this.log(`check of ${w.uri} failed in the worker: ${reply.error}`);
      void w.fallback().then(w.resolve);
    }
  }

  /** Gives up on the worker: what it still owed is done on the server thread. */
  private give(reason: string): undefined {
    if (!this.broken) this.log(reason);
    this.broken = true;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    const owed = [...this.waiting.values()];
    this.waiting.clear();
    for (const w of owed) void w.fallback().then(w.resolve);
    return undefined;
  }
}
