import type { PacketDiagnostic } from '../diagnostic';

/**
 * Problems with the bytes rather than the YAML: things an author cannot see
 * in the editor but that break other tools reading the packet.
 */
export function inputDiagnostics(text: string): PacketDiagnostic[] {
  const out: PacketDiagnostic[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    out.push({
      rule: 'yaml-syntax',
      severity: 'warning',
      message: 'The file starts with a byte-order mark. Save it as UTF-8 without a BOM so every tool reads the first key the same way.',
      span: { start: 0, end: 1 },
    });
  }
  const crlf = text.indexOf('\r\n');
  if (crlf >= 0) {
    const lf = text.search(/(^|[^\r])\n/);
    out.push({
      rule: 'yaml-syntax',
      severity: 'info',
      message:
        lf >= 0
          ? 'This file mixes Windows (CRLF) and Unix (LF) line endings. Pick one (LF is usual in repositories) so diffs stay readable.'
          : 'This file uses Windows (CRLF) line endings. That is fine for YAML; LF is usual in repositories and keeps diffs clean.',
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
  if (text.replace(/^\uFEFF/, '').replace(/#[^\n]*/g, '').trim() === '') {
    out.push({
      rule: 'yaml-syntax',
      severity: 'error',
      message:
        text.trim() === ''
          ? 'The packet is empty. Start from the skeleton (type `handoff` for the snippet) and fill in each section.'
          : 'The packet has only comments. Start from the skeleton (type `handoff` for the snippet) and fill in each section.',
      span: { start: 0, end: Math.min(text.length, Math.max(1, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'))) },
    });
  }
  return out;
}
