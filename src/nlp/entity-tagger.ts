/**
 * Named-entity tagger: a greedy left-to-right averaged perceptron over BIO labels (B-type,
 * I-type, O) of a few entity types, on the tokens and tags the parser's tagger gives. Features:
 * the word as written and in lower case, its shape and affixes, the words and tags around it,
 * the two labels already chosen, a gazetteer stored in the model file (the kinds of place,
 * organisation and person names a lower-case word occurs in, and whole names matched longest
 * first), the type the article last gave the same word, and where the name hangs in the parse. Decoding never lets an I- label
 * follow anything but its own type. A lower-case word that is no proper noun and follows an O
 * is O without scoring: most tokens of a sentence cost one test.
 */
import { fileURLToPath } from 'node:url';
import { KgError } from '../errors.ts';
import { hashString, mix, seededRandom, shuffle } from './hash.ts';
import { lexicalHashes, type LexicalHashes } from './lexical.ts';
import { readModelFile, writeModelFile } from './model-file.ts';
import { type CompiledWeights, PerceptronTrainer } from './perceptron.ts';
import type { ParsedSentence, Token } from './types.ts';

/** The shipped entity model, trained by `npm run train:entities`. */
export const DEFAULT_ENTITY_MODEL_PATH = fileURLToPath(new URL('../../models/en-entities.model.gz', import.meta.url));

/** What the tagger reads of a token. */
export type EntityToken = Pick<Token, 'form' | 'upos' | 'xpos' | 'head' | 'deprel'>;

/** One entity: tokens [start, end) of a sentence, with its type. */
export interface EntitySpan {
  start: number;
  end: number;
  type: string;
}

/** Gazetteer bits of a lower-case word: the kinds of names it is a word of. */
export const GAZETTEER_BITS = { place: 1, organization: 2, person: 4 } as const;
/** A whole name's kinds are stored shifted by this many bits, under its lower-case tokens joined by spaces. */
export const NAME_SHIFT = 3;
/** Longest name, in tokens, the gazetteer is searched for. */
const LONGEST_NAME = 6;

/** Everything in the model file except the weights. */
export interface EntityModelHeader {
  format: 'newsgraph-entities';
  attribution: string;
  /** What it was trained on and how; for people, not code. */
  training: Record<string, unknown>;
  /** Entity types, e.g. person, organization, place, other. */
  types: string[];
  /** Lower-case word → gazetteer bits; lower-case tokens of a whole name joined by spaces → its bits << NAME_SHIFT. */
  gazetteer: [string, number][];
}

/** A loaded (or freshly trained) entity model. */
export interface EntityModel {
  header: EntityModelHeader;
  /** Labels: 0 is O, then B-type and I-type for each type in order (B at 1 + 2t, I at 2 + 2t). */
  labels: string[];
  gazetteer: Map<string, number>;
  weights: CompiledWeights;
}

/** A training sentence: tokens and their gold entities. */
export interface EntitySentence {
  tokens: readonly EntityToken[];
  spans: readonly EntitySpan[];
}

/** Training settings. */
export interface EntityTrainOptions {
  epochs: number;
  seed: number;
  /** Averaged weights below this (absolute value) are pruned from the compiled model. */
  minWeight: number;
  /** Called after each epoch with its number and the token accuracy of that pass. */
  progress?: (epoch: number, accuracy: number, weights: () => CompiledWeights) => void;
}

const TRAIN_DEFAULTS: EntityTrainOptions = { epochs: 8, seed: 1, minWeight: 0 };
const O = 0;
const START = -1;
const START2 = -2;
const END = -3;
const FEATURE_COUNT = 31;

/** Label names for `types`: O, then B-/I- per type. */
export function entityLabels(types: readonly string[]): string[] {
  return ['O', ...types.flatMap((type) => [`B-${type}`, `I-${type}`])];
}

/** Per-sentence integer views of the tokens. */
interface EntityInput {
  words: LexicalHashes;
  xpos: Int32Array;
  gazetteer: Int32Array;
  /** Tokens inside a whole name of the gazetteer: its bits × 2, + 1 on its first token; 0 elsewhere. */
  names: Int32Array;
  /** Tokens decided O without scoring when they follow an O. */
  plain: Uint8Array;
  /** Where the phrase a token is a word of hangs (hashes): its relation, and that with the word it hangs on. */
  attachment: Int32Array;
  attachmentWord: Int32Array;
}

