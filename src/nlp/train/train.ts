/**
 * Trains the whole model from the UD treebanks: tokenizer lexicon and morphology tables from
 * the training words, the tagger, then (on tags predicted by jackknifing, so the parser learns
 * from tags as noisy as it will see) the parser and the labeller. Training data: EWT's
 * `files.train` documents and GUM's documents outside its dev/test lists, without any
 * `GUM_news_*` document and without the EWT documents of the extraction test set
 * (eval/test-set.yaml): the parser must not have seen them. Dev data (EWT dev, GUM dev without
 * those) is only scored, unless `withDev` adds it to the training data (the usual last step once
 * the epochs are chosen on dev; its dev figures are then no longer held out). Fixed seeds: the
 * same data gives the same model file.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { ewtSplitFiles, gumFilesIn, gumFilesOutside, readConllu } from '../conllu.ts';
import { coarseTags, createModel, parseTokens, type NlpModel, type NlpModelHeader } from '../index.ts';
import { trainLabeller } from '../labeller.ts';
import { lexicalHashes } from '../lexical.ts';
import { learnMorphology } from '../morphology.ts';
import { parse, trainParser, type ArcLabeller, type ParserInput } from '../parser.ts';
import type { CompiledWeights } from '../perceptron.ts';
import { figures, formatFigures, scoreGoldTokens } from '../score.ts';
import { tagSentence, trainSecondPass, trainTagger, type TaggedSentence } from '../tagger.ts';
import { learnTokenizerLexicon } from '../tokenize.ts';

/** Training settings (epochs chosen on the dev sets). */
export interface TrainOptions {
  /** The `ud/` folder with `ewt/` and `gum/`. */
  dataDir: string;
  taggerEpochs: number;
  parserEpochs: number;
  labellerEpochs: number;
  /** Folds for the jackknifed tags the parser trains on. */
  folds: number;
  seed: number;
  /** Averaged weights smaller than this (in absolute value) are pruned from the model. */
  prune: number;
  /** Train on the dev files too (nothing is scored then); else dev is scored per parser epoch and at the end, to tune with. */
  withDev: boolean;
  log: (line: string) => void;
}

const DEFAULTS: Omit<TrainOptions, 'dataDir'> = {
  taggerEpochs: 8, parserEpochs: 12, labellerEpochs: 8, folds: 4, seed: 12, prune: 0.9, withDev: false, log: (line) => console.log(line),
};

/** GUM documents left out of training and dev: the project's extraction test set. */
export const HELD_OUT_PREFIXES = ['GUM_news_'];

const ATTRIBUTION = [
  'Trained on Universal Dependencies treebanks:',
  'English Web Treebank (UD_English-EWT), CC BY-SA 4.0, Silveira et al. 2014 and the UD contributors;',
  'GUM corpus (UD_English-GUM), annotations CC BY 4.0, Zeldes 2017 (texts under the licences in its LICENSE.txt).',
  'This model file is a derived work and is distributed under CC BY-SA 4.0.',
].join(' ');

/** The extraction test set's manifest: its EWT documents are held out of training and dev too. */
const TEST_SET_MANIFEST = fileURLToPath(new URL('../../../eval/test-set.yaml', import.meta.url));

/** File names (without folder) of the documents the extraction test set is made of. */
export function extractionTestDocuments(manifest = TEST_SET_MANIFEST): Set<string> {
  const parsed = parseYaml(readFileSync(manifest, 'utf8')) as { documents?: Array<{ path?: string }> };
  return new Set((parsed.documents ?? []).flatMap((document) => (document.path ? [basename(document.path)] : [])));
}

/** The training and dev files. */
export function trainingFiles(dataDir: string): { train: string[]; dev: string[] } {
  const ewt = join(dataDir, 'ewt');
  const gum = join(dataDir, 'gum');
  const heldOut = extractionTestDocuments();
  const kept = (file: string) => !heldOut.has(basename(file)) && !HELD_OUT_PREFIXES.some((prefix) => basename(file).startsWith(prefix));
  const train = [...ewtSplitFiles(ewt, 'train'), ...gumFilesOutside(gum, ['dev', 'test', 'test2'], HELD_OUT_PREFIXES)].filter(kept);
  const dev = [...ewtSplitFiles(ewt, 'dev'), ...gumFilesIn(gum, 'dev')].filter(kept);
  return { train, dev };
}

