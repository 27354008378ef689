import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PacketAnalysis, SECTIONS, type FixData, type PacketDiagnostic } from '../../packet/src';
import { applyEdits, fixAll, fixesFor, isPlaceholder } from '../../packet/src/fixes';
import { KEY_ORDER } from '../../packet/src/fixes/key-order';
import { lineDiff } from '../../packet/src/fixes/line-diff';
import { fixtureFiles, readFixture, ROOT, validExamples } from '../support/fixtures';

// Behaviour of the fix engine beyond the golden files: odd layouts, stale or
// malformed fix data, the whole-file passes of Fix all, and the promise that
// no fix ever leaves YAML that parses worse than before.

function diag(rule: string, data: FixData, span = { start: 0, end: 0 }): PacketDiagnostic {
  return { rule, severity: 'warning', message: 'test', span, data };
}

function yamlErrors(text: string): number {
  return new PacketAnalysis(text).parsed.problems.filter((p) => p.severity === 'error' && (p.rule === 'yaml-syntax' || p.rule === 'duplicate-key')).length;
}

function only(text: string, d: PacketDiagnostic): string {
  const a = new PacketAnalysis(text);
  const fixes = fixesFor(a, d);
  assert.ok(fixes.length > 0, `no fix for ${JSON.stringify(d.data)}`);
  return applyEdits(text, fixes[0].edits);
}

describe('insertion in unusual places', () => {
  it('writes CRLF line endings into a CRLF file', () => {
    const text = 'packet: 1\r\nsupport:\r\n  window: 30 days\r\n';
    const out = only(text, diag('support-incomplete', { fix: 'insert-fields', path: ['support'], fields: ['response'] }));
    assert.equal(out, 'packet: 1\r\nsupport:\r\n  window: 30 days\r\n  response: "TODO: how to reach support and how fast they answer"\r\n');
  });

  it('fills a key whose value is empty, keeping its comment on the key line', () => {
    const text = 'exceptions:\n  queue:   # tbd\n  types: []\n';
    const out = only(text, diag('x', { fix: 'insert-fields', path: ['exceptions', 'queue'], fields: ['where'] }));
    assert.equal(out, 'exceptions:\n  queue:   # tbd\n    where: "TODO: where the exception queue lives"\n  types: []\n');
  });

  it('creates missing parents on the way to the field', () => {
    const text = 'operations:\n  pause:\n    how: Flip the flag\n';
    const out = only(text, diag('x', { fix: 'insert-fields', path: ['operations', 'retry'], fields: ['unsafe_when'] }));
    assert.equal(out, 'operations:\n  pause:\n    how: Flip the flag\n  retry:\n    unsafe_when:\n      - "TODO: when a retry makes things worse"\n');
  });

  it('inserts several fields at one point in their natural order', () => {
    const text = 'support:\n  window: 30 days\n';
    const out = only(text, diag('x', { fix: 'insert-fields', path: ['support'], fields: ['response', 'bug'] }));
    assert.equal(out, 'support:\n  window: 30 days\n  bug: "TODO: what counts as a bug"\n  response: "TODO: how to reach support and how fast they answer"\n');
  });

  it('adds to an empty flow list and to a single value that may be a list', () => {
    assert.equal(only('workflow:\n  writes: []\n', diag('x', { fix: 'add-to-list', path: ['workflow', 'writes'], value: 'crm' })), 'workflow:\n  writes: [crm]\n');
    assert.equal(only('steps:\n  - id: a\n    next: b\n', diag('x', { fix: 'add-to-list', path: ['steps', 0, 'next'], value: 'c' })), 'steps:\n  - id: a\n    next: [b, c]\n');
    assert.equal(only('workflow:\n  writes:\n', diag('x', { fix: 'add-to-list', path: ['workflow', 'writes'], value: 'crm' })), 'workflow:\n  writes: [crm]\n');
  });

  it('declares an id in a list that is still an empty flow list', () => {
    const out = only('owners: []\n', diag('unknown-reference', { fix: 'declare-id', kind: 'owner', id: 'ops' }));
    assert.equal(out, 'owners:\n  - id: ops\n    role: "TODO: the role ops stands for"\n    owns: []\n');
  });

  it('inserts every missing section of a nearly empty packet in format order', () => {
    const a = new PacketAnalysis('packet: 1\n');
    const out = applyEdits(a.text, fixAll(a, a.diagnostics()));
    const order = [...out.matchAll(/^([a-z_]+):/gm)].map((m) => m[1]);
    assert.deepEqual(order, [...SECTIONS]);
    assert.equal(yamlErrors(out), 0);
    const after = new PacketAnalysis(out).diagnostics();
    assert.deepEqual(after.filter((d) => d.severity === 'error').map((d) => `${d.rule}: ${d.message}`), [], 'the skeletons are valid together');
  });
});

