// Writes the `handoff.rules` setting in package.json from the rule catalog
// (packet/src/rules/catalog.ts): one property per rule id, with its title and
// default severity, so settings.json completes ids, explains them and flags an
// id that does not exist. test/unit/manifest-rules.test.ts fails when
// package.json and the catalog disagree: after adding a rule, run
//   node --import tsx scripts/generate-manifest-rules.mjs
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SEVERITIES = ['off', 'info', 'warning', 'error'];
const SEVERITY_TEXT = {
  off: 'Not reported.',
  info: 'Reported as information.',
  warning: 'Reported as a warning.',
  error: 'Reported as an error.',
};

/** The JSON Schema of `handoff.rules` for the given catalog rows. */
export function rulesSetting(rules, docsUrl) {
  const properties = {};
  for (const r of rules) {
    properties[r.id] = {
      type: 'string',
      enum: SEVERITIES,
      enumDescriptions: SEVERITIES.map((s) => (s === r.defaultSeverity ? `${SEVERITY_TEXT[s]} The default.` : SEVERITY_TEXT[s])),
      description: `${r.title}. Default: ${r.defaultSeverity}.`,
      markdownDescription: `${r.title}. Default: \`${r.defaultSeverity}\`. [About this rule](${docsUrl(r.id)})`,
    };
  }
  return {
    type: 'object',
    scope: 'resource',
    default: {},
    markdownDescription:
      'Severity per rule id: `off`, `info`, `warning` or `error`. For example `{ "queue-without-limit": "warning" }`. Completion lists every rule id with what it checks.',
    properties,
    additionalProperties: false,
  };
}

/** package.json's text with `handoff.rules` replaced, everything else as it was. */
export function withRulesSetting(packageText, setting) {
  const pkg = JSON.parse(packageText);
  pkg.contributes.configuration.properties['handoff.rules'] = setting;
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { RULES, ruleDocsUrl } = await import('../packet/src/rules/catalog.ts');
  const file = join(ROOT, 'package.json');
  const next = withRulesSetting(readFileSync(file, 'utf8'), rulesSetting(RULES, ruleDocsUrl));
  // Whole or not at all: a half-written package.json breaks every build.
  writeFileSync(`${file}.tmp`, next);
  renameSync(`${file}.tmp`, file);
  console.log(`handoff.rules: ${RULES.length} rule ids written to package.json`);
}