/** Trains and returns the model (not yet written). */
export function train(options: Partial<TrainOptions> & { dataDir: string }): NlpModel {
  const settings = { ...DEFAULTS, ...options };
  const { log } = settings;
  const began = Date.now();
  const elapsed = () => `${((Date.now() - began) / 1000).toFixed(0)} s`;
  const split = trainingFiles(settings.dataDir);
  const files = settings.withDev ? { train: [...split.train, ...split.dev], dev: [] } : split;
  const trainSentences = files.train.flatMap((file) => readConllu(file));
  const devSentences = files.dev.flatMap((file) => readConllu(file));
  const trainWords = trainSentences.reduce((sum, sentence) => sum + sentence.words.length, 0);
  log(`train: ${files.train.length} files, ${trainSentences.length} sentences, ${trainWords} words; ` +
    (settings.withDev ? 'dev files trained on too (--with-dev), not scored' : `dev: ${files.dev.length} files, ${devSentences.length} sentences`));

  const tags = [...new Set(trainSentences.flatMap((s) => s.words.map((w) => `${w.upos}\t${w.xpos}`)))].sort();
  const labels = [...new Set(trainSentences.flatMap((s) => s.words.map((w) => w.deprel)))].sort();
  const tagIndex = new Map(tags.map((tag, i) => [tag, i]));
  const labelIndex = new Map(labels.map((name, i) => [name, i]));
  const tagged: TaggedSentence[] = trainSentences.map((s) => ({
    forms: s.words.map((w) => w.form),
    tags: s.words.map((w) => tagIndex.get(`${w.upos}\t${w.xpos}`)!),
  }));
  const tokenizer = learnTokenizerLexicon(trainSentences);
  const morphology = learnMorphology(trainSentences.flatMap((s) => s.words));
  log(`tables: ${tags.length} tag classes, ${labels.length} relations, ${tokenizer.abbreviations.length} abbreviations, ` +
    `${tokenizer.clitics.length} clitics, ${Object.keys(morphology.lemmas).length} lemma exceptions (${elapsed()})`);

  const { first, predicted } = jackknife(tagged, tags, settings, log);
  log(`jackknifed tags: first pass ${accuracy(first, tagged).toFixed(4)}, both passes ${accuracy(predicted, tagged).toFixed(4)} (${elapsed()})`);
  const taggerOptions = {
    epochs: settings.taggerEpochs, seed: settings.seed, minWeight: settings.prune,
    progress: (epoch: number, acc: number) => log(`tagger epoch ${epoch}: train ${acc.toFixed(4)} (${elapsed()})`),
  };
  const tagger = trainSecondPass(trainTagger(tagged, tags, taggerOptions), tagged, first, taggerOptions);

  const coarse = coarseTags(tags);
  const parserInput = (forms: string[], predictedTags: Int32Array) =>
    ({ words: lexicalHashes(forms), tags: predictedTags, coarse: Int32Array.from(predictedTags, (tag) => coarse[tag]!) });
  const examples = trainSentences.map((s, i) => {
    const heads = Int32Array.from(s.words, (w) => w.head - 1);
    return { input: parserInput(tagged[i]!.forms, predicted[i]!), heads, labels: Int32Array.from(s.words, (w) => labelIndex.get(w.deprel)!) };
  });
  const devInputs = devSentences.map((s) => {
    const forms = s.words.map((w) => w.form);
    return { input: parserInput(forms, tagSentence(tagger, forms)), heads: s.words.map((w) => w.head - 1) };
  });
  const labeller = trainLabeller(
    examples.map((e) => ({ input: { words: e.input.words, tags: e.input.tags, heads: e.heads }, labels: e.labels })),
    labels.length, labelIndex.get('root')!,
    { epochs: settings.labellerEpochs, seed: settings.seed, minWeight: settings.prune,
      progress: (epoch, acc) => log(`labeller epoch ${epoch}: train ${acc.toFixed(4)} (${elapsed()})`) },
  );
  // The labeller first: the parser labels each arc as it makes it, and reads those labels.
  const arcLabeller = { weights: labeller, rootLabel: labelIndex.get('root')! };
  const parser = trainParser(examples, {
    epochs: settings.parserEpochs, seed: settings.seed, minWeight: settings.prune, labeller: arcLabeller,
    progress: (epoch, acc) => log(`parser epoch ${epoch}: oracle-move accuracy ${acc.toFixed(4)} (${elapsed()})`),
    ...(devInputs.length === 0 ? {} : {
      evaluate: (weights: CompiledWeights, epoch: number) =>
        log(`parser epoch ${epoch}: dev UAS ${attachmentScore(weights, arcLabeller, devInputs).toFixed(4)} (predicted tags)`),
    }),
  });

  const header: NlpModelHeader = {
    format: 'newsgraph-nlp',
    attribution: ATTRIBUTION,
    training: {
      trainFiles: files.train.length, trainSentences: trainSentences.length, trainWords,
      // Unchanged wording without --with-dev: the shipped model's header, and so its bytes, stay reproducible.
      excluded: `${settings.withDev ? 'EWT files.test' : 'EWT files.dev/files.test'}, GUM ${settings.withDev ? '' : 'dev/'}test/test2 lists, ` +
        'every GUM_news_* document, the EWT documents of eval/test-set.yaml, PUD',
      ...(settings.withDev ? { dev: 'trained on too (--with-dev); epochs chosen on dev by runs without it' } : {}),
      taggerEpochs: settings.taggerEpochs, parserEpochs: settings.parserEpochs, labellerEpochs: settings.labellerEpochs,
      folds: settings.folds, seed: settings.seed, prune: settings.prune,
    },
    tokenizer,
    tags,
    tagDictionary: [...tagger.dictionary],
    labels,
    morphology,
  };
  const model = createModel(header, { tagger: tagger.weights, ...(tagger.second ? { tagger2: tagger.second } : {}), parser, labeller });
  const featureCounts = `tagger ${tagger.weights.arrays.keys.length}, parser ${parser.arrays.keys.length}, labeller ${labeller.arrays.keys.length}`;
  log(`weights: ${featureCounts} features (${elapsed()})`);
  if (devSentences.length > 0) {
    const devParses = devSentences.map((s) => parseTokens(s.words.map((w) => w.form), model));
    log(`dev (gold tokens): ${formatFigures(figures(scoreGoldTokens(devSentences, devParses)), ['UPOS', 'XPOS', 'Lemma', 'UAS', 'LAS', 'LAS:sub'])}`);
  }
  return model;
}

