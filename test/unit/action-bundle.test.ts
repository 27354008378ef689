import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import * as esbuild from 'esbuild';
// @ts-expect-error: a plain .mjs build script without types
import { actionBuilds, nodeCommon } from '../../scripts/action-builds.mjs';

const ROOT = join(import.meta.dirname, '..', '..');

// GitHub runs the committed action/dist as it is: a source change that is not
// rebuilt into it never reaches the users of the Action or the pre-commit hook.
it('the committed action/dist is what the current sources build to (npm run build:action)', async () => {
  for (const options of actionBuilds(nodeCommon) as esbuild.BuildOptions[]) {
    const result = await esbuild.build({ ...options, absWorkingDir: ROOT, write: false });
    for (const file of result.outputFiles) {
      const committed = readFileSync(file.path, 'utf8');
      assert.ok(committed === file.text, `${file.path.slice(ROOT.length + 1)} is out of date: run \`npm run build:action\` and commit the result`);
    }
  }
});
