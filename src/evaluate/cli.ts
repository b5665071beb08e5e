/**
 * `npm run eval`: runs the extractor on the seed, development and test sets and prints, for
 * each, the per-type precision/recall/F1 table and actor scores, the test set also per topic
 * and political vs non-political, then one summary line per set. `--benchmark NAME FILE`
 * scores a public benchmark file instead. Exit code 1 on bad gold, data or arguments.
 */
import { parseArgs } from 'node:util';
import { KgError } from '../errors.ts';
import { extractDocument } from '../extract/index.ts';
import { BENCHMARKS, runBenchmark } from './benchmarks/index.ts';
import { formatEvaluation, summaryLine } from './report.ts';
import { groupLines } from './groups.ts';
import { DEV_SET, evaluateDocuments, loadSetDocuments, SEED_SET, type GoldDocument, type SetResult } from './run.ts';
import { DEV_WEB_SET, loadTestSet } from './test-set.ts';

const SET_NAMES = ['seed', 'dev', 'dev-web', 'test'] as const;
type SetName = (typeof SET_NAMES)[number];

const USAGE = `usage: npm run eval -- [--set seed|dev|dev-web|test] [--tables]
       npm run eval -- --benchmark ${Object.keys(BENCHMARKS).join('|')} FILE
  --set        evaluate only this set (default: all four). seed: the two seed articles;
               dev: development = seed + eval/dev-articles; dev-web: eval/dev-web-set.yaml,
               development documents on other topics; test: eval/test-set.yaml
  --tables     print the tables only, not the lists of errors (the test set never lists them)
  --benchmark  score a benchmark file (e.g. ../shared/data/benchmarks/wikievents/dev.jsonl)`;

const OPTIONS = {
  set: { type: 'string' },
  tables: { type: 'boolean', default: false },
  benchmark: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;

/** The documents of a set; development holds the seeds too, since the extractor was tuned on both. */
async function documentsOf(name: SetName): Promise<GoldDocument[]> {
  if (name === 'seed') return loadSetDocuments(SEED_SET);
  if (name === 'dev') return [...(await loadSetDocuments(SEED_SET)), ...(await loadSetDocuments(DEV_SET))];
  if (name === 'dev-web') return loadTestSet(DEV_WEB_SET);
  return loadTestSet();
}

const TITLES: Record<SetName, string> = {
  seed: 'seed set: the two seed articles',
  dev: 'dev set: development = seed articles + eval/dev-articles (the extractor was tuned on these)',
  'dev-web': 'dev-web set: eval/dev-web-set.yaml, development documents on other topics (their errors may be read)',
  test: 'test set: eval/test-set.yaml, gold committed before any extractor run',
};

function topicsOf(result: SetResult): number | undefined {
  const topics = new Set(result.documents.flatMap((entry) => (entry.topic === undefined ? [] : [entry.topic])));
  return topics.size === 0 ? undefined : topics.size;
}

async function evaluateSets(names: readonly SetName[], tables: boolean): Promise<void> {
  const summaries: string[] = [];
  for (const name of names) {
    const result = await evaluateDocuments(name, await documentsOf(name), (articles) => extractDocument(articles));
    const size = { documents: result.documents.length, topics: topicsOf(result) };
    // Test errors are never listed: reading them invites fitting rules to test documents.
    const errors = name !== 'test' && !tables;
    console.log(formatEvaluation(`${TITLES[name]} (${size.documents} documents)`, result.evaluation, { errors }));
    if (name === 'test' || name === 'dev-web') console.log(groupLines(result).join('\n'));
    console.log();
    summaries.push(summaryLine(name === 'dev' ? 'development' : name, result.evaluation, size));
  }
  console.log(summaries.join('\n'));
}

function parseArguments(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    throw new KgError(`eval: ${(error as Error).message}\n${USAGE}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArguments(argv);
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.benchmark !== undefined) {
    if (positionals.length !== 1) throw new KgError(`eval: --benchmark ${values.benchmark} takes one FILE.\n${USAGE}`);
    console.log(await runBenchmark(values.benchmark, positionals[0]!, (articles) => extractDocument(articles)));
    return 0;
  }
  if (positionals.length > 0) throw new KgError(`eval: unexpected argument "${positionals[0]}".\n${USAGE}`);
  if (values.set !== undefined && !(SET_NAMES as readonly string[]).includes(values.set)) {
    throw new KgError(`eval: unknown set "${values.set}"; use ${SET_NAMES.join(', ')}.`);
  }
  await evaluateSets(values.set === undefined ? SET_NAMES : [values.set as SetName], values.tables);
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
