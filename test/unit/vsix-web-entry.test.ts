import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT } from '../support/fixtures';
import { zipEntries, type ZipEntry } from '../support/zip-entries';

// The .vsix as `npm run package` makes it (from the bundles `node esbuild.mjs`
// built): it must carry the web extension, or vscode.dev cannot install it.

let dir = '';
let entries: ZipEntry[] = [];

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'handoff-vsix-'));
  const out = join(dir, 'handoff-packet.vsix');
  const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  entries = zipEntries(readFileSync(out));
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const entry = (name: string) => entries.find((e) => e.name === name);

describe('the .vsix carries the web extension', () => {
  it('has the browser entry package.json names, and the worker server it starts', () => {
    const manifest = JSON.parse(entry('extension/package.json')!.read().toString('utf8')) as { browser?: string; main?: string };
    assert.equal(manifest.browser, './dist/web/client.js');
    for (const file of [manifest.browser, './dist/web/server.js', manifest.main]) {
      const packaged = entry(`extension/${file!.replace(/^\.\//, '')}`);
      assert.ok(packaged, `${file} is in the .vsix`);
      assert.ok(packaged.read().length > 1000, `${file} is a real bundle`);
    }
    // The browser client finds its worker by this path under the extension's root.
    assert.match(entry('extension/dist/web/client.js')!.read().toString('utf8'), /"dist",\s*"web",\s*"server\.js"/);
  });

  it('is marked as a web extension in its manifest, so the browser editors offer it', () => {
    const vsixManifest = entry('extension.vsixmanifest')!.read().toString('utf8');
    assert.match(vsixManifest, /Id="Microsoft\.VisualStudio\.Code\.ExtensionKind" Value="[^"]*\bweb\b/);
    assert.match(vsixManifest, /<Tags>[^<]*__web_extension/);
  });

  it('ships no source maps of the web bundles', () => {
    assert.deepEqual(entries.filter((e) => e.name.startsWith('extension/dist/') && e.name.endsWith('.map')).map((e) => e.name), []);
  });
});
