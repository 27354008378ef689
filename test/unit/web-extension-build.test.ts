import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { build, type BuildFailure } from 'esbuild';
import { noNodeBuiltins } from '../../scripts/no-node-builtins.mjs';
import { ROOT } from '../support/fixtures';

// The web extension's bundles (vscode.dev, github.dev) must not reach for
// Node: any import of a Node built-in fails the build, with the file that
// asked for it, rather than failing later in the user's browser.

async function browserBuild(files: Record<string, string>, entry: string): Promise<BuildFailure | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-browser-build-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    await build({ entryPoints: [join(dir, entry)], nodePaths: [join(ROOT, 'node_modules')], bundle: true, write: false, platform: 'browser', format: 'iife', logLevel: 'silent', plugins: [noNodeBuiltins] });
    return undefined;
  } catch (err) {
    return err as BuildFailure;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const texts = (f: BuildFailure | undefined) => (f?.errors ?? []).map((e) => `${e.text} @ ${e.location?.file ?? ''}`);

describe('browser bundles refuse Node built-ins', () => {
  for (const specifier of ['node:path', 'node:crypto', 'fs', 'fs/promises', 'child_process']) {
    it(`fails on an import of "${specifier}", naming the importer`, async () => {
      const failure = await browserBuild({ 'entry.ts': `import './helper';\n`, 'helper.ts': `import * as m from '${specifier}';\nexport const x = m;\n` }, 'entry.ts');
      assert.ok(failure, `a bundle importing ${specifier} must not build`);
      const [message] = texts(failure);
      assert.match(message, new RegExp(`"${specifier}" is a Node built-in`));
      assert.match(message, /helper\.ts/);
    });
  }

  it('builds a bundle that imports only packages and its own files', async () => {
    assert.equal(await browserBuild({ 'entry.ts': `import { parse } from 'yaml';\nimport { Utils } from 'vscode-uri';\nexport const x = [parse, Utils];\n` }, 'entry.ts'), undefined);
  });

  for (const entry of ['server/src/browser/main.ts', 'client/src/browser/extension.ts']) {
    it(`builds ${entry} without any Node built-in`, async () => {
      try {
        await build({ entryPoints: [join(ROOT, entry)], bundle: true, write: false, platform: 'browser', format: 'cjs', external: ['vscode'], logLevel: 'silent', plugins: [noNodeBuiltins] });
      } catch (err) {
        assert.fail(`${entry} reaches Node:\n${texts(err as BuildFailure).join('\n')}`);
      }
    });
  }

  it('package.json names the browser client the build writes', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { browser?: string };
    assert.equal(manifest.browser, './dist/web/client.js');
    assert.match(readFileSync(join(ROOT, 'esbuild.mjs'), 'utf8'), /'web\/client': 'client\/src\/browser\/extension\.ts'/);
  });
});
