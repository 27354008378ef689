// One preview beside one packet: shows what the language server renders of
// it, follows its edits and its cursor, and turns clicks in the webview into
// editor selections or, for links, into a checked request to open them
// outside. After an edit the page gets only the parts that changed.

import { previewTitle } from './preview-title';
import {
  Disposable,
  Range,
  Selection,
  TextEditorRevealType,
  Uri,
  ViewColumn,
  env,
  l10n,
  window,
  workspace,
  type TextDocument,
  type WebviewPanel,
  type WebviewOptions,
} from 'vscode';
import { externalLinkTarget } from './link-policy';
import { parseWebviewMessage, type HostMessage, type PartUpdate } from './messages';
import type { PreviewSource } from './preview-source';
import { makeNonce, previewShellHtml } from './webview-html';
import type { PreviewResult } from '../../../server/src/features/preview';
import { partHtml } from '../../../packet/src/render/part-html';

/** Edits arrive per keystroke; one render per pause in typing is enough. */
const DEBOUNCE_MS = 300;
/** `htmlVersion` when the page says the file could not be opened. */
const MISSING = -1;
/** `htmlVersion` when the page says it waits for the language server. */
const WAITING = -2;
const WAITING_BODY = '<main class="hp-doc"><p class="hp-notice">The preview appears once the Handoff language server has started.</p></main>';

const bodyOf = (result: PreviewResult): string => `<main class="hp-doc">\n${result.parts.map(partHtml).join('\n')}\n</main>`;
const partsMap = (result: PreviewResult): Map<string, string> => new Map(result.parts.map((p) => [p.key, p.html]));

export function webviewOptions(extensionUri: Uri): WebviewOptions {
  return {
    enableScripts: true,
    enableForms: false,
    enableCommandUris: false,
    localResourceRoots: [Uri.joinPath(extensionUri, 'media')],
  };
}

export class PreviewPanel {
  private readonly disposables: Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  /** The page's script has said it listens. False while the page (re)loads. */
  private ready = false;
  /** The document version baked into the current `webview.html`. */
  private htmlVersion: number | undefined;
  /** The parts baked into the current `webview.html`, by key. */
  private htmlParts: Map<string, string> | undefined;
  /** Counts the HTML pages set, so a page that says it is ready can tell which one it is. */
  private shells = 0;
  /** The document version the live page shows. */
  private pageVersion: number | undefined;
  /** The parts the live page has, by key; undefined when it must get a whole body. */
  private pageParts: Map<string, string> | undefined;
  /** Counts requests to the server, so an answer overtaken by a newer one is dropped. */
  private asked = 0;

