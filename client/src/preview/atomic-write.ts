// Writes a file whole or not at all: the bytes go to a temporary file beside
// the target, which is then renamed over it. A crash or a full disk leaves
// the old file (or no file), never half an export.
//
// Generic over the URI type and the file system so it runs against
// `vscode.workspace.fs` in the editor and against a fake in tests.

export interface AtomicFs<U> {
  writeFile(uri: U, content: Uint8Array): Thenable<void> | Promise<void>;
  rename(source: U, target: U, options: { overwrite: boolean }): Thenable<void> | Promise<void>;
  delete(uri: U): Thenable<void> | Promise<void>;
}

/**
 * `overwrite: false` makes the rename fail if the target exists by then, so a
 * file that appeared after the user chose the name is never replaced.
 */
export async function writeAtomically<U>(fs: AtomicFs<U>, target: U, temp: U, content: Uint8Array, options: { overwrite: boolean }): Promise<void> {
  await fs.writeFile(temp, content);
  try {
    await fs.rename(temp, target, { overwrite: options.overwrite });
  } catch (err) {
    try {
      await fs.delete(temp);
    } catch {
      // The temp file is already gone or cannot be removed; the rename error is what matters.
    }
    throw err;
  }
}

/** A name for the temporary file: hidden, beside the target, unlikely to collide. */
export function tempNameFor(targetName: string, random: string): string {
  return `.${targetName}.${random}.tmp`;
}