describe('fixes that cannot apply offer nothing', () => {
  const text = readFixture('valid/partner-triage/handoff.yaml');
  const a = new PacketAnalysis(text);
  it('a stale span finds no value or key to change', () => {
    assert.deepEqual(fixesFor(a, diag('schema', { fix: 'replace-value', candidates: ['approval'] }, { start: 3, end: 9 })), []);
    assert.deepEqual(fixesFor(a, diag('unknown-key', { fix: 'rename-key', candidates: ['access'] }, { start: 3, end: 9 })), []);
    assert.deepEqual(fixesFor(a, diag('duplicate-key', { fix: 'remove-key' }, { start: 5, end: 6 })), []);
  });
  it('a path through a scalar or past a list end is no place to write', () => {
    assert.deepEqual(fixesFor(a, diag('x', { fix: 'insert-fields', path: ['packet', 'x'], fields: ['y'] })), []);
    assert.deepEqual(fixesFor(a, diag('x', { fix: 'insert-fields', path: ['steps', 99], fields: ['id'] })), []);
    assert.deepEqual(fixesFor(a, diag('x', { fix: 'insert-section', section: 'nonsense' })), []);
  });
  it('a rename never creates a duplicate key', () => {
    const t = 'systems:\n  - id: a\n    access: read\n    acess: write\n';
    const b = new PacketAnalysis(t);
    const d = b.diagnostics().find((x) => x.rule === 'unknown-key');
    assert.ok(d);
    assert.deepEqual(fixesFor(b, d), []);
  });
  it('malformed fix data does not throw', () => {
    const bad = [{ fix: 'insert-fields', path: null, fields: null }, { fix: 'add-to-list' }, { fix: 'declare-id', kind: 'owner', id: 'Not An Id' }, { fix: 'what' }];
    for (const data of bad) assert.doesNotThrow(() => fixesFor(a, diag('x', data as unknown as FixData)));
  });
});