const tagHashes = new Map<string, number>();
function tagHash(tag: string): number {
  let hash = tagHashes.get(tag);
  if (hash === undefined) tagHashes.set(tag, (hash = hashString(tag)));
  return hash;
}

function entityInput(tokens: readonly EntityToken[], gazetteer: Map<string, number>): EntityInput {
  const n = tokens.length;
  const forms = tokens.map((token) => token.form);
  const xpos = new Int32Array(n);
  const bits = new Int32Array(n);
  const plain = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const token = tokens[i]!;
    xpos[i] = tagHash(token.xpos);
    bits[i] = (gazetteer.get(token.form.toLowerCase()) ?? 0) & ((1 << NAME_SHIFT) - 1);
    const first = token.form[0]!;
    // Names start with a capital or a digit ("3M"); a word that starts with neither is a name only as a proper noun ("iPhone").
    plain[i] = token.upos !== 'PROPN' && first === first.toLowerCase() && !(first >= '0' && first <= '9') ? 1 : 0;
  }
  const words = lexicalHashes(forms);
  const attachment = new Int32Array(n);
  const attachmentWord = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const top = phraseTop(tokens, i);
    const head = tokens[top]!.head;
    attachment[i] = tagHash(tokens[top]!.deprel);
    attachmentWord[i] = mix(attachment[i]!, head >= 0 && head < n ? words.lower[head]! : END);
  }
  return { words, xpos, gazetteer: bits, names: nameMatches(tokens, plain, gazetteer), plain, attachment, attachmentWord };
}

/** Relations inside a name: "Gulbuddin Hikmetyar" (flat), "Labour Party" (compound). */
const NAME_RELATIONS: ReadonlySet<string> = new Set(['flat', 'flat:name', 'compound', 'fixed']);

/**
 * The token a name's words hang from, following name-internal relations up from `i`: its relation to the rest of the
 * sentence tells a speaker ("X said": nsubj of "said") from a place ("in X": obl of the verb, with its "in" as the word before).
 */
function phraseTop(tokens: readonly EntityToken[], i: number): number {
  let top = i;
  for (let steps = 0; steps < LONGEST_NAME && NAME_RELATIONS.has(tokens[top]!.deprel); steps++) {
    const head = tokens[top]!.head;
    if (head < 0 || head >= tokens.length || head === top) break;
    top = head;
  }
  return top;
}

/**
 * The longest whole names of the gazetteer in the sentence, left to right, starting at tokens that
 * are not `plain`: per token, the name's bits × 2 (+ 1 on its first token), 0 outside names.
 */
export function nameMatches(tokens: readonly Pick<EntityToken, 'form'>[], plain: Uint8Array, gazetteer: Map<string, number>): Int32Array {
  const n = tokens.length;
  const names = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (plain[i]) continue;
    let key = '';
    let found = 0;
    let length = 0;
    for (let j = i; j < n && j < i + LONGEST_NAME; j++) {
      key = j === i ? tokens[j]!.form.toLowerCase() : `${key} ${tokens[j]!.form.toLowerCase()}`;
      const bits = (gazetteer.get(key) ?? 0) >> NAME_SHIFT;
      if (bits) [found, length] = [bits, j - i + 1];
    }
    if (!found) continue;
    names.fill(found * 2, i, i + length);
    names[i] = found * 2 + 1;
    i += length - 1;
  }
  return names;
}

