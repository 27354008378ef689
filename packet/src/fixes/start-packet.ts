import { SKELETON } from './packet-skeleton';
import type { PacketFix } from './types';

/** Blank, or only comments: nothing a check could say more about than "start". */
function hasNoContent(text: string): boolean {
  // `every` stops at the first line with content: a real packet has one at the top.
  return text.split('\n').every((line) => /^\s*(#.*)?$/.test(line));
}

/**
 * The empty-file quick fix: the whole skeleton `handoff init` writes, as a
 * plain edit any editor can apply (VS Code also offers its file-template
 * snippet). A blank file is replaced; comments already there are kept above it.
 */
export function startFromSkeleton(text: string): PacketFix | undefined {
  if (!hasNoContent(text)) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const skeleton = eol === '\n' ? SKELETON : SKELETON.replace(/\n/g, eol);
  const blank = text.trim() === '';
  const edit = blank
    ? { start: 0, end: text.length, newText: skeleton }
    : { start: text.length, end: text.length, newText: (/\n$/.test(text) ? eol : eol + eol) + skeleton };
  return { title: 'Start from the packet skeleton', edits: [edit], isPreferred: true, safe: false };
}
