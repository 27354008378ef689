// The commands behind the Get Started walkthrough. A walkthrough button runs
// while the Welcome page is the active editor, so each command first brings
// back the packet the user was working on, then does what the step says with
// the extension's own commands.

import { CodeActionKind, commands, l10n, languages, Selection, window, workspace, type CodeAction, type ExtensionContext, type TextDocument, type TextEditor } from 'vscode';
import { SKELETON } from '../../../packet/src/fixes/packet-skeleton';

export const WALKTHROUGH_COMMANDS = {
  newPacket: 'handoff.newPacket',
  fixFirstProblem: 'handoff.walkthrough.fixFirstProblem',
  showReadiness: 'handoff.walkthrough.showReadiness',
  openPreview: 'handoff.walkthrough.openPreview',
  exportPacket: 'handoff.walkthrough.exportPacket',
} as const;

const isPacket = (doc: TextDocument) => doc.languageId === 'handoff';

/** The packet to act on: the active editor's, else a visible one, else the last packet opened. */
export async function packetEditor(): Promise<TextEditor | undefined> {
  const active = window.activeTextEditor;
  if (active && isPacket(active.document)) return active;
  const visible = window.visibleTextEditors.find((e) => isPacket(e.document));
  const doc = visible?.document ?? [...workspace.textDocuments].reverse().find(isPacket);
  if (!doc) {
    void window.showInformationMessage(l10n.t('Open a handoff packet (handoff.yaml) first, or create one with Handoff: New Packet.'));
    return undefined;
  }
  return window.showTextDocument(doc, { viewColumn: visible?.viewColumn, preview: false });
}

/** A new untitled packet from the same skeleton `handoff init` writes. */
async function newPacket(): Promise<void> {
  const doc = await workspace.openTextDocument({ language: 'handoff', content: SKELETON });
  await window.showTextDocument(doc, { preview: false });
}

/** Puts the cursor on the packet's first problem and opens its quick fixes. */
async function fixFirstProblem(): Promise<void> {
  const editor = await packetEditor();
  if (!editor) return;
  const first = [...languages.getDiagnostics(editor.document.uri)].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  )[0];
  if (!first) {
    void window.showInformationMessage(l10n.t('This packet has no problems to fix.'));
    return;
  }
  editor.selection = new Selection(first.range.start, first.range.start);
  editor.revealRange(first.range);
  // Many problems have no quick fix (template text, a vague instruction: only
  // the author can write the answer). Opening the quick-fix menu there would
  // only say "No code actions available"; the hover shows what is asked.
  const fixes = await commands.executeCommand<CodeAction[] | undefined>('vscode.executeCodeActionProvider', editor.document.uri, first.range, CodeActionKind.QuickFix.value);
  await commands.executeCommand(fixes?.length ? 'editor.action.quickFix' : 'editor.action.showHover');
}

/** Runs `command` with the packet's editor active, as it expects. */
const onPacket = (command: string) => async () => {
  if (await packetEditor()) await commands.executeCommand(command);
};

export function registerWalkthroughCommands(context: ExtensionContext): void {
  context.subscriptions.push(
    commands.registerCommand(WALKTHROUGH_COMMANDS.newPacket, newPacket),
    commands.registerCommand(WALKTHROUGH_COMMANDS.fixFirstProblem, fixFirstProblem),
    commands.registerCommand(WALKTHROUGH_COMMANDS.showReadiness, onPacket('handoff.showReadiness')),
    commands.registerCommand(WALKTHROUGH_COMMANDS.openPreview, onPacket('handoff.preview.openToSide')),
    commands.registerCommand(WALKTHROUGH_COMMANDS.exportPacket, onPacket('handoff.exportPacket')),
  );
}
