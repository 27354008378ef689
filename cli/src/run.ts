// The handoff command line: check packets in CI, export them for people
// outside the editor, classify the impact of a change, start a new packet.
// No side effects on import: the GitHub Action calls run() in its own bundle.
import { CliError, EXIT_ERROR, EXIT_OK, type CliIo } from './cli-io';
import { runCheck } from './commands/check';
import { runDiff } from './commands/diff';
import { runExport } from './commands/export';
import { runInit } from './commands/init';
import { VERSION } from './version';

const HELP = `Usage: handoff <command> [options]

Commands:
  check [paths…]                Check packets; text, JSON or SARIF output.
  export <file> --to md|html    Render a packet as Markdown or one HTML page.
  diff <old> <new>              Classify the changes between two versions.
  diff --git <rev> [paths…]     … between a git revision and the working tree.
  init [folder]                 Write a new handoff.yaml to fill in.

Run \`handoff <command> --help\` for a command's options.
  --version   Print the version.
  --help      Show this help.
`;

const COMMANDS: Record<string, (args: string[], io: CliIo) => number> = {
  check: runCheck,
  export: runExport,
  diff: runDiff,
  init: runInit,
};

export function run(argv: string[], io: CliIo): number {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    io.out(`${VERSION}\n`);
    return EXIT_OK;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    if (first === 'help' && rest[0] && COMMANDS[rest[0]]) return COMMANDS[rest[0]](['--help'], io);
    io.out(HELP);
    return EXIT_OK;
  }
  if (first === undefined) {
    io.err(HELP);
    return EXIT_ERROR;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!command) {
    io.err(`handoff: unknown command "${first}". The commands are check, export, diff and init; run \`handoff --help\`.\n`);
    return EXIT_ERROR;
  }
  try {
    return command(rest, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.err(`handoff: ${err.message}\n`);
      return err.exitCode;
    }
    io.err(`handoff: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\nPlease report this.\n`);
    return EXIT_ERROR;
  }
}
