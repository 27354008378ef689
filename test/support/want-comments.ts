// Reads the expectations an invalid fixture carries inline. A comment line of
// carets under a line marks a diagnostic's columns on that line:
//
//     authority: sometimes
//     #          ^^^^^^^^^ want schema "must be one of automatic, approval, never"
//
// The carets give the start column and the end column (exclusive); `^...`
// (carets then three dots) marks a range that goes on past that line, where
// only the start is checked. The quoted text must occur in the message.
// `# want-at L:C-L:C rule "text"` gives the range in editor terms (1-based
// lines and columns, end exclusive) for places a caret cannot point at, such
// as column 0 where the comment's own `#` stands.
// `# want-line N rule "text"` (N 1-based) checks a diagnostic's line only.

export interface Want {
  rule: string;
  text: string;
  /** 0-based line of the diagnostic's start. */
  line: number;
  /** 0-based line of the diagnostic's end, when the want gives it. */
  endLine?: number;
  startCol?: number;
  endCol?: number;
  /** Where the want comment itself is, for failure messages. */
  at: number;
}

const CARET = /^(\s*)#(\s*)(\^+)(\.\.\.)?\s+want\s+([a-z0-9-]+)(?:\s+"(.*)")?\s*$/;
const AT = /^\s*#\s*want-at\s+(\d+):(\d+)-(\d+):(\d+)\s+([a-z0-9-]+)(?:\s+"(.*)")?\s*$/;
const LINE = /^\s*#\s*want-line\s+(\d+)\s+([a-z0-9-]+)(?:\s+"(.*)")?\s*$/;

export function readWants(text: string): Want[] {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const out: Want[] = [];
  let target = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const caret = CARET.exec(line);
    if (caret) {
      if (target < 0) throw new Error(`line ${i + 1}: a caret want needs a line above it`);
      const startCol = line.indexOf('^');
      out.push({
        rule: caret[5],
        text: unescape(caret[6] ?? ''),
        line: target,
        startCol,
        endCol: caret[4] ? undefined : startCol + caret[3].length,
        at: i + 1,
      });
      continue;
    }
    const at = AT.exec(line);
    if (at) {
      out.push({
        rule: at[5],
        text: unescape(at[6] ?? ''),
        line: Number(at[1]) - 1,
        startCol: Number(at[2]) - 1,
        endLine: Number(at[3]) - 1,
        endCol: Number(at[4]) - 1,
        at: i + 1,
      });
      continue;
    }
    const byLine = LINE.exec(line);
    if (byLine) {
      out.push({ rule: byLine[2], text: unescape(byLine[3] ?? ''), line: Number(byLine[1]) - 1, at: i + 1 });
      continue;
    }
    target = i;
  }
  return out;
}

function unescape(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}
