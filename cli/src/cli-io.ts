// What a command may touch of the outside world. main.ts passes the real
// process; keeping it in one object keeps the commands free of globals.

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  out(text: string): void;
  err(text: string): void;
  /** Whether stdout is a terminal, for colour. */
  stdoutIsTty: boolean;
  /** All of standard input, for `handoff check -`. */
  readStdin(): Buffer;
}

export const EXIT_OK = 0;
/** Problems at error severity, warnings over the maximum, or changes at the --fail-on class. */
export const EXIT_PROBLEMS = 1;
/** A usage, configuration or I/O error: the command could not do its job. */
export const EXIT_ERROR = 2;

/**
 * An error the user can act on. Its message is printed as is (after
 * `handoff:`), so it says what went wrong and what to do.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_ERROR,
  ) {
    super(message);
  }
}

/** A Node error's code (ENOENT, EACCES, …) when it has one. */
export function errnoCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof (err as { code: unknown }).code === 'string' ? (err as { code: string }).code : undefined;
}

/** A short, plain reason for a failed file operation. */
export function ioReason(err: unknown): string {
  switch (errnoCode(err)) {
    case 'ENOENT':
      return 'it does not exist (or is a link to nothing)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'ELOOP':
      return 'it is a link that loops back on itself';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
