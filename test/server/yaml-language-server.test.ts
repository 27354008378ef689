import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { fixtureFiles, readFixture, ROOT } from '../support/fixtures';
import { LspClient } from '../support/lsp-client';

// The Red Hat YAML route: yaml-language-server (the devDependency) with
// nothing but the schema file package.json contributes through
// yamlValidation, on a machine that cannot fetch anything (SchemaStore off,
// the schema a local file). It must find the same schema problems, on the
// same lines, as our own server, and never fail to load a reference.

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { yamlValidation: { fileMatch: string[]; url: string }[] } };
const [contributed] = pkg.contributes.yamlValidation;
const schemaPath = join(ROOT, contributed.url);
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as unknown;

/** Our rules that stand for the schema: the rest (operating checks) are beyond any JSON Schema. */
const SCHEMA_RULES = new Set(['schema', 'unknown-key', 'missing-section']);
const LOADING = /problems loading reference|unable to load schema|unable to connect/i;

/** Every fixture that is readable YAML: test-fixtures/invalid/input holds the ones that are not, where both report syntax instead. */
// A top-level key that only holds merged anchors (`x-defaults:`, GitLab's `.templates:`) is read for
// its anchors by our checks; a plain JSON Schema cannot know that, so fixtures with one are left out.
const fixtures = [...fixtureFiles('valid'), ...fixtureFiles('domains'), ...fixtureFiles('invalid').filter((f) => !f.startsWith('invalid/input/'))].filter(
  (f) => !/^(?:x-|\.)[\w.-]+:/m.test(readFixture(f)),
);

/** An unknown-reference message about a value that is no id at all (which the JSON Schema reports as a pattern error). */
const notAnId = (message: string) => message.includes('still a placeholder') || /has the id "([^"]*)"/.exec(message)?.[1].match(/^[a-z][a-z0-9-]*$/) === null;

const lines = (diags: Diagnostic[]) => [...new Set(diags.map((d) => d.range.start.line + 1))].sort((a, b) => a - b);

describe('the contributed schema file', () => {
  it('is self-contained: every $ref points into the file itself, and resolves there', () => {
    const refs: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) k === '$ref' && typeof v === 'string' ? refs.push(v) : walk(v);
    };
    walk(schema);
    assert.ok(refs.length > 20, 'the sections are referenced');
    for (const ref of refs) {
      assert.match(ref, /^#\//, ref);
      let at: unknown = schema;
      for (const part of ref.slice(2).split('/')) at = (at as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
      assert.ok(at && typeof at === 'object', `${ref} resolves`);
    }
  });
});

describe('yaml-language-server, offline, with only the contributed schema', () => {
  let yls: LspClient;
  let ours: LspClient;
  before(async () => {
    const yaml = { validate: true, schemaStore: { enable: false }, schemas: { [pathToFileURL(schemaPath).toString()]: contributed.fileMatch } };
    yls = await LspClient.start({ serverPath: join(ROOT, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server'), otherSections: { yaml } });
    ours = await LspClient.start();
  });
  after(async () => {
    await Promise.all([yls.shutdown(), ours.shutdown()]);
  });

  it('reports the schema problems of every fixture on the lines our server does, and nothing about loading references', async () => {
    let withProblems = 0;
    for (const fixture of fixtures) {
      // A `yaml-language-server: $schema=` modeline would win over the contributed schema: made a plain comment.
      const text = readFixture(fixture).replace(/^(#\s*)yaml-language-server:/gm, '$1modeline:');
      // Named as a packet, so the contributed fileMatch is what picks the schema.
      const uri = `file:///fixtures/${fixture.replace(/\.ya?ml$/, '')}/handoff.yaml`;
      const [theirs, mine] = await Promise.all([yls.waitForDiagnostics(yls.open(uri, text, 'yaml')), ours.waitForDiagnostics(ours.open(uri, text))]);
      for (const d of theirs) assert.doesNotMatch(d.message, LOADING, `${fixture}: ${d.message}`);
      const schemaProblems = theirs.filter((d) => String(d.source ?? '').startsWith('yaml-schema'));
      // `owner: TBD` or `owner: Ops-Lead` fails the id pattern; we say so once, as unknown-reference.
      const expected = lines(mine.filter((d) => SCHEMA_RULES.has(String(d.code)) || (d.code === 'unknown-reference' && notAnId(d.message))));
      assert.deepEqual(lines(schemaProblems), expected, `${fixture}: yaml-language-server said ${JSON.stringify(schemaProblems.map((d) => `${d.range.start.line + 1}: ${d.message}`))}`);
      if (expected.length > 0) withProblems++;
      yls.close(uri);
      ours.close(uri);
    }
    assert.ok(withProblems >= 8, `only ${withProblems} fixtures had schema problems to compare`);
    for (const line of yls.logs) assert.doesNotMatch(line, LOADING, line);
  });
});
