import * as path from 'node:path';

/**
 * Most packets are called handoff.yaml, so the folder is what tells two
 * previews apart: "Preview partner-triage/handoff.yaml".
 */
export function previewTitle(filePath: string): string {
  const name = path.posix.basename(filePath);
  const folder = path.posix.basename(path.posix.dirname(filePath));
  return /^handoff\.ya?ml$/.test(name) && folder && folder !== '/' && folder !== '.' ? `Preview ${folder}/${name}` : `Preview ${name}`;
}
