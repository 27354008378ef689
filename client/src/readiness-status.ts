// "Handoff: 7/9 ready" in the status bar for the active handoff document, and
// the Show Readiness command: the nine questions, open ones first, each
// jumping to where it is (or should be) answered.

import { commands, l10n, Range, Selection, StatusBarAlignment, TextEditorRevealType, window, workspace, type ExtensionContext, type QuickPickItem, type TextDocument, type TextEditor } from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { SHOW_READINESS_COMMAND } from '../../server/src/features/lens-commands';
import type { LspReadinessQuestion, LspReadinessReport, ReadinessParams } from '../../server/src/features/readiness';

const REQUEST = 'handoff/readiness';
/** Also what a click on an action's code lens runs. */
const COMMAND = SHOW_READINESS_COMMAND;
/** Long enough to skip the keystrokes of a word, short enough to feel live. */
const DEBOUNCE_MS = 300;

const ORDER = { unanswered: 0, partly: 1, answered: 2 } as const;
const ICON = { unanswered: '$(circle-large-outline)', partly: '$(circle-large-filled)', answered: '$(pass-filled)' } as const;
const WORD = { unanswered: () => l10n.t('Unanswered'), partly: () => l10n.t('Partly answered'), answered: () => l10n.t('Answered') } as const;

interface QuestionItem extends QuickPickItem {
  q: LspReadinessQuestion;
}

export function registerReadinessStatus(context: ExtensionContext, client: BaseLanguageClient): void {
  const item = window.createStatusBarItem('handoff.readiness', StatusBarAlignment.Left, 50);
  item.name = l10n.t('Handoff Readiness');
  item.command = COMMAND;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last: LspReadinessReport | undefined;
  let asked = 0;
  let retried = '';

  const isPacket = (doc: TextDocument | undefined): doc is TextDocument => !!doc && doc.languageId === 'handoff';

  const ask = async (doc: TextDocument): Promise<LspReadinessReport | undefined> => {
    if (client.state !== State.Running) return undefined;
    try {
      const params: ReadinessParams = { uri: doc.uri.toString() };
      return (await client.sendRequest<LspReadinessReport | null>(REQUEST, params)) ?? undefined;
    } catch {
      // The server restarting or gone: the item just waits for the next update.
      return undefined;
    }
  };

  const refresh = async () => {
    const doc = window.activeTextEditor?.document;
    if (!isPacket(doc)) {
      item.hide();
      return;
    }
    const mine = ++asked;
    const report = await ask(doc);
    // A newer question was asked meanwhile, or the editor moved on: drop this answer.
    if (mine !== asked || window.activeTextEditor?.document !== doc) return;
    if (!report) {
      item.hide();
      return;
    }
    if (report.version !== doc.version) {
      // The server had not seen the latest edit yet: ask once more for this version.
      const key = `${doc.uri.toString()}@${doc.version}`;
      if (retried !== key) {
        retried = key;
        schedule();
      }
      return;
    }
    last = report;
    // While a line is half typed the YAML does not parse: the server then
    // sends the last report that did parse, and the item says it is behind.
    const behind = report.outOfDate === true;
    const ready = l10n.t('Handoff: {0}/{1} ready', report.answered, report.total);
    item.text = `$(checklist) ${behind ? l10n.t('{0} (out of date)', ready) : ready}`;
    const open = report.questions.filter((q) => q.status !== 'answered');
    const summary =
      open.length === 0
        ? l10n.t('A buyer can answer all nine readiness questions from this packet.')
        : l10n.t('Still open:\n{0}\n\nClick to see what is missing.', open.map((q) => `${q.number}. ${q.question}`).join('\n'));
    item.tooltip = behind ? l10n.t('The YAML does not parse right now; this is the readiness of the last version that did.\n\n{0}', summary) : summary;
    item.show();
  };

  const schedule = (delay = DEBOUNCE_MS) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void refresh(), delay);
  };

  context.subscriptions.push(
    item,
    { dispose: () => timer && clearTimeout(timer) },
    window.onDidChangeActiveTextEditor(() => schedule(0)),
    workspace.onDidChangeTextDocument((e) => {
      if (e.document === window.activeTextEditor?.document && isPacket(e.document)) schedule();
    }),
    workspace.onDidOpenTextDocument((doc) => {
      if (doc === window.activeTextEditor?.document) schedule(0);
    }),
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) schedule(0);
      else item.hide();
    }),
    commands.registerCommand(COMMAND, () => showReadiness(client, ask, last)),
  );
  schedule(0);
}

async function showReadiness(client: BaseLanguageClient, ask: (doc: TextDocument) => Promise<LspReadinessReport | undefined>, cached: LspReadinessReport | undefined): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'handoff') {
    void window.showInformationMessage(l10n.t('Open a handoff packet (handoff.yaml) to see its readiness.'));
    return;
  }
  const fresh = await ask(editor.document);
  const report = fresh ?? (cached?.uri === editor.document.uri.toString() ? cached : undefined);
  if (!report) {
    void window.showWarningMessage(l10n.t('Readiness is not available yet: the Handoff language server is still starting.'));
    return;
  }
  const items: QuestionItem[] = [...report.questions]
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.number - b.number)
    .map((q) => ({
      q,
      label: `${ICON[q.status]} ${q.number}. ${q.question}`,
      description: WORD[q.status](),
      detail: q.missing.length > 0 ? q.missing.join(' ') : undefined,
    }));
  const picked = await window.showQuickPick(items, {
    title: report.outOfDate
      ? l10n.t('Handoff readiness: {0} of {1} answered (out of date: the YAML does not parse right now)', report.answered, report.total)
      : l10n.t('Handoff readiness: {0} of {1} answered', report.answered, report.total),
    placeHolder: l10n.t('Pick a question to go to where it is answered'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!picked) return;
  reveal(client, editor, picked.q);
}

function reveal(client: BaseLanguageClient, editor: TextEditor, q: LspReadinessQuestion): void {
  const target = q.status === 'answered' && q.evidence.length > 0 ? q.evidence[0].range : q.where.range;
  const range: Range = client.protocol2CodeConverter.asRange(target);
  editor.selection = new Selection(range.start, range.end);
  editor.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport);
  void window.showTextDocument(editor.document, editor.viewColumn);
}
