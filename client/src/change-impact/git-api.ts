import { extensions, type Disposable, type Event, type Uri } from 'vscode';

// The part of the built-in Git extension's API (version 1) this feature
// uses. Declared here rather than copied whole: only these members are relied on.

export interface GitRepository {
  readonly rootUri: Uri;
  readonly state: { readonly onDidChange: Event<void>; readonly HEAD?: { readonly commit?: string } };
  /** The file's text at `ref`; rejects when the file is not in that revision. */
  show(ref: string, path: string): Promise<string>;
}

export interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: Event<'uninitialized' | 'initialized'>;
  getRepository(uri: Uri): GitRepository | null;
}

interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

/** How long to wait for the Git extension to find the repositories before saying it is not there. */
const INIT_WAIT_MS = 10_000;

/**
 * The Git API, once it has looked for repositories; a reason why not when
 * the extension is missing, disabled or never gets ready.
 */
export async function gitApi(): Promise<GitApi | string> {
  const ext = extensions.getExtension<GitExtension>('vscode.git');
  if (!ext) return 'The built-in Git extension is not available, so there is no committed version to compare with.';
  let exported: GitExtension;
  try {
    exported = ext.isActive ? ext.exports : await ext.activate();
  } catch (err) {
    return `The built-in Git extension did not start: ${err instanceof Error ? err.message : String(err)}`;
  }
  if (!exported.enabled) return 'Git is disabled (setting git.enabled), so there is no committed version to compare with.';
  const api = exported.getAPI(1);
  if (api.state === 'initialized') return api;
  return new Promise<GitApi | string>((resolve) => {
    let sub: Disposable | undefined;
    const timer = setTimeout(() => {
      sub?.dispose();
      resolve('The Git extension is still looking for repositories; try again in a moment.');
    }, INIT_WAIT_MS);
    sub = api.onDidChangeState((s) => {
      if (s !== 'initialized') return;
      clearTimeout(timer);
      sub?.dispose();
      resolve(api);
    });
  });
}
