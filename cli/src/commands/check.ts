import * as path from 'node:path';
import { PacketAnalysis, type CheckOptions } from '../../../packet/src';
import { oneOf, parseCommandArgs } from '../args';
import { CliError, EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS, type CliIo } from '../cli-io';
import { paint, wantsColour } from '../colour';
import { findPackets, PACKET_NAMES_TEXT } from '../files/find-packets';
import { readPacketFile } from '../files/read-packet';
import { totals, displayPath, type FileResult } from '../output/check-result';
import { checkJson } from '../output/check-json';
import { checkSarif } from '../output/check-sarif';
import { checkText } from '../output/check-text';
import { readLimitFlags, resolveLimits } from '../limit-options';
import { findRcFile, readRcFile, readRuleOptions } from '../rc-file';
import { readinessSummary } from '../readiness-summary';
import { VERSION } from '../version';

export const CHECK_HELP = `Usage: handoff check [options] [paths or globs…]

Checks every handoff packet found. A folder is searched for ${PACKET_NAMES_TEXT}
(node_modules and .git are skipped); a file is checked whatever its name; a
quoted glob such as 'packets/**/*.yaml' is expanded. Without paths the current
folder is searched.

Options:
  --format <text|json|sarif>   Output format (default text). sarif is SARIF 2.1.0
                               for code scanning.
  --rule <id>=<severity>       Set a rule's severity: off, info, warning or error.
                               Repeat for several rules. Wins over the config file.
  --config <file>              Read this config file instead of looking for
                               .handoffrc.yaml from the current folder upwards.
  --max-warnings <n>           Fail when there are more than n warnings.
  --full-check-bytes <n>       Above this file size only the cheap checks run
                               (default 1 MB); the output says so. Wins over
                               the config file.
  --max-bytes <n>              Above this file size a packet is not read at all
                               (default 2 MB); the output says so. Wins over the
                               config file.
  -h, --help                   Show this help.

Config file (.handoffrc.yaml):
  rules:
    queue-without-limit: warning
  exceptionTypes: [sanctions_hit]
  limits:
    maxBytes: 4194304
    fullCheckBytes: 2097152

Exit status: 0 no problems at error severity, 1 errors (or more warnings than
--max-warnings), 2 a usage, config or read error.
`;

export function runCheck(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs('check', args, {
    format: { type: 'string' },
    rule: { type: 'string', multiple: true },
    config: { type: 'string' },
    'max-warnings': { type: 'string' },
    'full-check-bytes': { type: 'string' },
    'max-bytes': { type: 'string' },
  });
  if (values.help) {
    io.out(CHECK_HELP);
    return EXIT_OK;
  }
  const format = oneOf('check', 'format', values.format, ['text', 'json', 'sarif'] as const, 'text');
  const maxWarnings = readMaxWarnings(values['max-warnings']);
  const flags = readLimitFlags({ fullCheckBytes: values['full-check-bytes'], maxBytes: values['max-bytes'] });
  const { options: fromConfig, file: configFile } = checkOptions(io.cwd, values.config as string | undefined, (values.rule as string[] | undefined) ?? []);
  const limits = resolveLimits(flags, fromConfig.limits ?? {}, configFile ? displayPath(configFile, io.cwd) : undefined);
  const options: CheckOptions = { ...fromConfig, limits };
  const files = findPackets(positionals, io.cwd);

  const results: FileResult[] = files.map((file) => {
    const display = displayPath(file, io.cwd);
    const read = readPacketFile(file);
    if (!read.ok) return { file, display, diagnostics: [], readError: read.reason };
    const analysis = new PacketAnalysis(read.text, limits);
    return { file, display, analysis, diagnostics: analysis.diagnostics(options), readiness: readinessSummary(analysis) };
  });

  if (format === 'json') io.out(checkJson(results));
  else if (format === 'sarif') io.out(checkSarif(results, { version: VERSION, cwd: io.cwd }));
  else io.out(checkText(results, paint(wantsColour(io))));

  const t = totals(results);
  for (const r of results) if (r.readError && format !== 'text') io.err(`handoff: cannot read ${r.display}: ${r.readError}\n`);
  if (t.unreadable > 0) return EXIT_ERROR;
  if (t.error > 0) return EXIT_PROBLEMS;
  if (maxWarnings !== undefined && t.warning > maxWarnings) {
    if (format === 'text') io.out(`More than ${maxWarnings} warnings (${t.warning}): failing as --max-warnings asks.\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}

function readMaxWarnings(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string' && /^\d+$/.test(v.trim())) return Number(v);
  throw new CliError(`check: --max-warnings takes a whole number of warnings (0 or more), not "${String(v)}".`);
}

/** The config file's options with the --rule flags on top, and which file it was. */
function checkOptions(cwd: string, configPath: string | undefined, rules: string[]): { options: CheckOptions; file: string | undefined } {
  const rc = configPath ? path.resolve(cwd, configPath) : findRcFile(cwd);
  const fromFile = rc ? readRcFile(rc) : {};
  const fromArgs = readRuleOptions(rules);
  return { options: { rules: { ...(fromFile.rules ?? {}), ...fromArgs }, exceptionTypes: fromFile.exceptionTypes ?? [], limits: fromFile.limits ?? {} }, file: rc };
}
