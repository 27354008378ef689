import { PACKET_NAMES_TEXT } from '../files/find-packets';

export const CHECK_HELP = `Usage: handoff check [options] [paths or globs…]
       handoff check [options] - --stdin-filename <path>

Checks every handoff packet found. A folder is searched for ${PACKET_NAMES_TEXT}
(node_modules, .git and what .gitignore ignores are skipped); a file is
checked whatever its name; a quoted glob such as 'packets/**/*.yaml' is
expanded (\`*\` does not match a leading dot, \`**\` matches whole folders).
Without paths the current folder is searched. \`-\` reads one packet from
standard input.

Options:
  --format <text|json|sarif|github>
                               Output format (default text). sarif is SARIF
                               2.1.0 for code scanning; github prints GitHub
                               Actions annotations.
  -o, --output-file <file>     Write the output to this file instead of
                               standard output (written whole or not at all).
  --fix                        Apply the safe fixes (the editor's Fix all) to
                               each file, then report what is left.
  --quiet                      Report errors only: no warnings or info.
  --rule <id>=<severity>       Set a rule's severity: off, info, warning or error.
                               Repeat for several rules. Wins over the config file.
  --config <file>              Read this config file for every packet instead of
                               the nearest .handoffrc.yaml above each packet.
  --ignore-pattern <pattern>   Skip files and folders matching this pattern
                               (.gitignore syntax, from the current folder).
                               Repeat for several patterns.
  --stdin-filename <path>      The path of the packet read with \`-\`, for the
                               output and for finding its config file.
  --max-warnings <n>           Fail when there are more than n warnings.
  --full-check-bytes <n>       Above this file size only the cheap checks run
                               (default 1 MB); the output says so. Wins over
                               the config file.
  --max-bytes <n>              Above this file size a packet is not read at all
                               (default 2 MB); the output says so. Wins over the
                               config file.
  -h, --help                   Show this help.

Config file (.handoffrc.yaml, the nearest one above each packet):
  rules:
    queue-without-limit: warning
  exceptionTypes: [sanctions_hit]
  limits:
    maxBytes: 4194304
    fullCheckBytes: 2097152

Exit status: 0 no problems at error severity, 1 errors (or more warnings than
--max-warnings), 2 a usage, config or read error.
`;
