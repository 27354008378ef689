// Suppression comments are read on every check, by a scan that visits only
// the leading comment block and the lines holding the next-line marker. The
// line-by-line reading it replaced is kept here as the reference: both must
// silence the same rules on the same lines for any text. Lines are counted as
// the editor counts them: \n, \r\n and a lone \r each end one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { PacketAnalysis } from '../../packet/src';
import { readSuppressions, type Suppressions } from '../../packet/src/config/suppressions';
import { LineIndex } from '../../packet/src/parse/line-index';
import { bundledExample } from '../support/fixtures';

const NEXT_LINE = /#\s*handoff-disable-next-line\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/;
const FILE = /^\s*#\s*handoff-disable\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*$/;
const ids = (list: string) => list.split(',').map((s) => s.trim()).filter(Boolean);

function byLines(text: string): Suppressions {
  const file = new Set<string>();
  const lines = new Map<number, Set<string>>();
  const all = text.split(/\r\n|\r|\n/);
  let leading = true;
  for (let i = 0; i < all.length; i++) {
    const line = all[i];
    const trimmed = line.trim();
    if (leading && trimmed !== '' && !trimmed.startsWith('#')) leading = false;
    if (leading) {
      const m = FILE.exec(line);
      if (m) for (const id of ids(m[1])) file.add(id);
    }
    const m = NEXT_LINE.exec(line);
    if (!m) continue;
    let target = i + 1;
    while (target < all.length && /^\s*(#.*)?$/.test(all[target])) target++;
    const set = lines.get(target) ?? new Set<string>();
    for (const id of ids(m[1])) set.add(id);
    lines.set(target, set);
  }
  return { file, lines };
}

const read = (text: string) => readSuppressions(text, LineIndex.of(text));
const plain = (s: Suppressions) => ({ file: [...s.file].sort(), lines: [...s.lines].map(([k, v]) => [k, [...v].sort()]).sort((a, b) => Number(a[0]) - Number(b[0])) });

test('suppressions: the same rules on the same lines as reading line by line, for any text', () => {
  const piece = fc.constantFrom('\n', '\r\n', '\r', ' ', '  ', '#', '# note', 'owners:', '  - id: ops', 'x', '# handoff-disable unknown-reference', '#handoff-disable a, b ', '# handoff-disable-next-line unknown-reference', '  #handoff-disable-next-line a,b-c', '# handoff-disable-next-line', 'handoff-disable-next-line x', '# handoff-disable-next-line y # handoff-disable-next-line z');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(plain(read(text)), plain(byLines(text)));
    }),
    { numRuns: 3000 },
  );
});

test('suppressions: a next-line comment silences the next line with content, past blank lines and comments', () => {
  const text = 'packet:\n  # handoff-disable-next-line unknown-reference, duplicate-id\n\n  # why\n  owner: nobody\n';
  const s = read(text);
  assert.deepEqual([...s.lines.keys()], [4]);
  assert.deepEqual([...s.lines.get(4)!].sort(), ['duplicate-id', 'unknown-reference']);
  assert.equal(s.file.size, 0);
});

test('suppressions: handoff-disable counts in the leading comment block only', () => {
  assert.deepEqual([...read('# handoff-disable queue-without-limit\r\n\npacket:\n').file], ['queue-without-limit']);
  assert.equal(read('packet:\n# handoff-disable queue-without-limit\n').file.size, 0);
});

// Two unknown top-level keys after the example; the comment silences the first only.
const TAIL = ['# handoff-disable-next-line unknown-key', 'zz_extra: 1', 'zz_other: 2', ''];
const unknownKeys = (text: string) =>
  new PacketAnalysis(text)
    .diagnostics()
    .filter((d) => d.rule === 'unknown-key')
    .map((d) => text.slice(d.span.start, d.span.end));

test('suppressions: a next-line comment silences the line below it in a CRLF file', () => {
  const text = (bundledExample().replace(/\r?\n/g, '\n') + TAIL.join('\n')).replace(/\n/g, '\r\n');
  assert.deepEqual(unknownKeys(text), ['zz_other']);
});

test('suppressions: after a lone \\r earlier in the file, the comment still silences the line below it', () => {
  // A lone \r ends a line in the editor and in every diagnostic position, so
  // the comment must count it too, or it lands one line short.
  const example = bundledExample().replace(/\r?\n/g, '\n');
  const text = example.replace('\n', '\n# note written on an old Mac\rstill the comment\n') + TAIL.join('\n');
  assert.deepEqual(unknownKeys(text), ['zz_other']);
  const lines = text.split(/\r\n|\r|\n/);
  assert.deepEqual([...read(text).lines.keys()].map((l) => lines[l]), ['zz_extra: 1']);
});

test('suppressions: in a file whose lines all end with a lone \\r, a comment names the line below it', () => {
  const text = ['# handoff-disable unknown-key', 'packet: 1', '  # handoff-disable-next-line schema', '', '  # why', '  owner: nobody', ''].join('\r');
  const s = read(text);
  assert.deepEqual([...s.file], ['unknown-key']);
  assert.deepEqual(plain(s).lines, [[5, ['schema']]]);
});
