import * as path from 'node:path';
import { classAtLeast, diffPackets, PacketAnalysis, type ChangeClass } from '../../../packet/src';
import { oneOf, parseCommandArgs } from '../args';
import { CliError, EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS, type CliIo } from '../cli-io';
import { paint, wantsColour } from '../colour';
import { findPackets } from '../files/find-packets';
import { readPacketFile } from '../files/read-packet';
import { gitShow } from '../git-show';
import { displayPath } from '../output/check-result';
import type { DiffFile } from '../output/diff-result';
import { diffJson } from '../output/diff-json';
import { diffMarkdown } from '../output/diff-markdown';
import { diffText } from '../output/diff-text';

export const DIFF_HELP = `Usage: handoff diff [options] <old> <new>
       handoff diff [options] --git <rev> [paths or globs…]

Classifies every change between two versions of a packet: its change kind
(threshold-within-limits, new-output-action, …) and its class (safe,
review_required or new_scope), using the defaults of the packet format moved
by the new packet's own \`changes\` rules. Entries are matched by id, so order,
comments and whitespace are never a change. Changes no kind covers are shown as
unclassified.

With --git, the old side of each packet is its version at <rev> (git show) and
the new side is the working tree; folders are searched as \`handoff check\` does.

Options:
  --git <rev>                        Compare the working tree with revision <rev>.
  --format <text|json|markdown>      Output format (default text). markdown suits
                                     a pull-request comment.
  --fail-on <review_required|new_scope>
                                     Exit 1 when a change has this class or a higher
                                     one (safe < review_required < new_scope).
  -h, --help                         Show this help.

Exit status: 0 compared, 1 a change at the --fail-on class, 2 a usage, read or
git error, or a version that is not readable YAML.
`;

export function runDiff(args: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs('diff', args, {
    git: { type: 'string' },
    format: { type: 'string' },
    'fail-on': { type: 'string' },
  });
  if (values.help) {
    io.out(DIFF_HELP);
    return EXIT_OK;
  }
  const format = oneOf('diff', 'format', values.format, ['text', 'json', 'markdown'] as const, 'text');
  const failOn = values['fail-on'] === undefined ? undefined : oneOf<ChangeClass>('diff', 'fail-on', values['fail-on'], ['review_required', 'new_scope'], 'new_scope');
  const rev = values.git as string | undefined;

  const files = rev === undefined ? [comparePair(positionals, io)] : compareWithGit(rev, positionals, io);
  const against = rev ?? 'the old version';
  if (format === 'json') io.out(diffJson(files));
  else if (format === 'markdown') io.out(diffMarkdown(files, against));
  else io.out(diffText(files, against, paint(wantsColour(io))));

  const problems = files.flatMap((f) => (f.report?.problems ?? []).map((p) => `${f.display}: ${p}`));
  for (const p of problems) io.err(`handoff: ${p} Run \`handoff check\` on it for details.\n`);
  if (problems.length > 0) return EXIT_ERROR;
  if (failOn && files.some((f) => f.report?.changes.some((c) => classAtLeast(c.class, failOn)))) return EXIT_PROBLEMS;
  return EXIT_OK;
}

function comparePair(positionals: string[], io: CliIo): DiffFile {
  if (positionals.length !== 2) {
    throw new CliError(`diff: give two files, the old version then the new one${positionals.length ? ` (got ${positionals.length})` : ''}, or use --git <rev>.\nUsage: handoff diff <old> <new>`);
  }
  const [oldArg, newArg] = positionals;
  const oldText = readOrFail(oldArg, io.cwd);
  const newText = readOrFail(newArg, io.cwd);
  return compare(displayPath(path.resolve(io.cwd, newArg), io.cwd), displayPath(path.resolve(io.cwd, oldArg), io.cwd), oldText, newText);
}

function compareWithGit(rev: string, positionals: string[], io: CliIo): DiffFile[] {
  return findPackets(positionals, io.cwd).files.map((file) => {
    const display = displayPath(file, io.cwd);
    const newText = readOrFail(display, io.cwd);
    const old = gitShow(rev, file);
    if (old.status === 'absent') return { display, oldLabel: `${rev}:${display}`, status: 'added' } satisfies DiffFile;
    return compare(display, `${rev}:${display}`, old.text, newText);
  });
}

function compare(display: string, oldLabel: string, oldText: string, newText: string): DiffFile {
  const oldAnalysis = new PacketAnalysis(oldText);
  const newAnalysis = new PacketAnalysis(newText);
  return { display, oldLabel, status: 'compared', report: diffPackets(oldAnalysis, newAnalysis), oldAnalysis, newAnalysis };
}

function readOrFail(arg: string, cwd: string): string {
  const read = readPacketFile(path.resolve(cwd, arg));
  if (!read.ok) throw new CliError(`Cannot read ${arg}: ${read.reason}.`);
  return read.text;
}
