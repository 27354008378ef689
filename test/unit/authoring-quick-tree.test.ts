import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { buildIdIndex, parsePacket } from '../../packet/src';
import { completionsAt, cursorContext, documentSymbols, foldingRanges, hoverAt, quickTree, selectionRanges } from '../../packet/src/authoring';
import { quickIndex } from '../../packet/src/authoring/quick-index';
import { validExamples } from '../support/fixtures';

// The quick tree is the indentation-based reading that completion, hover and
// the outline use instead of a full parse. It must agree with the parse on
// well-formed packets and survive anything else.

const spans = (list: { kind: string; id: string; span: { start: number; end: number }; path: (string | number)[] }[]) =>
  list.map((d) => `${d.kind}:${d.id}@${d.span.start}-${d.span.end} ${JSON.stringify(d.path)}`);

describe('quick tree', () => {
  for (const { name, text } of validExamples()) {
    it(`finds the same id declarations and references as the parse in ${name}`, () => {
      const quick = quickIndex(quickTree(text));
      const full = buildIdIndex(parsePacket(text).doc);
      assert.ok(full.declarations.length > 0);
      assert.deepEqual(spans(quick.declarations), spans(full.declarations));
      assert.deepEqual(spans(quick.references), spans(full.references));
    });
  }

  it('reads block scalars, flow lists and flow maps without taking their text for keys', () => {
    const text = ['workflow:', '  summary: >-', '    owner: not a key', '    still prose', '  reads: [a,', '    b]', 'steps:', '  - id: s1', '    inputs: { required: [x, y], optional: [z] }', ''].join('\n');
    const tree = quickTree(text);
    const root = tree.root;
    assert.equal(root.type, 'map');
    if (root.type !== 'map') return;
    assert.deepEqual(root.entries.map((e) => e.key), ['workflow', 'steps']);
    const wf = root.entries[0].value;
    assert.ok(wf?.type === 'map');
    if (wf?.type !== 'map') return;
    assert.deepEqual(wf.entries.map((e) => e.key), ['summary', 'reads']);
    const reads = wf.entries[1].value;
    assert.ok(reads?.type === 'seq' && reads.flow);
    if (reads?.type === 'seq') assert.deepEqual(reads.items.map((i) => (i.value?.type === 'scalar' ? i.value.value : '')), ['a', 'b']);
  });
});

describe('cursor context', () => {
  const at = (withCursor: string) => {
    const offset = withCursor.indexOf('|');
    return cursorContext(quickTree(withCursor.slice(0, offset) + withCursor.slice(offset + 1)), offset);
  };

  it('finds the path of a value from indentation', () => {
    const ctx = at('permissions:\n  actions:\n    - id: a\n      authority: au|\n');
    assert.equal(ctx.kind, 'value');
    if (ctx.kind === 'value') {
      assert.deepEqual(ctx.path, ['permissions', 'actions', 0, 'authority']);
      assert.equal(ctx.prefix, 'au');
    }
  });

  it('finds the mapping a blank line belongs to by its column', () => {
    const text = 'steps:\n  - id: a\n    trigger: t\n|\n';
    for (const [col, path] of [
      [0, []],
      [2, ['steps']],
      [4, ['steps', 0]],
    ] as const) {
      const ctx = at(text.replace('|', ' '.repeat(col) + '|'));
      assert.equal(ctx.kind, 'slot');
      if (ctx.kind === 'slot') assert.deepEqual(ctx.path, path, `column ${col}`);
    }
  });

  it('counts list items by the dashes above, even when a line below does not parse', () => {
    const ctx = at('review:\n  - cadence: daily\n  - cadence: weekly\n  - cadence: |\n  - [unclosed\n');
    assert.equal(ctx.kind, 'value');
    if (ctx.kind === 'value') assert.deepEqual(ctx.path, ['review', 2, 'cadence']);
  });

  it('knows the item index inside a flow list', () => {
    const ctx = at('workflow:\n  reads: [a, b, c|]\n');
    assert.equal(ctx.kind, 'value');
    if (ctx.kind === 'value') {
      assert.deepEqual(ctx.path, ['workflow', 'reads', 2]);
      assert.deepEqual(ctx.siblings, ['a', 'b']);
    }
  });

  it('sees nothing to complete inside a comment or after a scalar that goes on', () => {
    assert.equal(at('packet: 1 # a |comment\n').kind, 'none');
    assert.equal(at('workflow:\n  name: Long\n    na|\n').kind, 'none');
  });
});

describe('robustness', () => {
  it('never throws and answers every request on arbitrary text', () => {
    const piece = fc.constantFrom('a', 'id', ':', ' ', '  ', '-', '\n', '[', ']', '{', '}', ',', '"', "'", '#', '|', '>', '\t', 'owner', 'steps', '\r\n', 'authority', 'owns', 'next', 'type', 'exceptions', 'types', 'changes', 'kind');
    const yamlish = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(yamlish, fc.nat(), (text, n) => {
        const offset = text.length === 0 ? 0 : n % (text.length + 1);
        // Editors reject an edit range that leaves the cursor's line or does not contain the cursor.
        for (const item of completionsAt(text, offset)) {
          assert.ok(item.range.start <= offset && offset <= item.range.end, `${item.label} range holds the cursor`);
          assert.ok(!text.slice(item.range.start, item.range.end).includes('\n'), `${item.label} range stays on one line`);
        }
        hoverAt(text, offset);
        const within = (list: ReturnType<typeof documentSymbols>): void => {
          for (const sym of list) {
            assert.ok(sym.span.start <= sym.selectionSpan.start && sym.selectionSpan.end <= sym.span.end, 'selection inside the symbol');
            within(sym.children);
          }
        };
        within(documentSymbols(text));
        foldingRanges(text);
        const chain = selectionRanges(text, offset);
        for (let i = 1; i < chain.length; i++) assert.ok(chain[i].start <= chain[i - 1].start && chain[i - 1].end <= chain[i].end);
      }),
      { numRuns: 400 },
    );
  });
});
