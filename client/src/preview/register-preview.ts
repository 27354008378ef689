// The preview and export: commands, the webview serializer, one entry point
// for extension.ts.

import { commands, l10n, Uri, window, workspace, type ExtensionContext, type TextDocument } from 'vscode';
import { exportPacket } from './export-command';
import { PreviewManager } from './preview-manager';
import type { PreviewSource } from './preview-source';

export const PREVIEW_COMMANDS = {
  open: 'handoff.preview.open',
  openToSide: 'handoff.preview.openToSide',
  export: 'handoff.exportPacket',
  showSource: 'handoff.preview.showSource',
} as const;

export function registerPreview(context: ExtensionContext, source: PreviewSource): void {
  const manager = new PreviewManager(context.extensionUri, source);
  context.subscriptions.push(
    manager,
    // Menus pass the file's Uri; the palette passes nothing and the active packet is used.
    commands.registerCommand(PREVIEW_COMMANDS.open, (uri?: unknown) => manager.open(uri instanceof Uri ? uri : undefined, false)),
    commands.registerCommand(PREVIEW_COMMANDS.showSource, async () => {
      try {
        await manager.showSource();
      } catch (err) {
        void window.showErrorMessage(l10n.t('Could not open the packet: {0}', err instanceof Error ? err.message : String(err)));
      }
    }),
    commands.registerCommand(PREVIEW_COMMANDS.openToSide, (uri?: unknown) => manager.open(uri instanceof Uri ? uri : undefined, true)),
    commands.registerCommand(PREVIEW_COMMANDS.export, async (uri?: unknown) => {
      const target = uri instanceof Uri ? uri : manager.activePacketUri();
      let document: TextDocument | undefined;
      try {
        document = target ? await workspace.openTextDocument(target) : undefined;
      } catch (err) {
        void window.showErrorMessage(l10n.t('Could not open the packet: {0}', err instanceof Error ? err.message : String(err)));
        return;
      }
      await exportPacket(document, source);
    }),
  );
}
