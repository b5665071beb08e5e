/**
 * Turns zod issues into short, reader-facing sentences ("must be one of A, B (got "x")")
 * and property paths into the notation a reader finds in the file ("actors[7].type").
 */
import type { z } from 'zod';

/** `['actors', 7, 'type']` → `actors[7].type`; keys that are not identifiers are quoted. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A value as shown after "got": strings quoted and cut short, containers named. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

/** zod's name of an expected type, as a YAML author calls it. */
function expectedName(expected: string): string {
  if (expected === 'object') return 'a mapping';
  if (expected === 'array') return 'a list';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** The sentence for one zod issue (parsed with `reportInput: true` so the offending value is known). */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const got = issue.input === undefined ? '' : ` (got ${describeValue(issue.input)})`;
  switch (issue.code) {
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${describeValue(issue.values[0])}${got}`
        : `must be one of ${issue.values.map(String).join(', ')}${got}`;
    case 'invalid_type':
      return issue.input === undefined
        ? `is required (${expectedName(issue.expected)})`
        : `must be ${expectedName(issue.expected)}${got}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => JSON.stringify(key)).join(', ')} (remove or rename)`;
    default:
      return `${issue.message}${typeof issue.input === 'object' ? '' : got}`;
  }
}
