import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, ruleDocsUrl, type Severity } from '../../../packet/src';
import { RULE_DOCS_BASE } from '../../../packet/src/rules/catalog';
import { region, type FileResult } from './check-result';

// SARIF 2.1.0 as GitHub code scanning reads it: every rule with its help
// link in the driver, one result per diagnostic with a one-based region,
// paths relative to the checkout root (%SRCROOT%).

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifOptions {
  version: string;
  cwd: string;
}

export function checkSarif(results: readonly FileResult[], options: SarifOptions): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const rules = RULES.map((r) => {
    const url = ruleDocsUrl(r.id);
    return {
      id: r.id,
      name: pascal(r.id),
      shortDescription: { text: r.title },
      fullDescription: { text: r.title },
      helpUri: url,
      help: { text: `${r.title}. See ${url}`, markdown: `${r.title}. See [${r.id}](${url}).` },
      defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
      properties: { tags: ['handoff', r.group] },
    };
  });
  const sarifResults = results.flatMap((r) =>
    r.analysis
      ? r.diagnostics.map((d) => {
          const at = region(r.analysis!, d);
          const index = ruleIndex.get(d.rule);
          return {
            ruleId: d.rule,
            ...(index === undefined ? {} : { ruleIndex: index }),
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifact(r, options.cwd),
                  region: { startLine: at.line, startColumn: at.column, endLine: at.endLine, endColumn: at.endColumn },
                },
              },
            ],
          };
        })
      : [],
  );
  const notifications = results
    .filter((r) => r.readError)
    .map((r) => ({
      level: 'error',
      message: { text: `${r.display} could not be read: ${r.readError}` },
      locations: [{ physicalLocation: { artifactLocation: artifact(r, options.cwd) } }],
    }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'handoff',
            version: options.version,
            semanticVersion: options.version,
            informationUri: RULE_DOCS_BASE.replace(/\/blob\/.*$/, ''),
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.cwd.endsWith(path.sep) ? options.cwd : `${options.cwd}${path.sep}`).href } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A path inside the working folder is relative to %SRCROOT%; anything else is a file URL. */
function artifact(r: FileResult, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = path.relative(cwd, r.file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return { uri: pathToFileURL(r.file).href };
  return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _d, ch: string) => ch.toUpperCase());
}
