import type { Diagnostic } from 'vscode-languageserver';
import { PacketAnalysis, type CheckOptions } from '../../packet/src';
import type { DocumentStore } from './document-store';
import { toLspDiagnostic } from './lsp-diagnostic';

/** One check: a document version's text and the settings it is checked with. */
export interface CheckJob {
  uri: string;
  version: number;
  text: string;
  settings: CheckOptions;
  docsBase: string | undefined;
}

export interface CheckResult {
  uri: string;
  version: number;
  diagnostics: Diagnostic[];
}

/**
 * Runs the checks behind the Problems view. On Node they run in a worker
 * thread (node/worker-checker.ts), so completion and hover are answered
 * while a check of a large packet is under way; elsewhere, or when the
 * worker cannot run, on the server's own thread.
 */
export interface Checker {
  check(job: CheckJob): Promise<CheckResult>;
  /** The document closed: drop what was kept for it. */
  forget(uri: string): void;
}

/**
 * The check of one version, parsing only what changed since the `previous`
 * analysis where that is safe. Shared by the in-thread checker and the
 * worker. Returns the analysis to hand on to the next version.
 */
export function runCheck(job: CheckJob, previous: PacketAnalysis | undefined): { result: CheckResult; analysis: PacketAnalysis } {
  const analysis = new PacketAnalysis(job.text, job.settings.limits, previous);
  const list = analysis.diagnostics(job.settings);
  const lines = analysis.parsed.lines;
  return { analysis, result: { uri: job.uri, version: job.version, diagnostics: list.map((d) => toLspDiagnostic(d, lines, job.docsBase)) } };
}

/** Checks on the server's thread, sharing the document store's analysis with the other features. */
export class InThreadChecker implements Checker {
  constructor(private readonly store: DocumentStore) {}

  async check(job: CheckJob): Promise<CheckResult> {
    const entry = this.store.analysis(job.uri);
    if (!entry || entry.document.version !== job.version) return { uri: job.uri, version: job.version, diagnostics: [] };
    const { analysis } = entry;
    const lines = analysis.parsed.lines;
    return { uri: job.uri, version: job.version, diagnostics: analysis.diagnostics(job.settings).map((d) => toLspDiagnostic(d, lines, job.docsBase)) };
  }

  forget(): void {}
}
