/**
 * Located problems found while reading a source dictionary (PETRARCH, CAMEO, world-countries):
 * each names file and line, and the conversion fails listing all of them unless a problem's
 * line is an accepted defect of the unchanged upstream file (knowledge/sources.yaml).
 */
import { KgError } from '../errors.ts';

export interface DictionaryProblem {
  /** The file as shown to the user. */
  file: string;
  /** 1-based line. */
  line: number;
  message: string;
}

/** Collects problems for one file. */
export class ProblemList {
  readonly problems: DictionaryProblem[] = [];

  constructor(readonly file: string) {}

  add(line: number, message: string): void {
    this.problems.push({ file: this.file, line, message });
  }
}

/** `file:line: message`. */
export function formatProblem(problem: DictionaryProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

/**
 * Throws a KgError listing every problem (at most `limit`), or returns when there is none.
 * @param what names the conversion step, prefixed to the message
 */
export function throwProblems(what: string, problems: readonly DictionaryProblem[], limit = 20): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, limit).map((problem) => `  ${formatProblem(problem)}`);
  if (problems.length > limit) shown.push(`  … and ${problems.length - limit} more`);
  throw new KgError(
    `${what}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the source dictionaries; fix the line, ` +
      `or list it under acceptedDefects in knowledge/sources.yaml if it is a defect of the unchanged upstream file:\n${shown.join('\n')}`,
  );
}