/** Writes the features of token `i` (previous labels `p1`, `p2`) into `out`; returns how many. */
function entityFeatures(input: EntityInput, i: number, p1: number, p2: number, memory: EntityMemory, out: Int32Array): number {
  const { words, xpos, gazetteer } = input;
  const n = words.length;
  const w = words.lower[i]!;
  const wm1 = i > 0 ? words.lower[i - 1]! : START;
  const wp1 = i + 1 < n ? words.lower[i + 1]! : END;
  const t = xpos[i]!;
  const tm1 = i > 0 ? xpos[i - 1]! : START;
  const tp1 = i + 1 < n ? xpos[i + 1]! : END;
  const shape = words.shape[i]!;
  out[0] = mix(1, 0);
  out[1] = mix(2, w);
  out[2] = mix(3, words.exact[i]!);
  out[3] = mix(4, shape);
  out[4] = mix(5, words.suffix3[i]!);
  out[5] = mix(6, words.suffix4[i]!);
  out[6] = mix(7, words.prefix3[i]!);
  out[7] = mix(8, t);
  out[8] = mix(9, wm1);
  out[9] = mix(10, wp1);
  out[10] = mix(11, tm1, t);
  out[11] = mix(12, t, tp1);
  out[12] = mix(13, p1);
  out[13] = mix(14, p2, p1);
  out[14] = mix(15, p1, w);
  out[15] = mix(16, p1, t);
  out[16] = mix(17, i === 0 ? 1 : 0, shape);
  out[17] = mix(18, gazetteer[i]!);
  out[18] = mix(19, gazetteer[i]!, p1);
  out[19] = mix(20, i + 1 < n ? gazetteer[i + 1]! : END, t);
  out[20] = mix(21, wm1, w);
  out[21] = mix(22, w, wp1);
  const remembered = memory.get(w) ?? 0;
  out[22] = mix(26, remembered);
  out[23] = mix(27, remembered, shape);
  out[24] = mix(28, i > 0 ? words.shape[i - 1]! : START, shape, i + 1 < n ? words.shape[i + 1]! : END);
  out[25] = mix(29, i > 1 ? words.lower[i - 2]! : START);
  out[26] = mix(30, i + 2 < n ? words.lower[i + 2]! : END);
  out[27] = mix(31, input.names[i]!);
  out[28] = mix(32, input.names[i]!, p1);
  out[29] = mix(33, input.attachment[i]!, t);
  out[30] = mix(34, input.attachmentWord[i]!);
  return FEATURE_COUNT;
}

/** Whether `label` may follow `previous` (an I- only continues its own type). */
function allowed(label: number, previous: number): boolean {
  if (label === O || label % 2 === 1) return true;
  return previous === label || previous === label - 1;
}

/** The best allowed label. */
function bestLabel(scores: ArrayLike<number>, previous: number): number {
  let best = O;
  for (let label = 1; label < scores.length; label++) {
    if (scores[label]! > scores[best]! && allowed(label, previous)) best = label;
  }
  return best;
}

/** Labels → spans. */
function spansOf(labels: ArrayLike<number>, types: readonly string[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    if (label === O || label % 2 === 0) continue;
    let end = i + 1;
    while (end < labels.length && labels[end] === label + 1) end++;
    spans.push({ start: i, end, type: types[(label - 1) / 2]! });
    i = end - 1;
  }
  return spans;
}

/** Spans → labels; tokens of a span that overlaps an earlier one stay with the earlier one. */
function labelsOf(length: number, spans: readonly EntitySpan[], types: readonly string[]): Int32Array {
  const labels = new Int32Array(length);
  for (const span of spans) {
    const type = types.indexOf(span.type);
    if (type < 0 || span.start >= span.end || labels.subarray(span.start, span.end).some((label) => label !== O)) continue;
    labels[span.start] = 1 + 2 * type;
    labels.fill(2 + 2 * type, span.start + 1, span.end);
  }
  return labels;
}

/**
 * What an article's earlier sentences said: the type (index + 1) last given to each lower-case
 * word inside an entity. A name met again ("Byron", "Harrow") leans to the same type.
 */
export type EntityMemory = Map<number, number>;

/** Scores `features[0..count)` into `scores`; in training, also learns from the guess. */
type Scorer = (features: Int32Array, count: number, scores: Float64Array | Int32Array, i: number) => void;

/** Labels one sentence left to right with `score`, reading and then updating `memory`. */
function decode(input: EntityInput, labelCount: number, memory: EntityMemory, score: Scorer, learn?: (guess: number, i: number) => number): Int32Array {
  const n = input.words.length;
  const labels = new Int32Array(n);
  const features = new Int32Array(FEATURE_COUNT);
  const scores = new Float64Array(labelCount);
  let p1 = START;
  let p2 = START2;
  for (let i = 0; i < n; i++) {
    let label = O;
    // Plain tokens after an O are never scored, so they are not learnt from either.
    if (!(input.plain[i] && p1 <= O)) {
      const count = entityFeatures(input, i, p1, p2, memory, features);
      score(features, count, scores, i);
      label = bestLabel(scores, p1);
      if (learn) learn(label, i);
    }
    labels[i] = label;
    p2 = p1;
    p1 = label;
  }
  for (let i = 0; i < n; i++) if (labels[i] !== O) memory.set(input.words.lower[i]!, (labels[i]! + 1) >> 1);
  return labels;
}

/**
 * The entities of one sentence, as token ranges, in order. Pass the same `memory` (a new Map
 * per article) for the sentences of one article, in order: the model was trained that way.
 */
