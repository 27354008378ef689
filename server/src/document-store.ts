import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PacketAnalysis, type PacketLimits } from '../../packet/src';

/**
 * Open documents and their analysis, cached by version: every request on the
 * same version shares one parse, and a new version drops the old analysis.
 */
export class DocumentStore {
  readonly documents = new TextDocuments(TextDocument);
  private readonly cache = new Map<string, { version: number; maxBytes?: number; analysis: PacketAnalysis }>();

  /** `limits` (the document's own) is read on each request: the hard size limit decides whether it is parsed. */
  /** Requests waiting for a document the client has not opened here yet (see `opened`). */
  private readonly waiting = new Map<string, Set<() => void>>();

  constructor(private readonly limits: (uri: string) => Partial<PacketLimits> | undefined = () => undefined) {
    this.documents.onDidClose((e) => this.cache.delete(e.document.uri));
    this.documents.onDidOpen((e) => {
      const waiters = this.waiting.get(e.document.uri);
      this.waiting.delete(e.document.uri);
      waiters?.forEach((wake) => wake());
    });
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  /**
   * The document, waiting up to `withinMs` for its didOpen when it is not
   * open yet. A client may send a request about a document just before the
   * notification that opens it (VS Code's preview, restored after a window
   * reload, asks as soon as the server runs): answering null then would leave
   * the caller waiting for an answer nobody sends again.
   */
  opened(uri: string, withinMs = 3_000): Promise<TextDocument | undefined> {
    const doc = this.documents.get(uri);
    if (doc) return Promise.resolve(doc);
    return new Promise((resolve) => {
      const waiters = this.waiting.get(uri) ?? new Set<() => void>();
      this.waiting.set(uri, waiters);
      const wake = () => {
        clearTimeout(timer);
        waiters.delete(wake);
        if (waiters.size === 0 && this.waiting.get(uri) === waiters) this.waiting.delete(uri);
        resolve(this.documents.get(uri));
      };
      const timer = setTimeout(wake, withinMs);
      waiters.add(wake);
    });
  }

  analysis(uri: string): { document: TextDocument; analysis: PacketAnalysis } | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const hit = this.cache.get(uri);
    const limits = this.limits(uri);
    if (hit && hit.version === document.version && hit.maxBytes === limits?.maxBytes) return { document, analysis: hit.analysis };
    // The previous version's parse is handed on (and given up): an edit inside
    // one section or list entry re-parses only that part.
    const previous = hit && hit.maxBytes === limits?.maxBytes ? hit.analysis : undefined;
    const analysis = new PacketAnalysis(document.getText(), limits, previous);
    this.cache.set(uri, { version: document.version, maxBytes: limits?.maxBytes, analysis });
    return { document, analysis };
  }
}
