// An esbuild plugin for the browser bundles (vscode.dev, github.dev): any
// import of a Node built-in, `node:fs` or plain `fs`, fails the build and
// names the file that asked for it. Without it, esbuild would quietly take a
// package's browser stub, or the import would only fail in the user's browser.
import { builtinModules } from 'node:module';

const names = new Set(builtinModules.map((m) => m.replace(/^node:/, '')));

/** True for `node:x`, `fs`, `fs/promises` and the like. */
export function isNodeBuiltin(specifier) {
  if (specifier.startsWith('node:')) return true;
  return names.has(specifier) || names.has(specifier.split('/')[0]);
}

export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^[a-z_:][a-z0-9_:/.-]*$/ }, (args) => {
      if (!isNodeBuiltin(args.path)) return undefined;
      return {
        errors: [
          {
            text: `"${args.path}" is a Node built-in; a browser bundle cannot use it (imported by ${args.importer || 'the entry point'}).`,
          },
        ],
      };
    });
  },
};