export function tagEntities(tokens: readonly EntityToken[], model: EntityModel = loadEntityModel(), memory: EntityMemory = new Map()): EntitySpan[] {
  if (tokens.length === 0) return [];
  const input = entityInput(tokens, model.gazetteer);
  const scores = new Int32Array(model.labels.length);
  const labels = decode(input, model.labels.length, memory, (features, count, out) => {
    model.weights.score(features, count, scores);
    out.set(scores);
  });
  return spansOf(labels, model.header.types);
}

/**
 * Tags an article's sentences in order (one memory for the article) and writes each token's
 * `entity` (`B-person`, `I-person`, `O`, as types.ts defines it); returns the spans per sentence.
 */
export function markEntities(sentences: readonly ParsedSentence[], model: EntityModel = loadEntityModel()): EntitySpan[][] {
  const memory: EntityMemory = new Map();
  return sentences.map(({ tokens }) => {
    const spans = tagEntities(tokens, model, memory);
    for (const token of tokens) token.entity = 'O';
    for (const { start, end, type } of spans) {
      for (let i = start; i < end; i++) tokens[i]!.entity = `${i === start ? 'B' : 'I'}-${type}`;
    }
    return spans;
  });
}

/**
 * Trains an entity model for `header.types` from documents (sentences in order, with gold
 * spans); `gazetteer` maps lower-case words to GAZETTEER_BITS. Documents are shuffled, their
 * sentences kept in order so the memory features see what they will see when tagging.
 */
export function trainEntityTagger(
  documents: readonly (readonly EntitySentence[])[],
  header: Omit<EntityModelHeader, 'format' | 'gazetteer'>,
  gazetteer: Map<string, number>,
  options: Partial<EntityTrainOptions> = {},
): EntityModel {
  const settings = { ...TRAIN_DEFAULTS, ...options };
  const labels = entityLabels(header.types);
  const trainer = new PerceptronTrainer(labels.length, 18);
  const random = seededRandom(settings.seed);
  const prepared = documents.map((sentences) =>
    sentences.map((sentence) => ({ input: entityInput(sentence.tokens, gazetteer), gold: labelsOf(sentence.tokens.length, sentence.spans, header.types) })),
  );
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const document of shuffle([...prepared], random)) {
      const memory: EntityMemory = new Map();
      for (const { input, gold } of document) {
        let last: { features: Int32Array; count: number } | undefined;
        const guesses = decode(
          input,
          labels.length,
          memory,
          (features, count, scores) => {
            trainer.score(features, count, scores as Float64Array);
            last = { features, count };
          },
          (guess, i) => {
            trainer.update(last!.features, last!.count, gold[i]!, guess);
            trainer.tick();
            return guess;
          },
        );
        guesses.forEach((guess, i) => {
          if (guess === gold[i]) correct++;
        });
        total += gold.length;
      }
    }
    settings.progress?.(epoch, correct / Math.max(1, total), () => trainer.compile(settings.minWeight));
  }
  const fullHeader: EntityModelHeader = { format: 'newsgraph-entities', ...header, gazetteer: [...gazetteer].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
  return createEntityModel(fullHeader, trainer.compile(settings.minWeight));
}

/** Builds a model from its header and weights. */
export function createEntityModel(header: EntityModelHeader, weights: CompiledWeights): EntityModel {
  return { header, labels: entityLabels(header.types), gazetteer: new Map(header.gazetteer), weights };
}

const loaded = new Map<string, EntityModel>();

/** Loads an entity model file (the shipped one by default); cached per process and path. */
export function loadEntityModel(path: string = DEFAULT_ENTITY_MODEL_PATH): EntityModel {
  const cached = loaded.get(path);
  if (cached) return cached;
  let content: ReturnType<typeof readModelFile<EntityModelHeader>>;
  try {
    content = readModelFile<EntityModelHeader>(path);
  } catch (error) {
    throw new KgError(`entities: cannot read the entity model ${path} (${(error as Error).message}); run \`npm run train:entities\``, { cause: error });
  }
  const weights = content.weights.entities;
  if (content.header.format !== 'newsgraph-entities' || !weights || !Array.isArray(content.header.types)) {
    throw new KgError(`entities: ${path} is not an entity model (no entity weights or types); run \`npm run train:entities\` to rebuild it`);
  }
  const model = createEntityModel(content.header, weights);
  loaded.set(path, model);
  return model;
}

/** Writes an entity model file; returns its size in bytes. */
export function saveEntityModel(path: string, model: EntityModel): number {
  return writeModelFile(path, { header: model.header, weights: { entities: model.weights } });
}
