import { isScalar, visit, type Document } from 'yaml';
import type { PacketDiagnostic } from '../diagnostic';

// Text that YAML reads without complaint, or with a complaint that hides the
// cause: merge-conflict markers, line endings tools disagree on, bytes that
// were not UTF-8, half surrogate pairs. Each gets one sentence that names the
// cause and the fix. All scans are single passes with linear regexes.

const CONFLICT_MARKER = /^(<{7}|\|{7}|={7}|>{7})(?=[ \t\r\n]|$)/gm;
const LONE_CR = /\r(?!\n)/;
const REPLACEMENT = '\ufffd';
// With the u flag a proper pair is one code point; only halves match.
const LONE_SURROGATE = /\p{Cs}/u;

/** Hazards visible in the raw text. */
export function textHazards(text: string): PacketDiagnostic[] {
  return [...conflictMarkers(text), ...loneCarriageReturn(text), ...notUtf8(text), ...rawLoneSurrogate(text)];
}

/**
 * One error per unresolved conflict, on its `<<<<<<<` line; marker lines
 * outside a conflict (a half-deleted one) get their own.
 */
function conflictMarkers(text: string): PacketDiagnostic[] {
  const out: PacketDiagnostic[] = [];
  let inside = false;
  for (const m of text.matchAll(CONFLICT_MARKER)) {
    const start = m.index ?? 0;
    const lineEnd = text.indexOf('\n', start);
    const span = { start, end: (lineEnd < 0 ? text.length : lineEnd) - (text[lineEnd - 1] === '\r' ? 1 : 0) };
    const kind = m[1][0];
    if (kind === '<') {
      inside = true;
      out.push({
        rule: 'yaml-syntax',
        severity: 'error',
        message:
          'An unresolved merge conflict starts here. Keep the lines you want between the `<<<<<<<`, `=======` and `>>>>>>>` markers, delete the rest and the marker lines.',
        span,
      });
    } else if (!inside) {
      out.push({
        rule: 'yaml-syntax',
        severity: 'error',
        message: `A leftover merge-conflict marker (\`${m[1]}\`). Finish resolving the conflict and delete the marker line.`,
        span,
      });
    }
    if (kind === '>') inside = false;
  }
  return out;
}

function loneCarriageReturn(text: string): PacketDiagnostic[] {
  const at = text.search(LONE_CR);
  if (at < 0) return [];
  return [
    {
      rule: 'yaml-syntax',
      severity: 'warning',
      message:
        'A line ends with a carriage return alone (an old Mac line ending). The editor shows a new line here but YAML reads both lines as one. Save the file with LF line endings.',
      span: { start: at, end: at + 1 },
    },
  ];
}

function notUtf8(text: string): PacketDiagnostic[] {
  const at = text.indexOf(REPLACEMENT);
  // With NUL bytes too it is binary or UTF-16: the NUL diagnostic says so already.
  if (at < 0 || text.includes('\u0000')) return [];
  return [
    {
      rule: 'yaml-syntax',
      severity: 'warning',
      message:
        'The file has bytes that are not UTF-8 (shown as \ufffd); it was probably saved as Latin-1 or Windows-1252. Reopen it with its real encoding and save it as UTF-8, or retype the character.',
      span: { start: at, end: at + 1 },
    },
  ];
}

function rawLoneSurrogate(text: string): PacketDiagnostic[] {
  const at = text.search(LONE_SURROGATE);
  if (at < 0) return [];
  return [
    {
      rule: 'yaml-syntax',
      severity: 'warning',
      message: `Half of a UTF-16 surrogate pair with no other half: ${NOT_A_CHARACTER} Delete it or retype the character.`,
      span: { start: at, end: at + 1 },
    },
  ];
}

const NOT_A_CHARACTER = 'it is not a character, and tools that write UTF-8 replace it with \ufffd.';
/** Past this many, one more warning of the same kind tells nobody anything new. */
const MAX_SCALAR_HAZARDS = 20;

/**
 * Escapes such as `"\uD800"` build a half pair inside a value where the text
 * itself is clean; the parsed scalars show it.
 */
export function scalarHazards(doc: Document.Parsed, text: string): PacketDiagnostic[] {
  const out: PacketDiagnostic[] = [];
  try {
    walk(doc, text, out);
  } catch {
    // A document deep enough to overflow the stack was reported by the parse.
  }
  return out;
}

function walk(doc: Document.Parsed, text: string, out: PacketDiagnostic[]): void {
  visit(doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
      if (!LONE_SURROGATE.test(node.value)) return;
      const [start, end] = node.range;
      if (LONE_SURROGATE.test(text.slice(start, end))) return; // the text check reported it
      out.push({
        rule: 'yaml-syntax',
        severity: 'warning',
        message: `A \\u escape in this value makes half of a UTF-16 surrogate pair with no other half: ${NOT_A_CHARACTER} Write the character itself, or escape both halves.`,
        span: { start, end },
      });
      return out.length >= MAX_SCALAR_HAZARDS ? visit.BREAK : undefined;
    },
  });
}