describe('snippets', () => {
  it('writes numbered tab stops and mirrors a repeated placeholder id', () => {
    const text = 'packet: 1\nreview:\n  - cadence: weekly\n    what: "$5 check"\n';
    const a = new PacketAnalysis(text);
    const [fix] = fixesFor(a, diag('missing-section', { fix: 'insert-section', section: 'owners' }), { snippets: true });
    assert.equal(fix.snippet, true);
    assert.match(fix.edits[0].newText, /id: \$\{1:todo-owner\}/);
    assert.match(fix.edits[0].newText, /role: \$\{2:"TODO: the role that holds this"\}/);
    const [exc] = fixesFor(a, diag('missing-section', { fix: 'insert-section', section: 'exceptions' }), { snippets: true });
    assert.match(exc.edits[0].newText, /owner: \$\{1:todo-owner\}[\s\S]*owner: \$1\n/);
    const plain = fixesFor(a, diag('missing-section', { fix: 'insert-section', section: 'owners' }))[0];
    assert.equal(plain.snippet, undefined);
    assert.doesNotMatch(plain.edits[0].newText, /\$\{/);
  });
  it('escapes snippet syntax in literal text', () => {
    const a = new PacketAnalysis('support:\n  window: 30 days\n');
    const [fix] = fixesFor(a, diag('x', { fix: 'set-value', path: ['support'], key: 'bug', value: 'costs $5 {x}' }), { snippets: true });
    assert.equal(fix.snippet, true);
    assert.equal(fix.edits[0].newText, '  bug: "costs \\$5 {x\\}"\n');
  });
  it('leaves a fix without placeholders as plain text', () => {
    const text = 'systems:\n  - id: a\n    acess: read\n';
    const a = new PacketAnalysis(text);
    const d = a.diagnostics().find((x) => x.rule === 'unknown-key')!;
    const [fix] = fixesFor(a, d, { snippets: true });
    assert.equal(fix.snippet, undefined);
    assert.equal(fix.edits[0].newText, 'access');
  });
});

describe('every fix keeps the file parsing', () => {
  const files = [...fixtureFiles('invalid'), ...fixtureFiles('fixes', (n) => n.endsWith('.input.yaml'))];
  it('has files to try', () => assert.ok(files.length > 10));
  it('over every diagnostic of every invalid and fix fixture', () => {
    const failures: string[] = [];
    for (const rel of files) {
      const text = readFixture(rel);
      const a = new PacketAnalysis(text);
      const before = yamlErrors(text);
      for (const d of a.diagnostics()) {
        for (const f of fixesFor(a, d)) {
          const out = applyEdits(text, f.edits);
          if (yamlErrors(out) > before) failures.push(`${rel}: ${d.rule} → ${f.title}`);
        }
      }
    }
    assert.deepEqual(failures, []);
  });
});

describe('Fix all', () => {
  it('is finished after one run: running it again changes nothing', () => {
    const text = readFixture('fixes/fix-all.input.yaml');
    const a = new PacketAnalysis(text);
    const once = applyEdits(text, fixAll(a, a.diagnostics()));
    const b = new PacketAnalysis(once);
    assert.deepEqual(fixAll(b, b.diagnostics()), []);
  });
  it('returns small line edits, not one replacement of the file', () => {
    const text = readFixture('fixes/fix-all.input.yaml');
    const a = new PacketAnalysis(text);
    const edits = fixAll(a, a.diagnostics());
    assert.ok(edits.length >= 3);
    for (const e of edits) assert.ok(e.end - e.start < 60, `edit ${JSON.stringify(e)} replaces more than the changed lines`);
  });
  it('makes no change to a valid packet', () => {
    for (const ex of validExamples()) {
      const a = new PacketAnalysis(ex.text);
      assert.deepEqual(fixAll(a, a.diagnostics()), [], ex.name);
    }
  });
  it('keeps to the rules it is given', () => {
    const text = readFixture('fixes/fix-all.input.yaml');
    const a = new PacketAnalysis(text);
    const out = applyEdits(text, fixAll(a, a.diagnostics(), { rules: new Set(['unknown-key']) }));
    const changed = text.split('\n').filter((l, i) => out.split('\n')[i] !== l);
    assert.deepEqual(changed, ['    acess: read-write']);
  });
});

describe('line diff', () => {
  it('turns any change back into the new text', () => {
    const cases: [string, string][] = [
      ['a\nb\nc\n', 'a\nx\nb\nc\n'],
      ['a\nb\nc\n', 'c\n'],
      ['', 'a\n'],
      ['a\nb', 'a\nb\nc'],
      ['x\ny\nz\n', 'q\ny\nw\n'],
    ];
    for (const [a, b] of cases) assert.equal(applyEdits(a, lineDiff(a, b)), b);
  });
});

describe('placeholders and key order', () => {
  it('recognises what fixes write and the usual fillers, not real text', () => {
    for (const t of ['TODO: who owns it', 'TBD', 'n/a', '', '?']) assert.equal(isPlaceholder(t), true, t);
    for (const t of ['Todoist sync fails', 'Turn the flag off']) assert.equal(isPlaceholder(t), false, t);
  });
  it('follows the order of the schemas’ properties', () => {
    const load = (name: string) => JSON.parse(readFileSync(join(ROOT, 'schemas', 'sections', `${name}.schema.json`), 'utf8')) as Record<string, unknown>;
    const props = (s: unknown): string[] => Object.keys(((s as { properties?: object }).properties ?? {}) as object);
    const items = (s: unknown) => (s as { items?: unknown }).items;
    const prop = (s: unknown, k: string) => ((s as { properties: Record<string, unknown> }).properties)[k];
    const checks: [string, string[]][] = [
      ['workflow', props(load('workflow'))],
      ['systems.*', props(items(load('systems')))],
      ['steps.*', props(items(load('steps')))],
      ['permissions.actions.*', props(items(prop(load('permissions'), 'actions')))],
      ['exceptions', props(load('exceptions'))],
      ['exceptions.queue', props(prop(load('exceptions'), 'queue'))],
      ['exceptions.types.*', props(items(prop(load('exceptions'), 'types')))],
      ['operations', props(load('operations'))],
      ['metrics.*', props(items(load('metrics')))],
      ['review.*', props(items(load('review')))],
      ['limits', props(load('limits'))],
      ['owners.*', props(items(load('owners')))],
      ['changes', props(load('changes'))],
      ['support', props(load('support'))],
    ];
    for (const [pattern, fromSchema] of checks) assert.deepEqual([...KEY_ORDER[pattern]], fromSchema, pattern);
  });
});

describe('section skeletons as text', () => {
  it('gives each of the thirteen sections, as tab stops or as TODO text', async () => {
    const { skeletonText } = await import('../../packet/src/fixes');
    const a = new PacketAnalysis('packet: 1\n');
    for (const s of SECTIONS) {
      const plain = skeletonText(a, s, false);
      assert.match(plain, new RegExp(`^${s}:`));
      assert.doesNotMatch(plain, /\$\{/);
      if (s !== 'packet') assert.match(skeletonText(a, s, true), /\$\{1[:|]/, s);
    }
  });
});
