/**
 * `npm run eval:ner`: the mention finder against GUM's named entities (ner.ts). Splits:
 * `dev` (tuning) and `train` are GUM's lists without the GUM_news_* documents, which belong
 * to the extraction test set and are never used for tuning; `test` is GUM's test list,
 * reported in aggregate only. Prints per-class P/R/F1 per split; the last line is
 * `ner: P=… R=… F1=…` on the test split (on the only split asked for with --split).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { KgError } from '../errors.ts';
import { createContext } from '../extract/index.ts';
import { GUM_DIR, NER_SPLITS, nerSplitFiles, readGumEntities, TEST_SET_PREFIX, type NerSplit } from './ner-gold.ts';
import { NER_CLASSES, scoreNer, systemEntities, type NerError, type NerEvaluation } from './ner.ts';

const USAGE = `usage: npm run eval:ner -- [--split dev|test|train] [--errors]
  --split   score only this GUM split (default: dev, then test). dev and train leave out GUM_news_*
            (extraction test set); test is reported in aggregate only
  --errors  list the spurious and missed mentions of dev or train`;

const ratio = (value: number) => value.toFixed(2);

/** The per-class table of one split's evaluation. */
export function nerTable(title: string, evaluation: NerEvaluation): string {
  const lines = [title, `${'class'.padEnd(22)}  tp  fp  fn     P     R    F1`];
  for (const cls of NER_CLASSES) {
    const counts = evaluation.byClass.get(cls)!;
    const label = cls === 'place' ? 'place (precision only)' : cls;
    const recall = cls === 'place' ? ['    -', '    -'] : [ratio(counts.recall).padStart(6), ratio(counts.f1).padStart(6)];
    const fn = cls === 'place' ? '   -' : String(counts.fn).padStart(4);
    const found = `${String(counts.tp).padStart(4)}${String(counts.fp).padStart(4)}${fn}`;
    lines.push(`${label.padEnd(22)}${found}${ratio(counts.precision).padStart(6)}${recall.join('')}`);
  }
  return lines.join('\n');
}

function errorLines(errors: readonly NerError[]): string[] {
  return errors.map((error) => {
    const gold = error.goldClass ? ` (GUM: ${error.goldClass})` : '';
    return `  ${error.kind} ${error.class} ${error.document}: "${error.text}"${gold}\n      “${error.sentence}”`;
  });
}

/** `ner: P=… R=… F1=…` for the person and organization micro average. */
export function nerSummary(label: string, evaluation: NerEvaluation, documents: number): string {
  const { precision, recall, f1 } = evaluation.micro;
  return `${label}: P=${ratio(precision)} R=${ratio(recall)} F1=${ratio(f1)} (${documents} GUM documents)`;
}

function evaluateSplit(split: NerSplit, context: ReturnType<typeof createContext>): { evaluation: NerEvaluation; documents: number } {
  const files = nerSplitFiles(split);
  if (files.length === 0) throw new KgError(`eval:ner: no GUM ${split} documents in ${GUM_DIR}; is ../shared/data in place?`);
  const documents = files.map((file) => readGumEntities(readFileSync(file, 'utf8'), file));
  const evaluation = scoreNer(
    documents,
    documents.map((document) => systemEntities(document.text, context)),
  );
  return { evaluation, documents: documents.length };
}

function main(argv: string[]): void {
  let values: { split?: string; errors?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { split: { type: 'string' }, errors: { type: 'boolean' }, help: { type: 'boolean' } } }));
  } catch (error) {
    throw new KgError(`eval:ner: ${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) return void console.log(USAGE);
  if (values.split !== undefined && !(NER_SPLITS as readonly string[]).includes(values.split)) {
    throw new KgError(`eval:ner: unknown split "${values.split}"; use dev, test or train.\n${USAGE}`);
  }
  const splits: NerSplit[] = values.split ? [values.split as NerSplit] : ['dev', 'test'];
  const context = createContext();
  const summaries: string[] = [];
  for (const split of splits) {
    const { evaluation, documents } = evaluateSplit(split, context);
    console.log(nerTable(`GUM ${split} (${documents} documents${split === 'test' ? '' : `, without ${TEST_SET_PREFIX}*`})`, evaluation));
    // Test errors are never listed: the GUM_news_* documents are the extraction test set.
    if (values.errors && split !== 'test') console.log(errorLines(evaluation.errors).join('\n'));
    console.log();
    summaries.push(nerSummary(split === splits.at(-1) ? 'ner' : `ner ${split}`, evaluation, documents));
  }
  console.log(summaries.join('\n'));
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof KgError ? error.message : error);
  process.exitCode = error instanceof KgError ? error.exitCode : 1;
}
