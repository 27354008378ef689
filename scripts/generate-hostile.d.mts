// Types for scripts/generate-hostile.mjs, which the TypeScript tests import.
export declare const HOSTILE_DIR: string;
export declare const GENERATED_DIR: string;
export interface HostileManifestEntry {
  name: string;
  about: string;
  bytes: number;
}
export declare function schemaPatterns(): { file: string; pointer: string; pattern: string }[];
export declare function attackString(pattern: string, repeat?: number): string;
export declare function generateHostile(outDir?: string): HostileManifestEntry[];
export declare function unclosedFlowLines(lines: number): string;
