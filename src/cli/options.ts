/**
 * Option parsers shared by the kg commands, for commander's `.option(flags, description,
 * parser, default)`: a bad value becomes commander's invalid-argument error, which
 * `main` reports with the command's name and exit code 2.
 */
import { InvalidArgumentError } from 'commander';

/** Parser of a whole-number option (≥ `min`). */
export function wholeNumber(min = 1): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (value.trim() === '' || !Number.isSafeInteger(number) || number < min) throw new InvalidArgumentError(`It must be a whole number ≥ ${min}.`);
    return number;
  };
}

/** Parser of a repeatable option: every value given, in order. */
export function repeatable(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
