// The worker thread that runs the checks (see worker-checker.ts): one
// message in per check, one out with its diagnostics. Each document's last
// analysis is kept, so an edit re-parses only what it changed.
import { parentPort } from 'node:worker_threads';
import type { PacketAnalysis } from '../../../packet/src';
import { runCheck, type CheckJob } from '../checker';

export type WorkerRequest = { kind: 'check'; id: number; job: CheckJob } | { kind: 'forget'; uri: string };
export type WorkerReply = { id: number; ok: true; result: ReturnType<typeof runCheck>['result']; ms: number } | { id: number; ok: false; error: string };

const kept = new Map<string, PacketAnalysis>();

parentPort?.on('message', (message: WorkerRequest) => {
  if (message.kind === 'forget') {
    kept.delete(message.uri);
    return;
  }
  const started = performance.now();
  try {
    // The kept analysis is handed on (and given up) to the next version's.
    const previous = kept.get(message.job.uri);
    kept.delete(message.job.uri);
    const { result, analysis } = runCheck(message.job, previous);
    kept.set(message.job.uri, analysis);
    parentPort!.postMessage({ id: message.id, ok: true, result, ms: performance.now() - started } satisfies WorkerReply);
  } catch (err) {
    parentPort!.postMessage({ id: message.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies WorkerReply);
  }
});
