/**
 * Part-of-speech tagger: a greedy left-to-right averaged perceptron over one joint class per
 * (UPOS, XPOS) pair, with the word, its affixes and shape, the two words on each side and the
 * two tags already chosen as features (Honnibal's "good POS tagger in 200 lines", extended).
 * A second pass tags the sentence again, left to right, now also seeing the first pass's tags
 * of the word and of the two words after it (right tag context a single pass cannot have).
 * Frequent words that almost always take one tag are tagged from a dictionary, unscored.
 */
import { mix, seededRandom, shuffle } from './hash.ts';
import { lexicalHashes, type LexicalHashes } from './lexical.ts';
import { type CompiledWeights, PerceptronTrainer } from './perceptron.ts';

/** A trained tagger. */
export interface TaggerModel {
  /** Joint classes, `UPOS\tXPOS`. */
  classes: string[];
  /** Word as written → class, for words the dictionary decides. */
  dictionary: Map<string, number>;
  weights: CompiledWeights;
  /** The second pass (first-pass tags of the word and the next two as extra features); absent: one pass. */
  second?: CompiledWeights;
}

/** A training sentence: forms and their joint class indices. */
export interface TaggedSentence {
  forms: string[];
  tags: number[];
}

/** Training settings. */
export interface TaggerTrainOptions {
  epochs: number;
  seed: number;
  /** Dictionary words: seen at least this often … */
  dictionaryMinCount: number;
  /** … with one class at least this share of the time. */
  dictionaryMinShare: number;
  /** Averaged weights below this are pruned from the compiled model. */
  minWeight: number;
  /** Called after each epoch with the epoch number and the training accuracy of that pass. */
  progress?: (epoch: number, accuracy: number) => void;
}

const TRAIN_DEFAULTS: TaggerTrainOptions = { epochs: 8, seed: 1, dictionaryMinCount: 20, dictionaryMinShare: 0.995, minWeight: 0 };
const START = -1;
const START2 = -2;
const END = -3;
const END2 = -4;
/** Features per token of the first pass; `tagFeatures` writes exactly this many, and `LOOKAHEAD_COUNT` more in the second. */
const FEATURE_COUNT = 27;
const LOOKAHEAD_COUNT = 6;
/** The first features of a token, those that do not depend on tags: the second pass reuses the first pass's. */
const WORD_FEATURE_COUNT = 22;

/** Writes the tag-independent features of token `i` into `out` from `at` (`WORD_FEATURE_COUNT` of them). */
function wordFeatures(words: LexicalHashes, i: number, out: Int32Array, at: number): void {
  const n = words.length;
  const lower = words.lower;
  const w = lower[i]!;
  out[at] = mix(1, 0);
  out[at + 1] = mix(2, w);
  out[at + 2] = mix(3, words.suffix3[i]!);
  out[at + 3] = mix(4, words.suffix2[i]!);
  out[at + 4] = mix(5, words.suffix1[i]!);
  out[at + 5] = mix(6, words.suffix4[i]!);
  out[at + 6] = mix(7, words.prefix1[i]!);
  out[at + 7] = mix(8, words.prefix2[i]!);
  out[at + 8] = mix(9, words.prefix3[i]!);
  out[at + 9] = mix(10, words.shape[i]!);
  out[at + 10] = mix(11, words.exact[i]!);
  const wm1 = i > 0 ? lower[i - 1]! : START;
  const wp1 = i + 1 < n ? lower[i + 1]! : END;
  out[at + 11] = mix(15, wm1);
  out[at + 12] = mix(16, i > 0 ? words.suffix3[i - 1]! : START);
  out[at + 13] = mix(17, i > 1 ? lower[i - 2]! : i > 0 ? START : START2);
  out[at + 14] = mix(18, wp1);
  out[at + 15] = mix(19, i + 1 < n ? words.suffix3[i + 1]! : END);
  out[at + 16] = mix(20, i + 2 < n ? lower[i + 2]! : i + 1 < n ? END : END2);
  out[at + 17] = mix(21, wm1, w);
  out[at + 18] = mix(22, w, wp1);
  out[at + 19] = mix(24, i + 1 < n ? words.shape[i + 1]! : END);
  out[at + 20] = mix(25, i > 0 ? words.shape[i - 1]! : START);
  out[at + 21] = mix(26, i === 0 ? 1 : 0, words.shape[i]!);
}

/**
 * Writes the tag-dependent features of token `i` (previous tags `p1`, `p2`) into `out` after its
 * word features; returns the total. `first` (the first pass's tags) adds the second pass's right-context features.
 */
function tagContextFeatures(words: LexicalHashes, i: number, p1: number, p2: number, first: Int32Array | null, out: Int32Array): number {
  const n = words.length;
  const w = words.lower[i]!;
  const wp1 = i + 1 < n ? words.lower[i + 1]! : END;
  const s3 = words.suffix3[i]!;
  let f = WORD_FEATURE_COUNT;
  out[f++] = mix(12, p1);
  out[f++] = mix(13, p2, p1);
  out[f++] = mix(14, p1, w);
  out[f++] = mix(23, p1, s3);
  out[f++] = mix(27, p1, wp1);
  if (first === null) return f;
  const n1 = i + 1 < n ? first[i + 1]! : END;
  const n2 = i + 2 < n ? first[i + 2]! : i + 1 < n ? END : END2;
  out[f++] = mix(28, first[i]!);
  out[f++] = mix(29, n1);
  out[f++] = mix(30, n1, n2);
  out[f++] = mix(31, w, n1);
  out[f++] = mix(32, p1, n1);
  out[f++] = mix(33, s3, n1);
  return f;
}

