// Types for scripts/generate-l10n-bundle.mjs, which the TypeScript tests import.
export declare const ROOT: string;
export declare const BUNDLE: string;
export declare function l10nMessages(dir?: string): string[];
export declare function bundleText(messages: string[]): string;
