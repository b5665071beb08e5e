/**
 * The linguistic layer's public API: `loadModel` reads the shipped model (once per process and
 * path), `analyze` turns an article's text into tokenized, tagged, lemmatized and parsed
 * sentences with offsets into the text, `parseTokens` does the same from given tokens (gold
 * tokenization). Deterministic: the same input and model give the same output.
 */
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../extract/sentences.ts';
import { label } from './labeller.ts';
import { lexicalHashes } from './lexical.ts';
import { readModelFile, writeModelFile } from './model-file.ts';
import { analyseWord, createMorphology, type Morphology, type MorphologyTables } from './morphology.ts';
import { parse } from './parser.ts';
import { tagSentence, type TaggerModel } from './tagger.ts';
import { createTokenizer, tokenize, type RawToken, type Tokenizer, type TokenizerLexicon } from './tokenize.ts';
import type { CompiledWeights } from './perceptron.ts';
import type { ParsedSentence, Token } from './types.ts';

/** The shipped model, trained by `npm run train`. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/en-ud.model.gz', import.meta.url));

/** Everything in the model file except the weights. */
export interface NlpModelHeader {
  format: 'newsgraph-nlp';
  /** The treebanks the model is derived from and their licences. */
  attribution: string;
  /** What it was trained on and how (counts, epochs, seed); for people, not code. */
  training: Record<string, unknown>;
  tokenizer: TokenizerLexicon;
  /** Joint tag classes `UPOS\tXPOS`. */
  tags: string[];
  /** Tagger dictionary: [form, tag class] pairs. */
  tagDictionary: [string, number][];
  /** Relation names, class order of the labeller. */
  labels: string[];
  morphology: MorphologyTables;
}

/** A loaded model. */
export interface NlpModel {
  header: NlpModelHeader;
  tokenizer: Tokenizer;
  tagger: TaggerModel;
  parser: CompiledWeights;
  labeller: CompiledWeights;
  morphology: Morphology;
  upos: string[];
  xpos: string[];
  /** Tag class → index of its UPOS among the model's UPOS values (the parser's coarse tags). */
  coarse: Int32Array;
  rootLabel: number;
}

const loaded = new Map<string, NlpModel>();

/** The weight tables of a model: the tagger's first pass, its second pass (absent in one-pass models), the parser and the labeller. */
export interface ModelWeights {
  tagger: CompiledWeights;
  tagger2?: CompiledWeights;
  parser: CompiledWeights;
  labeller: CompiledWeights;
}

/** Builds a model from its header and weights (as trained or as read from a file). */
export function createModel(header: NlpModelHeader, weights: ModelWeights): NlpModel {
  const upos = header.tags.map((tag) => tag.split('\t')[0]!);
  const tagger: TaggerModel = { classes: header.tags, dictionary: new Map(header.tagDictionary), weights: weights.tagger };
  if (weights.tagger2) tagger.second = weights.tagger2;
  const rootLabel = header.labels.indexOf('root');
  if (rootLabel < 0) throw new Error('nlp: the model has no `root` relation; retrain it with `npm run train`');
  return {
    header,
    tokenizer: createTokenizer(header.tokenizer),
    tagger,
    parser: weights.parser,
    labeller: weights.labeller,
    morphology: createMorphology(header.morphology),
    upos,
    xpos: header.tags.map((tag) => tag.split('\t')[1]!),
    coarse: coarseTags(header.tags),
    rootLabel,
  };
}

/** For each joint tag class `UPOS\tXPOS`, the index of its UPOS among the distinct UPOS values (first-seen order). */
export function coarseTags(tags: string[]): Int32Array {
  const upos = tags.map((tag) => tag.split('\t')[0]!);
  const distinct = [...new Set(upos)];
  return Int32Array.from(upos, (value) => distinct.indexOf(value));
}

/** Loads a model file (the shipped one by default); cached per process and path. */
export function loadModel(path: string = DEFAULT_MODEL_PATH): NlpModel {
  const cached = loaded.get(path);
  if (cached) return cached;
  const { header, weights } = readModelFile<NlpModelHeader>(path);
  const { tagger, tagger2, parser, labeller } = weights;
  if (!tagger || !parser || !labeller || header.format !== 'newsgraph-nlp') {
    throw new Error(`nlp: ${path} lacks the tagger, parser or labeller weights; retrain it with \`npm run train\``);
  }
  const model = createModel(header, { tagger, ...(tagger2 ? { tagger2 } : {}), parser, labeller });
  loaded.set(path, model);
  return model;
}

/** Writes a model to a file; returns the file's size in bytes. */
export function saveModel(path: string, model: NlpModel): number {
  const { tagger, parser, labeller } = model;
  const weights = { tagger: tagger.weights, ...(tagger.second ? { tagger2: tagger.second } : {}), parser, labeller };
  return writeModelFile(path, { header: model.header, weights });
}

/** Tokenizes, tags, lemmatizes and parses a whole article; offsets are into `text`. */
export function analyze(text: string, model: NlpModel = loadModel()): ParsedSentence[] {
  return splitSentences(text).map((sentence) => {
    const tokens = tokenize(model.tokenizer, text, sentence.start, sentence.end);
    return { index: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text, tokens: analyzeTokens(model, tokens) };
  });
}

/** Tags and parses one sentence from given tokens; the sentence text is the forms joined by spaces. */
export function parseTokens(forms: readonly string[], model: NlpModel = loadModel()): ParsedSentence {
  const raw: RawToken[] = [];
  let at = 0;
  for (const form of forms) {
    raw.push({ form, start: at, end: at + form.length });
    at += form.length + 1;
  }
  const text = forms.join(' ');
  return { index: 0, start: 0, end: text.length, text, tokens: analyzeTokens(model, raw) };
}

function analyzeTokens(model: NlpModel, raw: RawToken[]): Token[] {
  if (raw.length === 0) return [];
  const forms = raw.map((token) => token.form);
  const words = lexicalHashes(forms);
  const tags = tagSentence(model.tagger, forms, words);
  const coarse = Int32Array.from(tags, (tag) => model.coarse[tag]!);
  const heads = parse(model.parser, { words, tags, coarse }, { weights: model.labeller, rootLabel: model.rootLabel });
  const labels = label(model.labeller, { words, tags, heads }, model.rootLabel);
  return raw.map((token, i) => {
    const xpos = model.xpos[tags[i]!]!;
    const { lemma, feats } = analyseWord(model.morphology, token.form, xpos);
    return {
      index: i,
      form: token.form,
      start: token.start,
      end: token.end,
      lemma,
      upos: model.upos[tags[i]!]!,
      xpos,
      feats,
      head: heads[i]!,
      deprel: model.header.labels[labels[i]!]!,
      entity: 'O',
    };
  });
}