/**
 * Tags each fold with a tagger trained on the other folds: `first` by the first pass alone
 * (what the second passes train on), `predicted` by both passes (what the parser trains on).
 */
function jackknife(tagged: TaggedSentence[], tags: string[], settings: TrainOptions, log: (line: string) => void) {
  const first: Int32Array[] = new Array(tagged.length);
  const predicted: Int32Array[] = new Array(tagged.length);
  const outOfFold = (fold: number) => (_: unknown, i: number) => i % settings.folds !== fold;
  const models = Array.from({ length: settings.folds }, (_, fold) => {
    const model = trainTagger(tagged.filter(outOfFold(fold)), tags, { epochs: settings.taggerEpochs, seed: settings.seed + fold + 1 });
    tagged.forEach((sentence, i) => {
      if (i % settings.folds === fold) first[i] = tagSentence(model, sentence.forms);
    });
    log(`jackknife fold ${fold + 1}/${settings.folds} tagged (first pass)`);
    return model;
  });
  models.forEach((model, fold) => {
    const options = { epochs: settings.taggerEpochs, seed: settings.seed + fold + 1 };
    const both = trainSecondPass(model, tagged.filter(outOfFold(fold)), first.filter(outOfFold(fold)), options);
    tagged.forEach((sentence, i) => {
      if (i % settings.folds === fold) predicted[i] = tagSentence(both, sentence.forms);
    });
    log(`jackknife fold ${fold + 1}/${settings.folds} tagged (both passes)`);
  });
  return { first, predicted };
}

/** Share of dev words whose predicted head is the gold head. */
function attachmentScore(weights: CompiledWeights, labeller: ArcLabeller, dev: { input: ParserInput; heads: number[] }[]): number {
  let correct = 0;
  let total = 0;
  for (const { input, heads } of dev) {
    const predicted = parse(weights, input, labeller);
    heads.forEach((head, i) => {
      total++;
      if (predicted[i] === head) correct++;
    });
  }
  return correct / total;
}

function accuracy(predicted: Int32Array[], gold: TaggedSentence[]): number {
  let correct = 0;
  let total = 0;
  gold.forEach((sentence, i) => sentence.tags.forEach((tag, j) => {
    total++;
    if (predicted[i]![j] === tag) correct++;
  }));
  return correct / total;
}
