// Opens previews the way the Markdown preview does (in place or to the side),
// keeps one per packet, and brings them back after a window reload.

import { l10n, Uri, ViewColumn, window, workspace, type Disposable, type WebviewPanel } from 'vscode';
import { PREVIEW_VIEW_TYPE, parsePreviewState } from './messages';
import { PreviewPanel, webviewOptions } from './preview-panel';
import { onlyPathEndingWith, pathTailOfTitle } from './preview-title';
import type { PreviewSource } from './preview-source';

const LANGUAGE_ID = 'handoff';

export class PreviewManager implements Disposable {
  private readonly previews = new Map<string, PreviewPanel>();
  private readonly registrations: Disposable[] = [];

  constructor(
    private readonly extensionUri: Uri,
    private readonly source: PreviewSource,
  ) {
    this.registrations.push(
      window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel: WebviewPanel, state: unknown) => {
          const restored = parsePreviewState(state);
          let uri: Uri | undefined;
          try {
            uri = restored ? Uri.parse(restored.uri, true) : undefined;
          } catch {
            uri = undefined;
          }
          // The page's state is lost when the window goes before VS Code stored
          // it (in the browser, a reload vetoed by a pending backup); the title
          // still names the packet.
          uri ??= await packetNamedBy(panel.title);
          if (!uri) {
            // Nothing says which packet this was: close rather than show an empty page.
            panel.dispose();
            return;
          }
          this.attach(panel, uri);
        },
      }),
    );
  }

  /** Opens (or reveals) the preview of `target`, or of the active packet editor. */
  async open(target: Uri | undefined, toSide: boolean): Promise<void> {
    const uri = target instanceof Uri ? target : this.activePacketUri();
    if (!uri) {
      void window.showInformationMessage(l10n.t('Open a handoff packet (handoff.yaml) first, then open its preview.'));
      return;
    }
    const existing = this.previews.get(uri.toString());
    if (existing) {
      existing.reveal(toSide);
      return;
    }
    const panel = window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      l10n.t('Handoff preview'),
      { viewColumn: toSide ? ViewColumn.Beside : ViewColumn.Active, preserveFocus: toSide },
      { ...webviewOptions(this.extensionUri), enableFindWidget: true },
    );
    this.attach(panel, uri);
  }

  /** The packet the user is looking at: the active editor's, or the focused preview's. */
  activePacketUri(): Uri | undefined {
    const editor = window.activeTextEditor;
    if (editor && editor.document.languageId === LANGUAGE_ID) return editor.document.uri;
    for (const p of this.previews.values()) if (p.panel.active) return p.documentUri;
    return undefined;
  }

  /** Show Source: the packet of the focused preview, in the editor that shows it or in the preview's column. */
  async showSource(): Promise<void> {
    const preview = [...this.previews.values()].find((p) => p.panel.active);
    if (!preview) return;
    const key = preview.documentUri.toString();
    const visible = window.visibleTextEditors.find((e) => e.document.uri.toString() === key);
    const doc = visible?.document ?? (await workspace.openTextDocument(preview.documentUri));
    await window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? preview.panel.viewColumn ?? ViewColumn.Active, preview: false });
  }

  private attach(panel: WebviewPanel, uri: Uri): void {
    const key = uri.toString();
    this.previews.get(key)?.panel.dispose();
    const preview: PreviewPanel = new PreviewPanel(panel, uri, this.extensionUri, this.source, () => {
      if (this.previews.get(key) === preview) this.previews.delete(key);
    });
    this.previews.set(key, preview);
  }

  dispose(): void {
    for (const p of this.previews.values()) p.panel.dispose();
    this.previews.clear();
    for (const r of this.registrations) r.dispose();
  }
}

/** Characters a file glob reads as patterns: a tail holding one is looked up among open documents only. */
const GLOB_SYNTAX = /[*?[\]{}]/;

/** The one packet, open or in the workspace, whose path ends as the preview's title says; undefined when none or several do. */
async function packetNamedBy(title: string): Promise<Uri | undefined> {
  const tail = pathTailOfTitle(title);
  if (!tail) return undefined;
  const candidates = new Map<string, Uri>();
  for (const doc of workspace.textDocuments) candidates.set(doc.uri.path, doc.uri);
  if (!GLOB_SYNTAX.test(tail)) {
    try {
      for (const uri of await workspace.findFiles(`**/${tail}`, undefined, 2)) candidates.set(uri.path, uri);
    } catch {
      // No workspace to search: the open documents are all there is.
    }
  }
  const path = onlyPathEndingWith([...candidates.keys()], tail);
  return path === undefined ? undefined : candidates.get(path);
}
