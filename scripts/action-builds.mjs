// The GitHub Action's bundles. They are committed (GitHub runs an action as
// it is in the repository, unbuilt), so the build options live here, shared
// by esbuild.mjs, which writes them, and by the test that checks the
// committed files are what these sources build to.
//
// Two entries, the Action (index.mjs, action.yml `runs.main`) and the CLI for
// the pre-commit hook (handoff.mjs, .pre-commit-hooks.yaml), split as ES
// modules: almost all of either is the library and the CLI, which esbuild
// puts once in shared.mjs, so the tree holds that code once, not twice.
// `.mjs` makes Node load them as ES modules with no package.json beside them.
export const ACTION_DIST = 'action/dist';

/** The CLI entry, made executable after the build: pre-commit runs it directly. */
export const ACTION_CLI = `${ACTION_DIST}/handoff.mjs`;

export function actionBuilds(common) {
  return [
    {
      ...common,
      format: 'esm',
      splitting: true,
      sourcemap: false,
      minify: true,
      outdir: ACTION_DIST,
      entryPoints: { index: 'action/src/main.ts', handoff: 'action/src/handoff.ts' },
      outExtension: { '.js': '.mjs' },
      // Two entries share one chunk; a fixed name keeps a rebuild from leaving the old one behind.
      chunkNames: 'shared',
      // yaml is CommonJS on Node and requires `process` and `buffer`; an ES
      // module has no `require`, so each file makes one (what esbuild's own
      // shim then calls) instead of throwing "Dynamic require … not supported".
      banner: { js: "import{createRequire as __createRequire}from'node:module';const require=__createRequire(import.meta.url);" },
    },
  ];
}

/** The options every Node bundle shares (production: minified, no source maps). */
export const nodeCommon = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', legalComments: 'none' };
