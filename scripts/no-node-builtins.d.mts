// Types for scripts/no-node-builtins.mjs, which the TypeScript tests import.
import type { Plugin } from 'esbuild';
export function isNodeBuiltin(specifier: string): boolean;
export const noNodeBuiltins: Plugin;
