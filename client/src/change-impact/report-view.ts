import { commands, ViewColumn, window, workspace, type Uri } from 'vscode';

/**
 * Shows a change-impact report rendered, in VS Code's own Markdown preview
 * beside the packet: tables and emphasis read as a reviewer expects, and the
 * preview's "Open Source File" still shows the Markdown to paste into a pull
 * request. The preview is locked to the report, so it does not follow the
 * next Markdown file the user opens. Without the built-in Markdown extension
 * (it can be disabled) the Markdown text is shown instead.
 */
export async function showReport(report: Uri): Promise<void> {
  try {
    await commands.executeCommand('markdown.showLockedPreviewToSide', report);
  } catch {
    const doc = await workspace.openTextDocument(report);
    await window.showTextDocument(doc, { viewColumn: ViewColumn.Beside, preview: true, preserveFocus: true });
  }
}