  constructor(
    readonly panel: WebviewPanel,
    readonly documentUri: Uri,
    private readonly extensionUri: Uri,
    private readonly source: PreviewSource,
    onDispose: () => void,
  ) {
    panel.webview.options = webviewOptions(extensionUri);
    panel.title = previewTitle(documentUri.path);
    this.disposables.push(
      panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
      panel.webview.onDidReceiveMessage((raw) => void this.onMessage(raw)),
      panel.onDidChangeViewState(() => {
        // A hidden webview loses its page; showing it again reloads the page
        // from `webview.html`, so that is brought up to date while hidden.
        if (!panel.visible) {
          this.ready = false;
          void this.update();
        }
      }),
      workspace.onDidChangeTextDocument((e) => {
        if (this.isOurs(e.document) && e.contentChanges.length > 0) this.scheduleUpdate();
      }),
      workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('handoff', this.documentUri)) void this.update(true);
      }),
      // A preview opened while the server starts (or restarts) renders once it runs.
      source.onDidStart(() => void this.update(true)),
      window.onDidChangeTextEditorSelection((e) => {
        if (this.isOurs(e.textEditor.document) && this.ready) this.post({ type: 'highlight', offset: e.textEditor.document.offsetAt(e.selections[0].active) });
      }),
    );
    void this.update();
  }

  reveal(toSide: boolean): void {
    this.panel.reveal(undefined, toSide);
  }

  private isOurs(doc: TextDocument): boolean {
    return doc.uri.toString() === this.documentUri.toString();
  }

  /** The first render happens at once; later edits wait for a pause in typing. */
  private scheduleUpdate(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.update();
    }, DEBOUNCE_MS);
  }

  private async update(force = false): Promise<void> {
    const doc = await this.document();
    if (!doc || this.disposed) return;
    const fresh = this.htmlVersion === undefined || this.htmlVersion === WAITING;
    const hiddenBehind = !this.panel.visible && this.htmlVersion !== doc.version;
    // While the page loads, `ready` brings it up to date; a shown page that is current needs nothing.
    if (!fresh && !hiddenBehind && (!this.ready || (!force && doc.version === this.pageVersion))) return;
    const mine = ++this.asked;
    const result = await this.source.parts(this.documentUri.toString());
    if (mine !== this.asked || this.disposed) return;
    if (!result) {
      // The server is not running yet (its start renders again), or has not
      // opened the packet (it waits a moment for the didOpen before answering).
      if (this.htmlVersion === undefined) this.setHtml(WAITING, WAITING_BODY, undefined);
      return;
    }
    if (this.htmlVersion === undefined || (!this.panel.visible && this.htmlVersion !== result.version)) {
      // No page yet, or a hidden one: the render goes into the HTML itself,
      // so the first paint (or the one after showing again) is current.
      this.setHtml(result.version, bodyOf(result), partsMap(result));
      return;
    }
    // A shown page gets messages, never new HTML: HTML set again while VS Code
    // still loads the previous one (as it restores a webview) can leave the
    // older page on screen. A page still loading is brought up to date by its `ready`.
    if (!this.ready || (!force && result.version === this.pageVersion)) return;
    this.pageVersion = result.version;
    const uri = this.documentUri.toString();
    const had = this.pageParts;
    this.pageParts = partsMap(result);
    // The body changes in place, so the reader keeps their scroll position;
    // parts whose HTML is the same keep their elements and only move.
    if (!had) this.post({ type: 'render', uri, version: result.version, body: bodyOf(result) });
    else this.post({ type: 'update', uri, version: result.version, parts: result.parts.map((p): PartUpdate => (had.get(p.key) === p.html ? { key: p.key, base: p.base } : p)) });
  }

  private setHtml(version: number, body: string, parts: Map<string, string> | undefined): void {
    this.htmlVersion = version;
    this.htmlParts = parts;
    this.ready = false;
    this.panel.webview.html = this.shell(body, ++this.shells);
  }

  private shell(body: string, shell: number): string {
    const webview = this.panel.webview;
    const media = (...p: string[]) => webview.asWebviewUri(Uri.joinPath(this.extensionUri, 'media', ...p)).toString();
    return previewShellHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce((n) => crypto.getRandomValues(new Uint8Array(n))),
      scriptUri: media('dist', 'preview.js'),
      styleUri: media('preview.css'),
      documentUri: this.documentUri.toString(),
      body,
      shell,
    });
  }

  private post(message: HostMessage): void {
    void this.panel.webview.postMessage(message);
  }

  private async onMessage(raw: unknown): Promise<void> {
    const message = parseWebviewMessage(raw);
    if (!message) return; // not ours, or malformed: ignore it
    switch (message.type) {
      case 'ready': {
        this.ready = true;
        if (message.shell === this.shells) {
          // A (re)loaded page shows what its HTML holds.
          this.pageVersion = this.htmlVersion;
          this.pageParts = this.htmlParts;
          await this.update();
        } else {
          // An older HTML loaded after the newest one was set (VS Code can do
          // this while it restores a webview): the page gets a whole body.
          this.pageVersion = undefined;
          this.pageParts = undefined;
          await this.update(true);
        }
        const editor = window.visibleTextEditors.find((e) => this.isOurs(e.document));
        if (editor) this.post({ type: 'highlight', offset: editor.document.offsetAt(editor.selection.active) });
        return;
      }
      case 'resync':
        this.pageParts = undefined;
        await this.update(true);
        return;
      case 'reveal':
        await this.revealInEditor(message.start, message.end);
        return;
      case 'openLink': {
        const target = externalLinkTarget(message.href);
        if (target) await env.openExternal(Uri.parse(target, true));
        else void window.showWarningMessage(l10n.t('The preview opens only web (http, https) and mail links.'));
        return;
      }
    }
  }

  /** Shows the clicked element's source: selected when it fits on one line, else the cursor at its start. */
  private async revealInEditor(start: number, end: number): Promise<void> {
    const doc = await this.document();
    if (!doc) return;
    const from = doc.positionAt(start);
    const to = doc.positionAt(end);
    const selection = from.line === to.line ? new Selection(from, to) : new Selection(from, from);
    const visible = window.visibleTextEditors.find((e) => this.isOurs(e.document));
    // Never open the source inside the preview's own group.
    const beside = this.panel.viewColumn === ViewColumn.One ? ViewColumn.Two : ViewColumn.One;
    const editor = await window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? beside, selection });
    editor.revealRange(new Range(from, to), TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async document(): Promise<TextDocument | undefined> {
    try {
      return await workspace.openTextDocument(this.documentUri);
    } catch {
      // Shown once: setting the HTML again would reload the page, whose
      // `ready` would land here again.
      if (!this.disposed && this.htmlVersion !== MISSING) {
        this.setHtml(MISSING, '<main class="hp-doc"><p class="hp-notice hp-tone-danger">The packet file could not be opened. It may have been moved or deleted.</p></main>', undefined);
      }
      return undefined;
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    Disposable.from(...this.disposables).dispose();
  }
}

