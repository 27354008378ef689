// What every answer from the server must satisfy, whatever the request:
// each range lies inside the document it names (in one of the versions the
// document had while the request was in flight), document symbols keep their
// selection inside their range, folding ranges stay within the lines.

export interface Pos {
  line: number;
  character: number;
}

export interface Rng {
  start: Pos;
  end: Pos;
}

/**
 * The largest character each line allows, in UTF-16 units, with LSP's line
 * breaks (\r\n, \n and a lone \r). The \r of a \r\n counts: a range that
 * ends just after it is off by one in a way every client clamps (LSP says a
 * character past the line's end means its end), unlike a range on a line
 * that does not exist.
 */
export function lineLengths(text: string): number[] {
  return text.split(/\n|\r(?!\n)/).map((l) => l.length);
}

function isPos(v: unknown): v is Pos {
  return typeof v === 'object' && v !== null && typeof (v as Pos).line === 'number' && typeof (v as Pos).character === 'number';
}

export function isRange(v: unknown): v is Rng {
  return typeof v === 'object' && v !== null && isPos((v as Rng).start) && isPos((v as Rng).end);
}

function before(a: Pos, b: Pos): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/** Why the range does not fit the text, or undefined when it does. */
export function rangeProblem(lines: number[], r: Rng): string | undefined {
  for (const p of [r.start, r.end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return `bad position ${JSON.stringify(p)}`;
    if (p.line >= lines.length) return `line ${p.line} past the last line ${lines.length - 1}`;
    if (p.character > lines[p.line]) return `character ${p.character} past the end of line ${p.line} (length ${lines[p.line]})`;
  }
  if (!before(r.start, r.end)) return `start after end`;
  return undefined;
}

function contains(outer: Rng, inner: Rng): boolean {
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** The texts a document had while a request was in flight, oldest first; empty when the fuzzer does not know the uri. */
export type VersionsOf = (uri: string) => string[];

/**
 * Walks an answer and returns every broken invariant. `uri` is the request's
 * document; a `uri`, `targetUri`, `textDocument.uri` or a `changes` key below
 * switches to the document it names.
 */
export function answerProblems(answer: unknown, uri: string, versionsOf: VersionsOf): string[] {
  const problems: string[] = [];
  const cache = new Map<string, number[][]>();
  const linesOf = (u: string) => {
    let l = cache.get(u);
    if (!l) cache.set(u, (l = versionsOf(u).map(lineLengths)));
    return l;
  };
  const checkRange = (r: Rng, u: string, path: string) => {
    const versions = linesOf(u);
    if (versions.length === 0) return; // a document the fuzzer does not hold
    const why = versions.map((lines) => rangeProblem(lines, r));
    if (why.every((w) => w !== undefined)) problems.push(`${path}: ${JSON.stringify(r)} is outside ${u} in every version in flight (${why[why.length - 1]})`);
  };
  const walk = (v: unknown, u: string, path: string, depth: number) => {
    if (depth > 64 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, u, `${path}[${i}]`, depth + 1));
      return;
    }
    const o = v as Record<string, unknown>;
    if (isRange(o)) {
      checkRange(o, u, path);
      return;
    }
    const here = typeof o.uri === 'string' ? o.uri : typeof (o.textDocument as { uri?: unknown } | undefined)?.uri === 'string' ? (o.textDocument as { uri: string }).uri : u;
    const { startLine, endLine } = o;
    if (typeof startLine === 'number' && typeof endLine === 'number') {
      const versions = linesOf(here);
      if (versions.length && versions.every((lines) => !(0 <= startLine && startLine <= endLine && endLine < lines.length)))
        problems.push(`${path}: folding range ${startLine}-${endLine} outside ${here}`);
    }
    if (isRange(o.range) && isRange(o.selectionRange) && typeof o.name === 'string' && !contains(o.range, o.selectionRange))
      problems.push(`${path}: document symbol "${o.name}" has its selectionRange outside its range (VS Code rejects the whole answer)`);
    for (const [k, x] of Object.entries(o)) {
      if (k === 'changes' && x && typeof x === 'object' && !Array.isArray(x)) {
        for (const [cu, edits] of Object.entries(x)) walk(edits, cu, `${path}.changes[${cu}]`, depth + 1);
      } else if (k === 'targetRange' || k === 'targetSelectionRange') {
        if (isRange(x) && typeof o.targetUri === 'string') checkRange(x, o.targetUri, `${path}.${k}`);
      } else {
        walk(x, here, `${path}.${k}`, depth + 1);
      }
    }
  };
  walk(answer, uri, 'result', 0);
  return problems;
}
