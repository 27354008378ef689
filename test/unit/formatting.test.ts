import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseAllDocuments, visit, type Document } from 'yaml';
import { formatPacket, formatPacketText } from '../../packet/src';
import { applyEdit, prng, randomEdit } from '../support/edit-fuzz';
import { fixtureFiles, readFixture } from '../support/fixtures';

// Format Document must never change what a packet says or drop a comment, and
// must leave alone a file that does not parse. The expectations are computed
// here independently of the formatter: the value through yaml's toJS, the
// comments through the document's own comment fields.

function parsed(text: string): Document.Parsed | undefined {
  const docs = parseAllDocuments(text.replace(/^\uFEFF/, ''), { uniqueKeys: false });
  return Array.isArray(docs) && docs.length === 1 && docs[0].errors.length === 0 ? docs[0] : undefined;
}

/** The value a program reads, or the reason it cannot (too many aliases). */
function value(doc: Document.Parsed): unknown {
  try {
    return doc.toJS();
  } catch (err) {
    return { refused: String(err) };
  }
}

/** Every comment line the document holds, sorted: a multiset to compare. */
function comments(doc: Document.Parsed): string[] {
  const out: string[] = [];
  const add = (c: string | null | undefined) => c && out.push(...c.split('\n').map((l) => l.trim()).filter(Boolean));
  add(doc.commentBefore);
  add(doc.comment);
  visit(doc, {
    Node(_k, n) {
      add(n.commentBefore);
      add(n.comment);
    },
    Pair(_k, p) {
      add((p as { commentBefore?: string }).commentBefore);
    },
  });
  return out.sort();
}

/** Checks one text and returns its formatted form. */
function checkFormat(text: string, label: string, before = parsed(text)): string {
  const out = formatPacketText(text);
  if (!before) {
    assert.equal(out, text, `${label}: a file that does not parse was formatted`);
    return out;
  }
  if (out === text) return out;
  const after = parsed(out);
  assert.ok(after, `${label}: the formatted text does not parse`);
  assert.ok(isDeepStrictEqual(value(after), value(before)), `${label}: the value changed`);
  assert.deepEqual(comments(after), comments(before), `${label}: a comment was lost or changed`);
  assert.equal(formatPacketText(out), out, `${label}: formatting twice changes the text again`);
  assert.equal(out.split(/\r\n|\r|\n/).length, text.split(/\r\n|\r|\n/).length, `${label}: lines were added or removed`);
  return out;
}

/** Every line's leading spaces doubled: the same packet, indented by four. */
const doubled = (text: string) => text.replace(/^( +)/gm, '$1$1');

// The hostile giants are for the size limits, which refuse them before any formatting.
/** The real packets (examples, fix inputs, near misses), also checked re-indented; the rest once each. */
const TWINNED = /^(valid|near-miss|phrasings|e2e|cli|hostile-content)\//;
const all = fixtureFiles('.').map((rel) => ({ rel, text: readFixture(rel) })).filter((f) => f.text.length < 64 * 1024);

describe('Format Document', () => {
  it('re-indents a four-space packet to two spaces and keeps its comments in place', () => {
    const text = [
      '# Who runs this',
      'packet:',
      '    name:    Partner triage   # shown in the preview',
      'steps:',
      '    -   id: intake',
      '        # what happens first',
      '        action: |',
      '            Read the form.',
      '              Keep this indent.',
      '        next: [route,',
      '               done]',
      'list:',
      '- flush with its key',
      '',
    ].join('\n');
    assert.equal(
      formatPacketText(text),
      [
        '# Who runs this',
        'packet:',
        '  name: Partner triage   # shown in the preview',
        'steps:',
        '  - id: intake',
        '    # what happens first',
        '    action: |',
        '      Read the form.',
        '        Keep this indent.',
        '    next: [route,',
        '           done]',
        'list:',
        '- flush with its key',
        '',
      ].join('\n'),
    );
  });

  it('keeps CRLF line breaks and a byte-order mark', () => {
    const out = formatPacketText('\uFEFFpacket:\r\n    name: x   \r\n    # note\r\n    version: 1\r\n');
    assert.equal(out, '\uFEFFpacket:\r\n  name: x\r\n  # note\r\n  version: 1\r\n');
  });

  it('gives no edits for a file that does not parse', () => {
    assert.deepEqual(formatPacket('packet:\n    name: [unclosed\n    version: 1\n'), []);
    assert.deepEqual(formatPacket('packet:\n    name: "x\n'), []);
  });

  it('Format Selection edits only the selected lines', () => {
    const text = 'a:\n    b: 1\n    c:    2\nd:\n    e: 3\n';
    const edits = formatPacket(text, { start: 3, end: 4 });
    assert.deepEqual(edits.map((e) => [e.line, e.text]), [[4, '  e: 3']]);
  });

  it('every fixture and its four-space twin: same value, same comments, idempotent', () => {
    let twins = 0;
    for (const { rel, text } of all) {
      const doc = parsed(text);
      if (!TWINNED.test(rel)) {
        checkFormat(text, rel, doc);
        continue;
      }
      if (!doc) continue;
      // yaml's own printer at two and at four spaces: the same packet, comments in the same places.
      const narrow = doc.toString({ indent: 2, lineWidth: 0 });
      const wide = doc.toString({ indent: 4, lineWidth: 0 });
      const wideOut = checkFormat(wide, `${rel} (four spaces)`);
      if (formatPacketText(narrow) === narrow) {
        assert.equal(wideOut, narrow, `${rel}: its four-space twin does not come back to two spaces`);
        twins++;
      }
      checkFormat(text, rel, doc);
    }
    assert.ok(twins > 10, `only ${twins} fixtures had a four-space twin to re-indent`);
  });

  it('random edits of the fixtures never lose a value or a comment', () => {
    const seeds = all.filter((f) => f.rel.startsWith('valid/') || f.rel.startsWith('fixes/') || f.rel.startsWith('phrasings/'));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: seeds.length - 1 }), fc.integer(), fc.integer({ min: 1, max: 8 }), fc.boolean(), (which, seed, count, widen) => {
        const rnd = prng(seed);
        let text = widen ? doubled(seeds[which].text) : seeds[which].text;
        for (let i = 0; i < count; i++) text = applyEdit(text, randomEdit(text, rnd));
        checkFormat(text, `${seeds[which].rel} seed ${seed} x${count}`);
      }),
      { numRuns: 100 },
    );
  });
});
