// Where the preview and the export get their content: the language server,
// which renders from its own analysis of the document version (the same
// parse, settings and problems as the Problems view). The extension host
// neither parses nor checks. No Node API here: the browser build uses it too.

import type { Disposable } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { EXPORT_REQUEST, PREVIEW_REQUEST, type ExportFormat, type ExportParams, type ExportResult, type PreviewParams, type PreviewResult } from '../../../server/src/features/preview';

export interface PreviewSource {
  /** The preview's parts for the version the server has; undefined while the server is not running or the document not open. */
  parts(uri: string): Promise<PreviewResult | undefined>;
  /** The packet as Markdown or a standalone HTML page; undefined as above. */
  exportText(uri: string, format: ExportFormat): Promise<string | undefined>;
  /** Called each time the server is (again) running, so a preview that waited can render. */
  onDidStart(listener: () => void): Disposable;
}

export function serverPreviewSource(client: BaseLanguageClient): PreviewSource {
  const ask = async <P, R>(method: string, params: P): Promise<R | undefined> => {
    if (!client.isRunning()) return undefined;
    try {
      return (await client.sendRequest<R | null>(method, params)) ?? undefined;
    } catch {
      // The server restarting or gone: the caller shows that it waits.
      return undefined;
    }
  };
  return {
    parts: (uri) => ask<PreviewParams, PreviewResult>(PREVIEW_REQUEST, { uri }),
    exportText: async (uri, format) => (await ask<ExportParams, ExportResult>(EXPORT_REQUEST, { uri, format }))?.text,
    onDidStart: (listener) =>
      client.onDidChangeState(() => {
        if (client.isRunning()) listener();
      }),
  };
}
