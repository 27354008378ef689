import { commands, l10n, languages, window, workspace, type Disposable, type ExtensionContext, type TextDocument, type Uri } from 'vscode';
import { Utils } from 'vscode-uri';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { CHANGE_IMPACT_REQUEST, type ChangeImpactParams, type ChangeImpactResult } from '../../../server/src/features/change-impact-protocol';
import { gitApi, type GitApi, type GitRepository } from './git-api';
import { impactDiagnostics } from './impact-diagnostics';
import { REPORT_SCHEME, ReportDocuments } from './report-document';
import { showReport } from './report-view';

export const SHOW_CHANGE_IMPACT = 'handoff.showChangeImpact';

/** A packet whose changes are marked, and the repository whose state refreshes them. */
interface Tracked {
  repository: GitRepository;
  listener: Disposable;
}

/**
 * `Handoff: Show Change Impact`: compares the open packet with its version
 * at HEAD through the built-in Git extension, shows the classified changes
 * rendered beside it (report-view.ts), and marks review-required and
 * new-scope changes as information diagnostics until they are committed
 * (refreshed on save and whenever the repository's state changes, e.g. after
 * a commit). The language server compares the two versions (its
 * `handoff/changeImpact` request): the extension host only fetches the
 * committed text and shows the answer.
 */
export function registerChangeImpact(context: ExtensionContext, languageClient: () => BaseLanguageClient | undefined): void {
  const diagnostics = languages.createDiagnosticCollection('handoff-change-impact');
  const reports = new ReportDocuments();
  const tracked = new Map<string, Tracked>();
  let api: GitApi | undefined;

  const untrack = (key: string) => {
    tracked.get(key)?.listener.dispose();
    tracked.delete(key);
  };

  async function refresh(doc: TextDocument, opened: boolean): Promise<void> {
    const key = doc.uri.toString();
    if (!api) {
      const got = await gitApi();
      if (typeof got === 'string') return say(opened, got);
      api = got;
    }
    const repository = api.getRepository(doc.uri);
    if (!repository) {
      diagnostics.delete(doc.uri);
      return say(opened, `${Utils.basename(doc.uri)} is not in a git repository that VS Code has opened, so there is no committed version to compare with.`);
    }
    if (!tracked.has(key)) {
      tracked.set(key, { repository, listener: repository.state.onDidChange(() => schedule(key)) });
    }
    let committed: string | undefined;
    try {
      committed = await repository.show('HEAD', doc.uri.fsPath);
    } catch {
      committed = undefined;
    }
    const name = workspace.asRelativePath(doc.uri, false);
    if (committed === undefined) {
      diagnostics.delete(doc.uri);
      publish(doc.uri, `### Change impact: ${name}\n\nThis packet is not in the last commit yet, so every part of it is new; there is nothing to compare with.\n`, opened);
      return;
    }
    const client = languageClient();
    if (!client?.isRunning()) return say(opened, l10n.t('Show Change Impact needs the Handoff language server, which is not running. Restart it with "Handoff: Restart Language Server" and try again.'));
    const params: ChangeImpactParams = { uri: client.code2ProtocolConverter.asUri(doc.uri), base: committed, title: `${name} against HEAD`, baseName: 'HEAD' };
    const result = await client.sendRequest<ChangeImpactResult | null>(CHANGE_IMPACT_REQUEST, params);
    // Null: the server does not have the document open (it closed meanwhile).
    if (!result) return;
    diagnostics.set(doc.uri, impactDiagnostics(result));
    const markdown = result.markdown;
    publish(doc.uri, markdown, opened);
  }

  function publish(packet: Uri, markdown: string, open: boolean): void {
    const uri = reports.set(packet, markdown);
    // A report VS Code has let go of gets no change event; opening it again
    // is what tells a Markdown preview still showing it to re-read it.
    const loaded = workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    const ready = loaded ? Promise.resolve() : Promise.resolve(workspace.openTextDocument(uri)).catch(() => undefined);
    if (!open) return;
    void ready.then(() => showReport(uri)).catch((err) => window.showErrorMessage(l10n.t('The change impact report could not be shown: {0}', err instanceof Error ? err.message : String(err))));
  }

  function say(opened: boolean, message: string): void {
    if (opened) void window.showInformationMessage(message);
  }

  // Repository state fires in bursts (index, working tree, HEAD); one refresh per burst is enough.
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  function schedule(key: string): void {
    clearTimeout(pending.get(key));
    pending.set(
      key,
      setTimeout(() => {
        pending.delete(key);
        const doc = workspace.textDocuments.find((d) => d.uri.toString() === key);
        if (doc) void refresh(doc, false).catch(() => undefined);
        else untrack(key);
      }, 300),
    );
  }

  context.subscriptions.push(
    diagnostics,
    reports,
    workspace.registerTextDocumentContentProvider(REPORT_SCHEME, reports),
    commands.registerCommand(SHOW_CHANGE_IMPACT, async (uri?: Uri) => {
      const doc = uri ? await workspace.openTextDocument(uri) : window.activeTextEditor?.document;
      if (!doc || doc.uri.scheme === REPORT_SCHEME) return void window.showInformationMessage(l10n.t('Open a handoff packet first, then run Show Change Impact.'));
      if (doc.uri.scheme !== 'file') return void window.showInformationMessage(l10n.t('Show Change Impact compares files on disk with git; this document is not a file on disk.'));
      try {
        await refresh(doc, true);
      } catch (err) {
        void window.showErrorMessage(l10n.t('Show Change Impact failed: {0}', err instanceof Error ? err.message : String(err)));
      }
    }),
    workspace.onDidSaveTextDocument((doc) => {
      if (tracked.has(doc.uri.toString())) void refresh(doc, false).catch(() => undefined);
    }),
    workspace.onDidCloseTextDocument((doc) => {
      const key = doc.uri.toString();
      if (!tracked.has(key)) return;
      untrack(key);
      diagnostics.delete(doc.uri);
    }),
    { dispose: () => [...tracked.keys()].forEach(untrack) },
    { dispose: () => pending.forEach((t) => clearTimeout(t)) },
  );
}
