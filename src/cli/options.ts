/**
 * Command-line parsing shared by the kg commands: node's
 * parseArgs with usage errors turned into KgErrors (exit code 2) that show the usage.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { KgError } from '../errors.ts';

/** parseArgs for command `name`; a bad option is reported with the command's usage. */
export function parseCommandArgs<T extends ParseArgsConfig>(name: string, usage: string, config: T) {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new KgError(`${name}: ${(error as Error).message}\n\n${usage}`, { exitCode: 2 });
  }
}

/** The integer value of option `option` (≥ `min`), or `fallback` when it was not given. */
export function integerOption(name: string, option: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < min) throw new KgError(`${name}: ${option} must be a whole number ≥ ${min}, got "${value}".`, { exitCode: 2 });
  return number;
}

/** Checks that `value` is one of `allowed`, for options like --format. */
export function choiceOption<T extends string>(name: string, option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new KgError(`${name}: ${option} must be one of ${allowed.join(', ')}, got "${value}".`, { exitCode: 2 });
  return value as T;
}
