import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkPacket, parsePacket, RULES } from '../../packet/src';
import { ALL_RULES } from '../../packet/src/rules/all-rules';
import { ROOT, validExamples } from '../support/fixtures';

// Ties the rule catalog to what ships: every id has a page and an
// implementation, and no check fires on the valid examples.

/** Ids reported by the parse, its size limits and the schema rather than by a Rule module. */
const PARSE_AND_SCHEMA = ['yaml-syntax', 'file-too-large', 'duplicate-key', 'schema', 'unknown-key'];

describe('rule catalog', () => {
  it('every id has a docs page that names it and shows YAML', () => {
    for (const r of RULES) {
      const page = join(ROOT, 'docs', 'rules', `${r.id}.md`);
      assert.ok(existsSync(page), `docs/rules/${r.id}.md is missing`);
      const text = readFileSync(page, 'utf8');
      assert.match(text, new RegExp(`\`${r.id}\``), `${r.id}.md does not name its id`);
      assert.match(text, /```yaml/, `${r.id}.md has no YAML example`);
      assert.match(text, /handoff-disable-next-line/, `${r.id}.md does not say how to turn it off`);
    }
  });

  it('the docs index lists every id', () => {
    const index = readFileSync(join(ROOT, 'docs', 'rules', 'README.md'), 'utf8');
    for (const r of RULES) assert.ok(index.includes(`(${r.id}.md)`), `README.md does not link ${r.id}`);
  });

  it('every id is implemented exactly once, and nothing outside the catalog is', () => {
    const implemented = ALL_RULES.map((r) => r.id);
    assert.equal(new Set(implemented).size, implemented.length, 'a rule is registered twice');
    for (const id of implemented) assert.ok(RULES.some((r) => r.id === id), `${id} is not in the catalog`);
    const covered = new Set([...implemented, ...PARSE_AND_SCHEMA]);
    assert.deepEqual(RULES.map((r) => r.id).filter((id) => !covered.has(id)), []);
  });

  it('the valid examples exist and report nothing', () => {
    const examples = validExamples();
    assert.ok(examples.length > 0, 'no valid examples found');
    for (const ex of examples) {
      const parsed = parsePacket(ex.text);
      assert.deepEqual(
        checkPacket(parsed).map((d) => `${d.rule} line ${parsed.lines.positionAt(d.span.start).line + 1}: ${d.message}`),
        [],
        ex.name,
      );
    }
  });
});
