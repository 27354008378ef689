// The GitHub Action's bundles. They are committed (GitHub runs an action as
// it is in the repository, unbuilt), so the build options live here, shared
// by esbuild.mjs, which writes them, and by the test that checks the
// committed files are what these sources build to.
export function actionBuilds(common) {
  const base = { ...common, sourcemap: false, minify: true, outdir: 'action/dist' };
  return [
    { ...base, entryPoints: { index: 'action/src/main.ts' } },
    // The CLI on its own, for the pre-commit hook (.pre-commit-hooks.yaml), which runs it from the checkout.
    { ...base, entryPoints: { handoff: 'cli/src/main.ts' }, banner: { js: '#!/usr/bin/env node' } },
  ];
}

/** The options every Node bundle shares (production: minified, no source maps). */
export const nodeCommon = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', legalComments: 'none' };
