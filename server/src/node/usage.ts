// The server is started by an editor, which names the transport on the
// command line. Started by hand without one, vscode-languageserver would
// throw from deep inside createConnection; say instead how to run it.

/** The transport flags vscode-languageserver reads from the command line. */
const TRANSPORT = /^--(stdio|node-ipc|socket|pipe)(=.+)?$/;

export const USAGE = `Usage: handoff-language-server --stdio

The Handoff Packet language server. An editor starts it and speaks the
Language Server Protocol with it; pick the transport with one of:
  --stdio          over standard input and output (what most editors use)
  --node-ipc       over a Node IPC channel (when started by Node with one)
  --socket=<port>  over a TCP socket on this machine
  --pipe=<name>    over a named pipe
Editor set-ups: docs/editors.md.
`;

/** What to do before starting: serve, or print and exit with `code`. */
export function startupAction(argv: readonly string[]): { serve: true } | { serve: false; code: number; stdout?: string; stderr?: string } {
  if (argv.some((a) => a === '--help' || a === '-h')) return { serve: false, code: 0, stdout: USAGE };
  if (argv.some((a) => TRANSPORT.test(a))) return { serve: true };
  return { serve: false, code: 2, stderr: `handoff-language-server: no transport given.\n\n${USAGE}` };
}
