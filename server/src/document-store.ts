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
  constructor(private readonly limits: (uri: string) => Partial<PacketLimits> | undefined = () => undefined) {
    this.documents.onDidClose((e) => this.cache.delete(e.document.uri));
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
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
