import * as path from 'node:path';
import { PacketAnalysis, type CheckOptions } from '../../../packet/src';
import { oneOf, parseCommandArgs } from '../args';
import { CliError, EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS, type CliIo } from '../cli-io';
import { paint, wantsColour } from '../colour';
import { writeFileAtomic } from '../files/atomic-write';
import { decodePacketBytes } from '../files/decode-text';
import { findPackets } from '../files/find-packets';
import { readPacketFile, type ReadResult } from '../files/read-packet';
import { totals, displayPath, type FileResult } from '../output/check-result';
import { checkGithub } from '../output/check-github';
import { checkJson } from '../output/check-json';
import { checkSarif } from '../output/check-sarif';
import { checkText } from '../output/check-text';
import { CheckConfig } from '../check-config';
import { readLimitFlags } from '../limit-options';
import { readRuleOptions } from '../rc-file';
import { readinessSummary } from '../readiness-summary';
import { VERSION } from '../version';
import { fixFile } from './check-fix';
import { CHECK_HELP } from './check-help';

export { CHECK_HELP };

const STDIN_NAME = '<stdin>';

export function runCheck(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs('check', args, {
    format: { type: 'string' },
    'output-file': { type: 'string', short: 'o' },
    fix: { type: 'boolean' },
    quiet: { type: 'boolean' },
    rule: { type: 'string', multiple: true },
    config: { type: 'string' },
    'ignore-pattern': { type: 'string', multiple: true },
    'stdin-filename': { type: 'string' },
    'max-warnings': { type: 'string' },
    'full-check-bytes': { type: 'string' },
    'max-bytes': { type: 'string' },
  });
  if (values.help) {
    io.out(CHECK_HELP);
    return EXIT_OK;
  }
  const format = oneOf('check', 'format', values.format, ['text', 'json', 'sarif', 'github'] as const, 'text');
  const maxWarnings = readMaxWarnings(values['max-warnings']);
  const stdinName = values['stdin-filename'] as string | undefined;
  const fromStdin = positionals.includes('-');
  if (fromStdin && positionals.length > 1) throw new CliError('check: `-` reads one packet from standard input; give no other paths with it.');
  if (fromStdin && values.fix) throw new CliError('check: --fix writes the fixed file back, and standard input has no file to write; pass the file\'s path instead.');
  if (stdinName !== undefined && !fromStdin) throw new CliError('check: --stdin-filename names the packet read from standard input; add `-` to read it.');

  const flags = readLimitFlags({ fullCheckBytes: values['full-check-bytes'], maxBytes: values['max-bytes'] });
  const config = new CheckConfig(io.cwd, values.config as string | undefined, readRuleOptions((values.rule as string[] | undefined) ?? []), flags);

  const check = (file: string, display: string, read: ReadResult, options: CheckOptions): FileResult => {
    if (!read.ok) return { file, display, diagnostics: [], readError: read.reason };
    let analysis = new PacketAnalysis(read.text, options.limits);
    if (values.fix) analysis = fixFile(file, display, analysis, read.encoding, options);
    const all = analysis.diagnostics(options);
    const diagnostics = values.quiet ? all.filter((d) => d.severity === 'error') : all;
    return { file, display, analysis, diagnostics, readiness: readinessSummary(analysis) };
  };

  let results: FileResult[];
  let ignored = 0;
  if (fromStdin) {
    const file = stdinName === undefined ? STDIN_NAME : path.resolve(io.cwd, stdinName);
    const options = stdinName === undefined ? config.forFolder(io.cwd) : config.forFile(file);
    results = [check(file, stdinName === undefined ? STDIN_NAME : displayPath(file, io.cwd), readStdin(io), options)];
  } else {
    const found = findPackets(positionals, io.cwd, { ignore: (values['ignore-pattern'] as string[] | undefined) ?? [] });
    ignored = found.ignored;
    // Every config file is read before the first packet is checked, so a broken one fails the run cleanly.
    const options = found.files.map((file) => config.forFile(file));
    results = found.files.map((file, i) => check(file, displayPath(file, io.cwd), readPacketFile(file), options[i]));
  }

  const outputFile = values['output-file'] as string | undefined;
  const colour = outputFile === undefined && wantsColour(io);
  let output: string;
  if (format === 'json') output = checkJson(results);
  else if (format === 'sarif') output = checkSarif(results, { version: VERSION, cwd: io.cwd });
  else if (format === 'github') output = checkGithub(results);
  else output = checkText(results, paint(colour)) + (ignored > 0 ? `(${ignored === 1 ? '1 packet' : `${ignored} packets`} skipped by --ignore-pattern.)\n` : '');
  if (outputFile === undefined) io.out(output);
  else writeFileAtomic(path.resolve(io.cwd, outputFile), output, { overwrite: true, overwriteHint: '', shown: outputFile });

  const t = totals(results);
  for (const r of results) if (r.readError && format !== 'text') io.err(`handoff: cannot read ${r.display}: ${r.readError}\n`);
  if (t.unreadable > 0) return EXIT_ERROR;
  if (t.error > 0) return EXIT_PROBLEMS;
  if (maxWarnings !== undefined && t.warning > maxWarnings) {
    const note = `More than ${maxWarnings} warnings (${t.warning}): failing as --max-warnings asks.\n`;
    if (format === 'text' && outputFile === undefined) io.out(note);
    else io.err(`handoff: ${note}`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}

function readStdin(io: CliIo): ReadResult {
  try {
    return decodePacketBytes(io.readStdin());
  } catch (err) {
    return { ok: false, reason: `standard input could not be read (${err instanceof Error ? err.message : String(err)})` };
  }
}

function readMaxWarnings(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string' && /^\d+$/.test(v.trim())) return Number(v);
  throw new CliError(`check: --max-warnings takes a whole number of warnings (0 or more), not "${String(v)}".`);
}
