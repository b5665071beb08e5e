/** How ingest problems are shown to a user, and the strict-mode error that lists them. */
import { KgError } from '../errors.ts';
import type { IngestProblem } from './types.ts';

/** `file:line: reason` (no line for whole-file problems). */
export function formatProblem(problem: IngestProblem): string {
  return `${problem.file}${problem.line === undefined ? '' : `:${problem.line}`}: ${problem.reason}`;
}

/** The KgError thrown in strict mode: every problem, one per line. */
export function ingestError(problems: readonly IngestProblem[]): KgError {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const list = problems.map((problem) => `  ${formatProblem(problem)}`).join('\n');
  return new KgError(`ingest: ${count} in the articles; fix or remove these files and run again:\n${list}`);
}
