import type { CliIo } from './cli-io';

export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

/**
 * Colour only on a terminal. FORCE_COLOR turns it on anywhere (CI logs
 * render it) and wins over NO_COLOR; a non-empty NO_COLOR turns it off.
 */
export function wantsColour(io: Pick<CliIo, 'env' | 'stdoutIsTty'>): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdoutIsTty && io.env.TERM !== 'dumb';
}

const wrap = (on: boolean, open: number, close: number) => (s: string) => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s);

export function paint(on: boolean): Paint {
  return {
    red: wrap(on, 31, 39),
    yellow: wrap(on, 33, 39),
    green: wrap(on, 32, 39),
    cyan: wrap(on, 36, 39),
    dim: wrap(on, 2, 22),
    bold: wrap(on, 1, 22),
  };
}
