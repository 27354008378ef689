import * as path from 'node:path';
import { PacketAnalysis, renderHtml, renderMarkdown } from '../../../packet/src';
import { oneOf, parseCommandArgs } from '../args';
import { CliError, EXIT_OK, type CliIo } from '../cli-io';
import { writeFileAtomic } from '../files/atomic-write';
import { readPacketFile } from '../files/read-packet';

export const EXPORT_HELP = `Usage: handoff export <file> --to <md|html> [-o <out>] [--force]

Renders a packet the way the editor's preview shows it: Markdown, or one
self-contained HTML page (styles inline, no scripts) to send to people who do
not use the editor.

Options:
  --to <md|html>     Output format (required).
  -o, --output <out> Write to this file instead of standard output. The file is
                     written whole or not at all.
  --force            Replace <out> if it exists.
  -h, --help         Show this help.

Exit status: 0 written, 2 a usage or file error.
`;

export function runExport(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs('export', args, {
    to: { type: 'string' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  });
  if (values.help) {
    io.out(EXPORT_HELP);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new CliError(`export: give exactly one packet file${positionals.length > 1 ? `, not ${positionals.length}` : ''}.\nUsage: handoff export <file> --to <md|html> [-o <out>]`);
  if (values.to === undefined) throw new CliError('export: say which format with --to md or --to html.');
  const to = oneOf('export', 'to', values.to === 'markdown' ? 'md' : values.to, ['md', 'html'] as const, 'md');
  const file = path.resolve(io.cwd, positionals[0]);
  const read = readPacketFile(file);
  if (!read.ok) throw new CliError(`Cannot read ${positionals[0]}: ${read.reason}.`);

  const analysis = new PacketAnalysis(read.text);
  const rendered = to === 'html' ? renderHtml(analysis, { flavour: 'standalone' }) : renderMarkdown(analysis, { flavour: 'standalone' });
  const output = values.output as string | undefined;
  if (output === undefined) {
    io.out(rendered.endsWith('\n') ? rendered : `${rendered}\n`);
    return EXIT_OK;
  }
  const target = path.resolve(io.cwd, output);
  writeFileAtomic(target, rendered, { overwrite: values.force === true, overwriteHint: 'pass --force to replace it', shown: output });
  io.err(`Wrote ${output}\n`);
  return EXIT_OK;
}
