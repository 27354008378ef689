import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PacketAnalysis } from '../../packet/src';

/**
 * Open documents and their analysis, cached by version: every request on the
 * same version shares one parse, and a new version drops the old analysis.
 */
export class DocumentStore {
  readonly documents = new TextDocuments(TextDocument);
  private readonly cache = new Map<string, { version: number; analysis: PacketAnalysis }>();

  constructor() {
    this.documents.onDidClose((e) => this.cache.delete(e.document.uri));
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  analysis(uri: string): { document: TextDocument; analysis: PacketAnalysis } | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const hit = this.cache.get(uri);
    if (hit && hit.version === document.version) return { document, analysis: hit.analysis };
    const analysis = new PacketAnalysis(document.getText());
    this.cache.set(uri, { version: document.version, analysis });
    return { document, analysis };
  }
}
