// The worker thread that runs the checks and renders (see worker-checker.ts):
// one message in per job, one out with its answer. Each document's last
// analysis is kept with its version, so the check and the preview of one
// version share one parse, and an edit re-parses only what it changed.
import { parentPort } from 'node:worker_threads';
import { PacketAnalysis } from '../../../packet/src';
import { checkAnalysis, renderAnalysis, type CheckJob, type CheckResult, type RenderJob, type RenderResult } from '../checker';

export type WorkerRequest = { kind: 'check'; id: number; job: CheckJob } | { kind: 'render'; id: number; job: RenderJob } | { kind: 'forget'; uri: string };
export type WorkerReply = { id: number; ok: true; result: CheckResult | RenderResult; ms: number } | { id: number; ok: false; error: string };

interface Kept {
  version: number;
  /** The limits it was parsed with: other limits (a settings change) need a new parse. */
  limits: string;
  analysis: PacketAnalysis;
}

const kept = new Map<string, Kept>();

/** The analysis of the job's version: the kept one if it is that version, else a new one built from it. */
function analysisFor(job: CheckJob): PacketAnalysis {
  const limits = JSON.stringify(job.settings.limits ?? {});
  const have = kept.get(job.uri);
  if (have && have.version === job.version && have.limits === limits && have.analysis.text === job.text) return have.analysis;
  // The kept analysis is handed on (and given up) to the next version's.
  kept.delete(job.uri);
  const analysis = new PacketAnalysis(job.text, job.settings.limits, have?.limits === limits ? have.analysis : undefined);
  kept.set(job.uri, { version: job.version, limits, analysis });
  return analysis;
}

parentPort?.on('message', (message: WorkerRequest) => {
  if (message.kind === 'forget') {
    kept.delete(message.uri);
    return;
  }
  const started = performance.now();
  try {
    const analysis = analysisFor(message.job);
    const result = message.kind === 'check' ? checkAnalysis(message.job, analysis) : renderAnalysis(message.job, analysis);
    parentPort!.postMessage({ id: message.id, ok: true, result, ms: performance.now() - started } satisfies WorkerReply);
  } catch (err) {
    // A throw may leave the kept analysis half consumed: start the next job from a fresh parse.
    kept.delete(message.job.uri);
    parentPort!.postMessage({ id: message.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies WorkerReply);
  }
});
