import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-io';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** node's parseArgs, with its errors turned into a usage message that points at --help. */
export function parseCommandArgs(command: string, args: string[], options: Options): Parsed {
  try {
    const { values, positionals } = parseArgs({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true });
    return { values: values as Parsed['values'], positionals };
  } catch (err) {
    const message = err instanceof Error ? err.message.replace(/\. To specify a positional argument.*$/s, '.') : String(err);
    throw new CliError(`${command}: ${message}\nRun \`handoff ${command} --help\` for the options.`);
  }
}

/** A value that must be one of a few words. */
export function oneOf<T extends string>(command: string, option: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`${command}: --${option} must be one of ${allowed.join(', ')}, not "${String(value)}".`);
}