/** Writes all the features of token `i` into `out`; returns how many (the order does not matter: scores are sums). */
function tagFeatures(words: LexicalHashes, i: number, p1: number, p2: number, first: Int32Array | null, out: Int32Array): number {
  wordFeatures(words, i, out, 0);
  return tagContextFeatures(words, i, p1, p2, first, out);
}

/** Tags one sentence (both passes when the model has two); returns the joint class index of each token. */
export function tagSentence(model: TaggerModel, forms: readonly string[], words = lexicalHashes(forms)): Int32Array {
  const n = forms.length;
  // Looked up and hashed once for both passes: each word's dictionary class (-1: scored) and its word features.
  const known = new Int32Array(n);
  for (let i = 0; i < n; i++) known[i] = model.dictionary.get(forms[i]!) ?? -1;
  const fixed = new Int32Array(n * WORD_FEATURE_COUNT);
  for (let i = 0; i < n; i++) if (known[i]! < 0) wordFeatures(words, i, fixed, i * WORD_FEATURE_COUNT);
  const first = tagPass(model, model.weights, words, known, fixed, null);
  return model.second ? tagPass(model, model.second, words, known, fixed, first) : first;
}

function tagPass(model: TaggerModel, weights: CompiledWeights, words: LexicalHashes, known: Int32Array, fixed: Int32Array, first: Int32Array | null) {
  const n = words.length;
  const tags = new Int32Array(n);
  const features = new Int32Array(FEATURE_COUNT + LOOKAHEAD_COUNT);
  const scores = new Int32Array(model.classes.length);
  let p1 = START;
  let p2 = START2;
  for (let i = 0; i < n; i++) {
    let tag = known[i]!;
    if (tag < 0) {
      for (let k = 0, at = i * WORD_FEATURE_COUNT; k < WORD_FEATURE_COUNT; k++) features[k] = fixed[at + k]!;
      weights.score(features, tagContextFeatures(words, i, p1, p2, first, features), scores);
      tag = argmax(scores);
    }
    tags[i] = tag;
    p2 = p1;
    p1 = tag;
  }
  return tags;
}

/** Index of the highest score (the first on ties). */
export function argmax(scores: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
  return best;
}

/** Trains a one-pass tagger over `classes` from sentences tagged with their indices. */
export function trainTagger(sentences: TaggedSentence[], classes: string[], options: Partial<TaggerTrainOptions> = {}): TaggerModel {
  const settings = { ...TRAIN_DEFAULTS, ...options };
  const dictionary = buildDictionary(sentences, settings.dictionaryMinCount, settings.dictionaryMinShare);
  return { classes, dictionary, weights: trainPass(sentences, classes.length, dictionary, null, settings) };
}

/**
 * Adds a second pass to a one-pass tagger, trained on `first`: the first pass's tags of the
 * same sentences, predicted by taggers that did not see them (jackknifed), so the second pass
 * learns how far to trust them.
 */
export function trainSecondPass(model: TaggerModel, sentences: TaggedSentence[], first: Int32Array[], options: Partial<TaggerTrainOptions> = {}): TaggerModel {
  const settings = { ...TRAIN_DEFAULTS, ...options };
  return { ...model, second: trainPass(sentences, model.classes.length, model.dictionary, first, settings) };
}

function trainPass(sentences: TaggedSentence[], classCount: number, dictionary: Map<string, number>, first: Int32Array[] | null, settings: TaggerTrainOptions) {
  const trainer = new PerceptronTrainer(classCount, 20);
  const features = new Int32Array(FEATURE_COUNT + LOOKAHEAD_COUNT);
  const scores = new Float64Array(classCount);
  const random = seededRandom(settings.seed);
  const prepared = sentences.map((sentence, s) => ({ sentence, words: lexicalHashes(sentence.forms), tags: first ? first[s]! : null }));
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const { sentence, words, tags } of shuffle([...prepared], random)) {
      let p1 = START;
      let p2 = START2;
      for (let i = 0; i < sentence.forms.length; i++) {
        const truth = sentence.tags[i]!;
        let guess = dictionary.get(sentence.forms[i]!);
        if (guess === undefined) {
          const count = tagFeatures(words, i, p1, p2, tags, features);
          trainer.score(features, count, scores);
          guess = argmax(scores);
          trainer.update(features, count, truth, guess);
          trainer.tick();
        }
        if (guess === truth) correct++;
        total++;
        p2 = p1;
        p1 = guess;
      }
    }
    settings.progress?.(epoch, correct / Math.max(1, total));
  }
  return trainer.compile(settings.minWeight);
}

function buildDictionary(sentences: TaggedSentence[], minCount: number, minShare: number): Map<string, number> {
  const counts = new Map<string, Map<number, number>>();
  for (const sentence of sentences) {
    sentence.forms.forEach((form, i) => {
      const byTag = counts.get(form) ?? new Map<number, number>();
      byTag.set(sentence.tags[i]!, (byTag.get(sentence.tags[i]!) ?? 0) + 1);
      counts.set(form, byTag);
    });
  }
  const dictionary = new Map<string, number>();
  for (const [form, byTag] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    let total = 0;
    let bestTag = -1;
    let bestCount = 0;
    for (const [tag, count] of [...byTag].sort(([a], [b]) => a - b)) {
      total += count;
      if (count > bestCount) [bestTag, bestCount] = [tag, count];
    }
    if (total >= minCount && bestCount / total >= minShare) dictionary.set(form, bestTag);
  }
  return dictionary;
}
