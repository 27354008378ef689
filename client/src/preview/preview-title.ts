import { URI, Utils } from 'vscode-uri';

const PREFIX = 'Preview ';

/**
 * Most packets are called handoff.yaml, so the folder is what tells two
 * previews apart: "Preview partner-triage/handoff.yaml".
 */
export function previewTitle(filePath: string): string {
  const uri = URI.from({ scheme: 'file', path: filePath });
  const name = Utils.basename(uri);
  const folder = Utils.basename(Utils.dirname(uri));
  return /^handoff\.ya?ml$/.test(name) && folder && folder !== '/' && folder !== '.' ? `${PREFIX}${folder}/${name}` : `${PREFIX}${name}`;
}

/**
 * The end of the packet's path that a title made by `previewTitle` names
 * ("partner-triage/handoff.yaml"), or undefined for any other title. VS Code
 * restores a preview's title even when the page's own state was not stored.
 */
export function pathTailOfTitle(title: string): string | undefined {
  if (!title.startsWith(PREFIX)) return undefined;
  const tail = title.slice(PREFIX.length);
  const parts = tail.split('/');
  if (parts.length > 2 || parts.some((p) => p === '' || p === '.' || p === '..')) return undefined;
  return tail;
}

/** The one path among `paths` that ends with `tail` (a whole segment), or undefined when none or several do. */
export function onlyPathEndingWith(paths: readonly string[], tail: string): string | undefined {
  const matches = [...new Set(paths.filter((p) => p === `/${tail}` || p.endsWith(`/${tail}`)))];
  return matches.length === 1 ? matches[0] : undefined;
}
