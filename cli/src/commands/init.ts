import { mkdirSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseCommandArgs } from '../args';
import { CliError, EXIT_OK, ioReason, type CliIo } from '../cli-io';
import { writeFileAtomic } from '../files/atomic-write';
import { SKELETON } from '../../../packet/src/fixes';

export const INIT_HELP = `Usage: handoff init [folder]

Writes handoff.yaml into the folder (default: the current one): every section
of a packet with placeholders and comments saying what belongs there. The
folder is created if needed. An existing packet is never overwritten.

Options:
  -h, --help   Show this help.
`;

export function runInit(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs('init', args, {});
  if (values.help) {
    io.out(INIT_HELP);
    return EXIT_OK;
  }
  if (positionals.length > 1) throw new CliError('init: give at most one folder.\nUsage: handoff init [folder]');
  const shown = positionals[0] ?? '.';
  const dir = path.resolve(io.cwd, shown);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new CliError(`Cannot create the folder ${shown}: ${ioReason(err)}.`);
  }
  const existing = safeList(dir).find((n) => /^handoff\.ya?ml$/.test(n));
  if (existing) throw new CliError(`${path.join(shown, existing)} already exists; init never overwrites a packet. Edit it, or choose another folder.`);
  const target = path.join(dir, 'handoff.yaml');
  writeFileAtomic(target, SKELETON, { overwrite: false, overwriteHint: 'init never overwrites a packet', shown: path.join(shown, 'handoff.yaml') });
  const rel = path.join(shown, 'handoff.yaml');
  io.out(`Wrote ${rel}. Replace each <placeholder>, then run: handoff check ${shown === '.' ? '' : shown}`.trimEnd() + '\n');
  return EXIT_OK;
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (err) {
    throw new CliError(`Cannot read the folder ${dir}: ${ioReason(err)}.`);
  }
}
