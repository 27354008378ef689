// `Handoff: Export Packet…`: the packet as Markdown (for a wiki or a
// repository) or as a standalone HTML page (to share, or print to PDF).

import { env, FileSystemError, l10n, Uri, window, workspace, type TextDocument } from 'vscode';
import { Utils } from 'vscode-uri';
import { tempNameFor, writeAtomically } from './atomic-write';
import { exportFileName } from './export-name';
import type { PreviewSource } from './preview-source';

type Format = 'markdown' | 'html';

const FORMATS: { format: Format; label: string; detail: string; ext: string; filter: Record<string, string[]> }[] = [
  { format: 'markdown', label: l10n.t('Markdown'), detail: l10n.t('Tables that render on GitHub and in most wikis'), ext: 'md', filter: { Markdown: ['md'] } },
  { format: 'html', label: l10n.t('HTML page'), detail: l10n.t('One self-contained file; prints cleanly to PDF'), ext: 'html', filter: { HTML: ['html', 'htm'] } },
];

export async function exportPacket(document: TextDocument | undefined, source: PreviewSource): Promise<void> {
  if (!document) {
    void window.showInformationMessage(l10n.t('Open a handoff packet (handoff.yaml) first, then export it.'));
    return;
  }
  const picked = await window.showQuickPick(
    FORMATS.map((f) => ({ label: f.label, detail: f.detail, f })),
    { title: l10n.t('Export packet as'), placeHolder: l10n.t('Choose a format') },
  );
  if (!picked) return;
  const { format, ext, filter } = picked.f;
  const target = await window.showSaveDialog({
    title: l10n.t('Export packet'),
    saveLabel: l10n.t('Export'),
    filters: filter,
    defaultUri: defaultTarget(document, ext),
  });
  if (!target) return;

  // The save dialog has asked about replacing a file that exists now. One
  // that appears after this moment is never replaced: the rename refuses.
  const existed = await exists(target);
  // Rendered by the language server, from the same analysis and settings as the Problems view.
  const text = await source.exportText(document.uri.toString(), format);
  if (text === undefined) {
    void window.showWarningMessage('Could not export: the Handoff language server is not running yet. Try again in a moment.');
    return;
  }
  const content = new TextEncoder().encode(text);
  const dir = Uri.joinPath(target, '..');
  const name = Utils.basename(target);
  const temp = Uri.joinPath(dir, tempNameFor(name, randomHex(6)));
  try {
    await writeAtomically(workspace.fs, target, temp, content, { overwrite: existed });
  } catch (err) {
    const reason =
      err instanceof FileSystemError && err.code === 'FileExists'
        ? l10n.t('{0} was created by something else while exporting; it was left as it is. Export again to replace it.', name)
        : l10n.t('Could not write {0}: {1}', name, err instanceof Error ? err.message : String(err));
    void window.showErrorMessage(reason);
    return;
  }
  // A browser can open a file on disk; in a virtual workspace the editor opens it instead.
  const openInBrowser = l10n.t('Open in Browser');
  const open = l10n.t('Open');
  const action = format === 'html' && target.scheme === 'file' ? openInBrowser : open;
  const chosen = await window.showInformationMessage(l10n.t('Exported the packet to {0}.', name), action);
  if (chosen === open) await window.showTextDocument(await workspace.openTextDocument(target));
  // Our own file, written a moment ago; the packet's links never come this way.
  else if (chosen === openInBrowser) await env.openExternal(target);
}

function defaultTarget(document: TextDocument, ext: string): Uri | undefined {
  const name = exportFileName(document.uri.path, ext);
  if (document.uri.scheme !== 'untitled') return Uri.joinPath(document.uri, '..', name);
  const folder = workspace.workspaceFolders?.[0]?.uri;
  return folder ? Uri.joinPath(folder, name) : undefined;
}

/** Web Crypto, so the same code runs in the desktop and the browser extension host. */
function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
