import type { PacketDiagnostic } from '../diagnostic';

/**
 * Problems with the bytes rather than the YAML: things an author cannot see
 * in the editor but that break other tools reading the packet.
 */
export function inputDiagnostics(text: string): PacketDiagnostic[] {
  const out: PacketDiagnostic[] = [];
  // A UTF-8 byte-order mark is allowed by YAML and written by editors on
  // request ("UTF-8 with BOM"): nothing to report. yaml reads past it, and
  // offsets stay those of the text as given, mark included.
  // CRLF line endings are YAML too, and Windows editors save them: nothing to
  // report. A file that mixes them with LF is worth a note: diffs show every
  // line whose ending changed, and some tools read the mix badly.
  const crlf = text.indexOf('\r\n');
  if (crlf >= 0 && /(^|[^\r])\n/.test(text)) {
    out.push({
      rule: 'yaml-syntax',
      severity: 'info',
      message: 'This file mixes Windows (CRLF) and Unix (LF) line endings. Pick one (LF is usual in repositories) so diffs stay readable.',
      // The whole first line that ends in CRLF: underlining a line break shows nothing.
      span: { start: text.lastIndexOf('\n', crlf - 1) + 1, end: crlf },
    });
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    out.push({
      rule: 'yaml-syntax',
      severity: 'error',
      message: 'The file contains a NUL byte; it is binary or in the wrong encoding. Save it as UTF-8 text.',
      span: { start: nul, end: nul + 1 },
    });
  }
  if (!hasContent(text)) {
    out.push({
      rule: 'yaml-syntax',
      severity: 'error',
      message:
        text.trim() === ''
          ? 'The packet is empty. Start from the skeleton (the quick fix here fills it in, or run `handoff init`) and complete each section.'
          : 'The packet has only comments. Start from the skeleton (the quick fix here fills it in, or run `handoff init`) and complete each section.',
      span: { start: 0, end: Math.min(text.length, Math.max(1, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'))) },
    });
  }
  return out;
}

/**
 * True when something other than white space and comments is in the text.
 * A scan that stops at the first content character: a real packet has one
 * on its first lines, so this costs nothing however long the file is (a copy
 * of the text with comments cut out cost a full pass and a full allocation).
 */
function hasContent(text: string): boolean {
  let inComment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inComment) {
      if (c === '\n') inComment = false;
    } else if (c === '#') inComment = true;
    else if (!WHITE.test(c)) return true;
  }
  return false;
}

// The characters String.prototype.trim removes (a BOM among them), as the old check used trim.
const WHITE = /\s/;
