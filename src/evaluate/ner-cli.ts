/**
 * `npm run eval:ner`: the mention finder against GUM's named entities (ner.ts). Splits:
 * `dev` (tuning) and `train` are GUM's lists without the GUM_news_* documents, which belong
 * to the extraction test set and are never used for tuning; `test` is GUM's test list,
 * reported in aggregate only. Prints per-class P/R/F1 per split; the last line is
 * `ner: P=… R=… F1=…` on the test split (on the only split asked for with --split).
 * `--tagger` scores the statistical entity tagger (src/nlp/entity-tagger.ts) alone instead, on
 * the same gold and span trimming, place included for recall; its test split leaves out the
 * GUM_news_* documents too.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { KgError } from '../errors.ts';
import { createContext } from '../extract/index.ts';
import { DEFAULT_ENTITY_MODEL_PATH, loadEntityModel } from '../nlp/entity-tagger.ts';
import { analyze } from '../nlp/index.ts';
import { GUM_DIR, NER_SPLITS, nerSplitFiles, readGumEntities, TEST_SET_PREFIX, type NerSplit } from './ner-gold.ts';
import { NER_CLASSES, scoreNer, systemEntities, taggerEntities, type NerError, type NerEvaluation, type SystemEntity } from './ner.ts';

const USAGE = `usage: npm run eval:ner -- [--split dev|test|train] [--errors] [--tagger [--entity-model FILE]]
  --split         score only this GUM split (default: dev, then test). dev and train leave out GUM_news_*
                  (extraction test set); test is reported in aggregate only
  --errors        list the spurious and missed mentions of dev or train
  --tagger        score the entity tagger alone (place with recall; test without GUM_news_* too)
  --entity-model  the entity model file (default: ${DEFAULT_ENTITY_MODEL_PATH})`;

const ratio = (value: number) => value.toFixed(2);

/** The per-class table of one split's evaluation; place shows recall when `placeRecall` scored it. */
export function nerTable(title: string, evaluation: NerEvaluation, placeRecall = false): string {
  const lines = [title, `${'class'.padEnd(22)}  tp  fp  fn     P     R    F1`];
  for (const cls of NER_CLASSES) {
    const counts = evaluation.byClass.get(cls)!;
    const precisionOnly = cls === 'place' && !placeRecall;
    const label = precisionOnly ? 'place (precision only)' : cls;
    const recall = precisionOnly ? ['    -', '    -'] : [ratio(counts.recall).padStart(6), ratio(counts.f1).padStart(6)];
    const fn = precisionOnly ? '   -' : String(counts.fn).padStart(4);
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

/** The system under evaluation: its mentions in a text, and whether it is scored on place recall. */
interface NerSystem {
  entities: (text: string) => SystemEntity[];
  placeRecall: boolean;
  /** GUM files it is scored on: the tagger leaves the GUM_news_* test documents out too. */
  files: (split: NerSplit) => string[];
  /** What tagging cost since the last call (the tagger only, analysis left out). */
  cost?: () => string;
}

function evaluateSplit(split: NerSplit, system: NerSystem): { evaluation: NerEvaluation; documents: number } {
  const files = system.files(split);
  if (files.length === 0) throw new KgError(`eval:ner: no GUM ${split} documents in ${GUM_DIR}; is ../shared/data in place?`);
  const documents = files.map((file) => readGumEntities(readFileSync(file, 'utf8'), file));
  const evaluation = scoreNer(
    documents,
    documents.map((document) => system.entities(document.text)),
    system.placeRecall,
  );
  return { evaluation, documents: documents.length };
}

function rulesSystem(): NerSystem {
  const context = createContext();
  return { entities: (text) => systemEntities(text, context), placeRecall: false, files: (split) => nerSplitFiles(split) };
}

function taggerSystem(path: string): NerSystem {
  const model = loadEntityModel(path);
  const withoutNews = (file: string) => !basename(file).startsWith(TEST_SET_PREFIX);
  const spent = { tokens: 0, sentences: 0, micros: 0 };
  const entities = (text: string) => {
    const sentences = analyze(text);
    const before = process.cpuUsage();
    const found = taggerEntities(text, sentences, model);
    const used = process.cpuUsage(before);
    spent.micros += used.user + used.system;
    spent.sentences += sentences.length;
    spent.tokens += sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0);
    return found;
  };
  const cost = () => {
    const { tokens, sentences, micros } = spent;
    const perSecond = (count: number) => Math.round(count / Math.max(micros / 1e6, 1e-6)).toLocaleString('en');
    Object.assign(spent, { tokens: 0, sentences: 0, micros: 0 });
    return `entity tagger: ${tokens} tokens, ${sentences} sentences in ${(micros / 1e6).toFixed(3)} CPU-s ` +
      `(${perSecond(tokens)} tokens, ${perSecond(sentences)} sentences per CPU-second; analysis not counted)`;
  };
  return { entities, placeRecall: true, files: (split) => nerSplitFiles(split).filter(withoutNews), cost };
}

function main(argv: string[]): void {
  let values: { split?: string; errors?: boolean; help?: boolean; tagger?: boolean; 'entity-model'?: string };
  try {
    const options = {
      split: { type: 'string' }, errors: { type: 'boolean' }, help: { type: 'boolean' }, tagger: { type: 'boolean' }, 'entity-model': { type: 'string' },
    } as const;
    ({ values } = parseArgs({ args: argv, options }));
  } catch (error) {
    throw new KgError(`eval:ner: ${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) return void console.log(USAGE);
  if (values.split !== undefined && !(NER_SPLITS as readonly string[]).includes(values.split)) {
    throw new KgError(`eval:ner: unknown split "${values.split}"; use dev, test or train.\n${USAGE}`);
  }
  const splits: NerSplit[] = values.split ? [values.split as NerSplit] : ['dev', 'test'];
  if (values['entity-model'] !== undefined && !values.tagger) throw new KgError(`eval:ner: --entity-model goes with --tagger.\n${USAGE}`);
  const system = values.tagger ? taggerSystem(values['entity-model'] ?? DEFAULT_ENTITY_MODEL_PATH) : rulesSystem();
  const summaries: string[] = [];
  for (const split of splits) {
    const { evaluation, documents } = evaluateSplit(split, system);
    const withoutNews = split !== 'test' || values.tagger ? `, without ${TEST_SET_PREFIX}*` : '';
    const title = `GUM ${split} (${documents} documents${withoutNews})${values.tagger ? ', entity tagger alone' : ''}`;
    console.log(nerTable(title, evaluation, system.placeRecall));
    if (system.cost) console.log(system.cost());
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
