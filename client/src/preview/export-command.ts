// `Handoff: Export Packet…`: the packet as Markdown (for a wiki or a
// repository) or as a standalone HTML page (to share, or print to PDF).

import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { FileSystemError, Uri, env, window, workspace, type TextDocument } from 'vscode';
import { tempNameFor, writeAtomically } from './atomic-write';
import { exportFileName } from './export-name';
import { exportText } from './render-for-editor';

type Format = 'markdown' | 'html';

const FORMATS: { format: Format; label: string; detail: string; ext: string; filter: Record<string, string[]> }[] = [
  { format: 'markdown', label: 'Markdown', detail: 'Tables that render on GitHub and in most wikis', ext: 'md', filter: { Markdown: ['md'] } },
  { format: 'html', label: 'HTML page', detail: 'One self-contained file; prints cleanly to PDF', ext: 'html', filter: { HTML: ['html', 'htm'] } },
];

export async function exportPacket(document: TextDocument | undefined): Promise<void> {
  if (!document) {
    void window.showInformationMessage('Open a handoff packet (handoff.yaml) first, then export it.');
    return;
  }
  const picked = await window.showQuickPick(
    FORMATS.map((f) => ({ label: f.label, detail: f.detail, f })),
    { title: 'Export packet as', placeHolder: 'Choose a format' },
  );
  if (!picked) return;
  const { format, ext, filter } = picked.f;
  const target = await window.showSaveDialog({
    title: 'Export packet',
    saveLabel: 'Export',
    filters: filter,
    defaultUri: defaultTarget(document, ext),
  });
  if (!target) return;

  // The save dialog has asked about replacing a file that exists now. One
  // that appears after this moment is never replaced: the rename refuses.
  const existed = await exists(target);
  const content = new TextEncoder().encode(exportText(document, format));
  const dir = Uri.joinPath(target, '..');
  const temp = Uri.joinPath(dir, tempNameFor(path.posix.basename(target.path), randomBytes(6).toString('hex')));
  try {
    await writeAtomically(workspace.fs, target, temp, content, { overwrite: existed });
  } catch (err) {
    const reason =
      err instanceof FileSystemError && err.code === 'FileExists'
        ? `${path.posix.basename(target.path)} was created by something else while exporting; it was left as it is. Export again to replace it.`
        : `Could not write ${path.posix.basename(target.path)}: ${err instanceof Error ? err.message : String(err)}`;
    void window.showErrorMessage(reason);
    return;
  }
  // A browser can open a file on disk; in a virtual workspace the editor opens it instead.
  const action = format === 'html' && target.scheme === 'file' ? 'Open in Browser' : 'Open';
  const chosen = await window.showInformationMessage(`Exported the packet to ${path.posix.basename(target.path)}.`, action);
  if (chosen === 'Open') await window.showTextDocument(await workspace.openTextDocument(target));
  // Our own file, written a moment ago; the packet's links never come this way.
  else if (chosen === 'Open in Browser') await env.openExternal(target);
}

function defaultTarget(document: TextDocument, ext: string): Uri | undefined {
  const name = exportFileName(document.uri.path, ext);
  if (document.uri.scheme !== 'untitled') return Uri.joinPath(document.uri, '..', name);
  const folder = workspace.workspaceFolders?.[0]?.uri;
  return folder ? Uri.joinPath(folder, name) : undefined;
}

async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
