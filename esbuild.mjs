// Bundles the extension's entry points. `--watch` rebuilds on change,
// `--production` minifies and drops source maps for the .vsix.
import { chmodSync, rmSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { ACTION_CLI, ACTION_DIST, actionBuilds, nodeCommon } from './scripts/action-builds.mjs';
import { buildBundledSchema } from './scripts/build-bundled-schema.mjs';
import { buildSchemaValidator } from './scripts/build-schema-validator.mjs';
import { noNodeBuiltins } from './scripts/no-node-builtins.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

buildSchemaValidator();
buildBundledSchema(); // dist/handoff.schema.json, what yamlValidation points to

const common = { ...nodeCommon, sourcemap: production ? false : 'linked', minify: production };

/** The web extension (vscode.dev): bundles that must not touch Node at all. */
const browser = { ...common, platform: 'browser', format: 'iife', target: 'es2022', plugins: [noNodeBuiltins] };

/** Entry points: the client runs in the extension host, the rest are plain Node. */
const builds = [
  { ...common, entryPoints: { client: 'client/src/node/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  // The browser extension host loads the `browser` entry as CommonJS, with `vscode` its one require.
  { ...browser, format: 'cjs', entryPoints: { 'web/client': 'client/src/browser/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/node/main.ts' }, outdir: 'dist' },
  // The server's check worker thread, loaded from beside dist/server.js.
  { ...common, entryPoints: { 'check-worker': 'server/src/node/check-worker.ts' }, outdir: 'dist' },
  // The language server in a Web Worker, started by the browser client.
  { ...browser, entryPoints: { 'web/server': 'server/src/browser/main.ts' }, outdir: 'dist' },
  // The CLI is the package's `bin`: a shebang makes it runnable as `handoff`.
  { ...common, entryPoints: { cli: 'cli/src/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } },
  // The publishable CLI package (packages/cli): one file per bin, everything
  // bundled in, no source maps, so installing it downloads nothing else.
  {
    ...common,
    sourcemap: false,
    entryPoints: { handoff: 'cli/src/main.ts', 'language-server': 'packages/cli/src/language-server.ts' },
    outdir: 'packages/cli/dist',
    banner: { js: '#!/usr/bin/env node' },
  },
  // The language server's check worker, loaded from beside language-server.js,
  // so other editors get checks off the thread that answers completion too.
  { ...common, sourcemap: false, entryPoints: { 'check-worker': 'server/src/node/check-worker.ts' }, outdir: 'packages/cli/dist' },
  // The preview's one script runs in the webview, a browser.
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: { preview: 'media/src/preview.ts' }, outdir: 'media/dist' },
];

// `--action` also bundles the GitHub Action into action/dist (committed; see
// scripts/action-builds.mjs), so it is rebuilt on purpose, not by every build.
// It is emptied first, so a file the build no longer writes is not left to ship.
if (process.argv.includes('--action')) {
  rmSync(ACTION_DIST, { recursive: true, force: true });
  builds.push(...actionBuilds(nodeCommon));
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('watching for changes…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  if (process.argv.includes('--action')) chmodSync(ACTION_CLI, 0o755);
}
