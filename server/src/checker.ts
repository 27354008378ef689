import type { Diagnostic } from 'vscode-languageserver';
import { PacketAnalysis, renderHtml, renderMarkdown, renderPreviewParts, type CheckOptions, type PreviewPart } from '../../packet/src';
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

/** What a render is for: the preview's parts, or an export as Markdown or a standalone page. */
export type RenderFormat = 'preview' | 'markdown' | 'html';

export interface RenderJob extends CheckJob {
  format: RenderFormat;
}

/** `parts` for the preview, `text` for an export. */
export interface RenderResult {
  uri: string;
  version: number;
  parts?: PreviewPart[];
  text?: string;
}

/**
 * Runs the checks behind the Problems view, and the preview and export that
 * show the same problems. On Node they run in a worker thread
 * (node/worker-checker.ts), so completion and hover are answered while a
 * large packet is checked or rendered; elsewhere, or when the worker cannot
 * run, on the server's own thread. Either way one analysis of a version
 * serves its check and its renders.
 */
export interface Checker {
  check(job: CheckJob): Promise<CheckResult>;
  render(job: RenderJob): Promise<RenderResult>;
  /** The document closed: drop what was kept for it. */
  forget(uri: string): void;
}

/** The diagnostics of an analysis, as LSP diagnostics (memoised by the analysis per settings). */
export function checkAnalysis(job: CheckJob, analysis: PacketAnalysis): CheckResult {
  const lines = analysis.parsed.lines;
  return { uri: job.uri, version: job.version, diagnostics: analysis.diagnostics(job.settings).map((d) => toLspDiagnostic(d, lines, job.docsBase)) };
}

/** The preview's parts or an export, with the problems of `job.settings`. */
export function renderAnalysis(job: RenderJob, analysis: PacketAnalysis): RenderResult {
  const check = job.settings;
  const head = { uri: job.uri, version: job.version };
  if (job.format === 'preview') return { ...head, parts: renderPreviewParts(analysis, { check }) };
  if (job.format === 'markdown') return { ...head, text: renderMarkdown(analysis, { check }) };
  return { ...head, text: renderHtml(analysis, { flavour: 'standalone', check }) };
}

/** Checks and renders on the server's thread, from the document store's analysis that the other features share. */
export class InThreadChecker implements Checker {
  constructor(private readonly store: DocumentStore) {}

  async check(job: CheckJob): Promise<CheckResult> {
    const analysis = this.current(job);
    return analysis ? checkAnalysis(job, analysis) : { uri: job.uri, version: job.version, diagnostics: [] };
  }

  async render(job: RenderJob): Promise<RenderResult> {
    const analysis = this.current(job);
    return analysis ? renderAnalysis(job, analysis) : { uri: job.uri, version: job.version };
  }

  /** The shared analysis, if the store still has the job's version (a newer edit makes the job moot). */
  private current(job: CheckJob): PacketAnalysis | undefined {
    const entry = this.store.analysis(job.uri);
    return entry && entry.document.version === job.version ? entry.analysis : undefined;
  }

  forget(): void {}
}
