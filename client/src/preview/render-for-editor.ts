// Renders an open packet the way the editor sees it: the same severities the
// user configured for the Problems panel, the packet library's renderer.

import { workspace, type TextDocument, type Uri } from 'vscode';
import { PacketAnalysis, readRuleSeverities, renderHtml, renderMarkdown, type CheckOptions } from '../../../packet/src';

export function checkOptionsFor(uri: Uri): CheckOptions {
  const config = workspace.getConfiguration('handoff', uri);
  const { severities } = readRuleSeverities(config.get<unknown>('rules'));
  const types = config.get<unknown>('exceptionTypes');
  return { rules: severities, exceptionTypes: Array.isArray(types) ? types.filter((t): t is string => typeof t === 'string') : [] };
}

/** The preview's body: the rendered fragment with source offsets. */
export function previewBody(document: TextDocument): string {
  return renderHtml(new PacketAnalysis(document.getText()), { flavour: 'preview', check: checkOptionsFor(document.uri) });
}

export function exportText(document: TextDocument, format: 'markdown' | 'html'): string {
  const analysis = new PacketAnalysis(document.getText());
  const check = checkOptionsFor(document.uri);
  return format === 'markdown' ? renderMarkdown(analysis, { check }) : renderHtml(analysis, { flavour: 'standalone', check });
}
