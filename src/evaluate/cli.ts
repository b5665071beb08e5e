/**
 * `npm run eval`: runs the extractor on the seed and development sets and prints, for
 * each, the per-type precision/recall/F1 table, actor recall and (unless `--tables`)
 * the false positives and negatives. Exit code 1 on bad gold or unreadable articles.
 */
import { parseArgs } from 'node:util';
import { KgError } from '../errors.ts';
import { extractDocument } from '../extract/index.ts';
import { formatEvaluation } from './report.ts';
import { DEV_SET, evaluateSet, SEED_SET } from './run.ts';

const USAGE = `usage: npm run eval -- [--set seed|dev] [--tables]
  --set     evaluate only this set (default: both)
  --tables  print the tables only, not the list of errors`;

const OPTIONS = {
  set: { type: 'string' },
  tables: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS }));
  } catch (error) {
    throw new KgError(`eval: ${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const sets = [SEED_SET, DEV_SET].filter((set) => values.set === undefined || set.name === values.set);
  if (sets.length === 0) throw new KgError(`eval: unknown set "${values.set}"; use seed or dev.`);
  for (const set of sets) {
    const { articles, evaluation } = await evaluateSet(set, (input) => extractDocument(input));
    console.log(formatEvaluation(`${set.name} set (${articles.length} articles)`, evaluation, { errors: !values.tables }));
    console.log();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // A KgError is a user-facing message; anything else is a bug and keeps its stack.
    console.error(error instanceof KgError ? error.message : error);
    process.exitCode = error instanceof KgError ? error.exitCode : 1;
  },
);
