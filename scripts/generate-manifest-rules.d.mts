// Types for scripts/generate-manifest-rules.mjs, which the TypeScript tests import.
export declare const ROOT: string;
export declare const SEVERITIES: string[];
export declare function rulesSetting(
  rules: readonly { id: string; title: string; defaultSeverity: string }[],
  docsUrl: (id: string) => string,
): Record<string, unknown>;
export declare function withRulesSetting(packageText: string, setting: Record<string, unknown>): string;
