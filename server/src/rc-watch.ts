import { DidChangeWatchedFilesNotification, type ClientCapabilities, type Connection } from 'vscode-languageserver';
import { RC_FILE_NAMES } from '../../packet/src';
import { RcConfigs } from './rc-configs';

/** Every config file in the workspace, whichever folder it is in. */
export const RC_GLOB = `**/{${RC_FILE_NAMES.join(',')}}`;

/**
 * Re-checks open packets when a `.handoffrc.yaml` is created, changed or
 * deleted. The server asks for the watcher itself when the client lets it
 * (dynamic registration); other clients may watch the files on their own and
 * send the same notification.
 */
export function watchRcFiles(connection: Connection, capabilities: ClientCapabilities, changed: () => void): void {
  if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: RC_GLOB }] }).catch(() => undefined);
  }
  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => RcConfigs.isRcFile(c.uri))) changed();
  });
}
