import type { Span } from '../../diagnostic';
import { knownExceptionTypes, knownTypeMarkdown } from '../exception-types';
import { nodeAtPath, scalarText } from '../quick-tree/lookup';
import type { QuickTree } from '../quick-tree/types';
import { order } from './id-items';
import type { CompletionOptions, PacketCompletion } from './types';

const TYPE_PATTERN = /^[a-z][a-z0-9_]*$/;

/**
 * Exception types: the six known ones first, then the workspace setting's,
 * then those other packets in the workspace use. Types this packet already
 * has in another entry are left out: a second entry of the same type is a mistake.
 */
export function exceptionTypeItems(tree: QuickTree, entryIndex: number, range: Span, options: CompletionOptions, insertPrefix = ''): PacketCompletion[] {
  const used = new Set<string>();
  const list = nodeAtPath(tree, ['exceptions', 'types']);
  if (list?.type === 'seq') {
    list.items.forEach((it, i) => {
      if (i === entryIndex || it.value?.type !== 'map') return;
      const t = scalarText(it.value.entries.find((e) => e.colon && e.key === 'type')?.value);
      if (t) used.add(t);
    });
  }
  const out: PacketCompletion[] = [];
  const offered = new Set<string>(used);
  const add = (label: string, detail: string, documentation: string) => {
    if (offered.has(label) || !TYPE_PATTERN.test(label)) return;
    offered.add(label);
    out.push({ label, kind: 'exception-type', detail, documentation, range, insertText: insertPrefix + label, snippet: false, sortText: order(out.length) });
  };
  for (const t of knownExceptionTypes()) add(t.type, `known type · usually ${t.typicalResponse}`, knownTypeMarkdown(t));
  for (const t of options.exceptionTypes ?? []) {
    add(t, 'from the handoff.exceptionTypes setting', `**\`${t}\`** · your team's exception type\n\nDeclared in the \`handoff.exceptionTypes\` setting. Say in \`means\` what it looks like, so a reviewer recognises it.`);
  }
  const workspace = typeof options.workspaceExceptionTypes === 'function' ? options.workspaceExceptionTypes() : (options.workspaceExceptionTypes ?? []);
  for (const t of workspace) {
    add(t, 'used in another packet', `**\`${t}\`** · used by another packet in this workspace\n\nReusing the same name keeps exceptions comparable across workflows.`);
  }
  return out;
}
