import { URI, Utils } from 'vscode-uri';

/**
 * Most packets are called handoff.yaml, so the folder is what tells two
 * previews apart: "Preview partner-triage/handoff.yaml".
 */
export function previewTitle(filePath: string): string {
  const uri = URI.from({ scheme: 'file', path: filePath });
  const name = Utils.basename(uri);
  const folder = Utils.basename(Utils.dirname(uri));
  return /^handoff\.ya?ml$/.test(name) && folder && folder !== '/' && folder !== '.' ? `Preview ${folder}/${name}` : `Preview ${name}`;
}
