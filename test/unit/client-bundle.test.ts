import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import { ROOT } from '../support/fixtures';

// The extension host neither parses nor checks packets: the language server
// does, and the preview, the export and Show Change Impact ask it. So the
// client bundles carry no YAML parser, no schema validator and no packet
// analysis, which keeps them small and means one parse per version.

const FORBIDDEN = [/node_modules\/yaml\//, /node_modules\/ajv\//, /packet\/src\/analysis\.ts$/, /packet\/src\/parse\//, /packet\/src\/rules\//, /packet\/src\/diff\//];

for (const entry of ['client/src/node/extension.ts', 'client/src/browser/extension.ts']) {
  describe(`the client bundle of ${entry}`, () => {
    it('holds no parser, validator, checks or diff', async () => {
      const result = await build({ entryPoints: [join(ROOT, entry)], bundle: true, write: false, metafile: true, platform: entry.includes('browser') ? 'browser' : 'node', format: 'cjs', external: ['vscode'], logLevel: 'silent' });
      const inputs = Object.keys(result.metafile.inputs);
      const found = inputs.filter((i) => FORBIDDEN.some((f) => f.test(i)));
      assert.deepEqual(found, [], `the client bundle pulls in:\n${found.join('\n')}`);
      // The rest is vscode-languageclient; our own part stays small (it was 1 MB with the library).
      const ours = Object.entries(Object.values(result.metafile.outputs)[0].inputs).filter(([file]) => !file.includes('node_modules'));
      const kb = ours.reduce((sum, [, v]) => sum + v.bytesInOutput, 0) / 1024;
      assert.ok(kb < 150, `the extension's own code in the bundle is ${kb.toFixed(0)} KB`);
    });
  });
}
