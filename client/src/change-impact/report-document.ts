import { EventEmitter, Uri, type Event, type TextDocumentContentProvider } from 'vscode';

export const REPORT_SCHEME = 'handoff-change-impact';

/** The read-only Markdown documents behind the change-impact reports (shown rendered, see report-view.ts). */
export class ReportDocuments implements TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new EventEmitter<Uri>();
  readonly onDidChange: Event<Uri> = this.changed.event;

  /** One report document per packet; the packet's URI rides in the query. */
  uriFor(packet: Uri): Uri {
    const name = packet.path.split('/').pop() ?? 'packet';
    return Uri.from({ scheme: REPORT_SCHEME, path: `/${name} change impact.md`, query: packet.toString() });
  }

  set(packet: Uri, markdown: string): Uri {
    const uri = this.uriFor(packet);
    this.texts.set(uri.toString(), markdown);
    this.changed.fire(uri);
    return uri;
  }

  has(packet: Uri): boolean {
    return this.texts.has(this.uriFor(packet).toString());
  }

  provideTextDocumentContent(uri: Uri): string {
    return this.texts.get(uri.toString()) ?? 'Run "Handoff: Show Change Impact" on a packet to see its changes against the last commit.\n';
  }

  dispose(): void {
    this.changed.dispose();
  }
}
