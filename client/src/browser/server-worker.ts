// Starts the Web Worker language server from the extension's folder.

import type { Uri } from 'vscode';

export interface ServerWorker {
  worker: Worker;
  dispose(): void;
}

/**
 * vscode.dev and github.dev serve extensions over https, and a worker starts
 * from that URL. Where the extension is served by a remote server instead
 * (code-server or VS Code Server with the extension in the browser's
 * extension host), its URI is `vscode-remote:`, which the browser extension
 * host refuses to start a worker from, though its fetch reads such URIs: the
 * script is fetched and started from a blob URL.
 */
export async function startServerWorker(script: Uri): Promise<ServerWorker> {
  if (script.scheme === 'http' || script.scheme === 'https') {
    const worker = new Worker(script.toString(true));
    return { worker, dispose: () => worker.terminate() };
  }
  const response = await fetch(script.toString(true));
  if (!response.ok) throw new Error(`the language server script could not be read (${response.status} ${response.statusText})`);
  const url = URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' }));
  const worker = new Worker(url);
  return {
    worker,
    dispose: () => {
      worker.terminate();
      URL.revokeObjectURL(url);
    },
  };
}
