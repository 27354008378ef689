import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { it } from 'node:test';
import * as esbuild from 'esbuild';
// @ts-expect-error: a plain .mjs build script without types
import { ACTION_DIST, actionBuilds, nodeCommon } from '../../scripts/action-builds.mjs';

const ROOT = join(import.meta.dirname, '..', '..');

// GitHub runs the committed action/dist as it is: a source change that is not
// rebuilt into it never reaches the users of the Action or the pre-commit hook.
it('the committed action/dist is what the current sources build to (npm run build:action), and nothing else', async () => {
  const built: string[] = [];
  for (const options of actionBuilds(nodeCommon) as esbuild.BuildOptions[]) {
    const result = await esbuild.build({ ...options, absWorkingDir: ROOT, write: false });
    for (const file of result.outputFiles) {
      const name = relative(ROOT, file.path);
      built.push(name);
      let committed: string | undefined;
      try {
        committed = readFileSync(file.path, 'utf8');
      } catch {
        // Reported below as missing.
      }
      assert.ok(committed !== undefined, `${name} is missing: run \`npm run build:action\` and commit the result`);
      assert.ok(committed === file.text, `${name} is out of date: run \`npm run build:action\` and commit the result`);
    }
  }
  // A file the build no longer writes (an old entry or chunk) would still be shipped and could still be run.
  const present = readdirSync(join(ROOT, ACTION_DIST)).map((f) => `${ACTION_DIST}/${f}`);
  assert.deepEqual(present.sort(), built.sort(), `${ACTION_DIST} holds exactly what the build writes`);
});
