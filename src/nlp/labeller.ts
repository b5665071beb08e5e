/**
 * Dependency relation labeller: given a whole unlabelled tree, an averaged perceptron picks each
 * arc's UD relation (with subtypes: `nsubj:pass`, `obl:agent`, `nmod:poss`, …) from the two
 * words, their tags, direction and distance, the head's head, and the words and tags of the
 * dependent's children and of its siblings (an `aux:pass` sibling makes a subject `nsubj:pass`,
 * a `by` child makes an `obl` an agent). The root word is always `root` and no other word is.
 */
import { mix, seededRandom, shuffle } from './hash.ts';
import type { LexicalHashes } from './lexical.ts';
import { type CompiledWeights, PerceptronTrainer } from './perceptron.ts';

/** Labeller input: word hashes, tag class ids and heads (0-based, -1 root). */
export interface LabellerInput {
  words: LexicalHashes;
  tags: Int32Array;
  heads: Int32Array;
}

const ROOT = 0x2f6b1c3d;
const NONE = 0x4a7c15e9;
/** Most features a token can have: fixed ones plus four per child and three per sibling, capped. */
const MAX_FEATURES = 160;

/** Children of every word, in order. */
function childrenOf(heads: Int32Array): number[][] {
  const children: number[][] = Array.from({ length: heads.length }, () => []);
  heads.forEach((head, d) => {
    if (head >= 0) children[head]!.push(d);
  });
  return children;
}

/** Writes the features of word `d`'s arc into `out`; returns how many. */
function labelFeatures(input: LabellerInput, dependents: readonly number[], siblings: readonly number[], d: number, out: Int32Array): number {
  const { words, tags, heads } = input;
  const n = tags.length;
  const h = heads[d]!;
  const dw = words.lower[d]!, dt = tags[d]!;
  const hw = h < 0 ? ROOT : words.lower[h]!, ht = h < 0 ? ROOT : tags[h]!;
  const hh = h < 0 ? -1 : heads[h]!;
  const hht = h < 0 || hh < -1 ? NONE : hh < 0 ? ROOT : tags[hh]!;
  const direction = h < 0 ? 0 : h < d ? 1 : 2;
  const distance = h < 0 ? 0 : Math.min(Math.abs(h - d), 8);
  const before = d > 0 ? tags[d - 1]! : NONE;
  const after = d + 1 < n ? tags[d + 1]! : NONE;
  let f = 0;
  out[f++] = mix(1, dw);
  out[f++] = mix(2, dt);
  out[f++] = mix(3, hw);
  out[f++] = mix(4, ht);
  out[f++] = mix(5, dt, ht);
  out[f++] = mix(6, dw, ht);
  out[f++] = mix(7, dt, hw);
  out[f++] = mix(8, dw, hw);
  out[f++] = mix(9, direction, distance);
  out[f++] = mix(10, dt, ht, direction);
  out[f++] = mix(11, ht, hht);
  out[f++] = mix(12, dt, ht, hht);
  out[f++] = mix(13, before);
  out[f++] = mix(14, after);
  out[f++] = mix(15, dt, before);
  out[f++] = mix(16, dt, after);
  out[f++] = mix(17, words.exact[d]!);
  out[f++] = mix(18, words.suffix3[d]!, dt);
  out[f++] = mix(19, dt, ht, distance);
  out[f++] = mix(20, dt, Math.min(dependents.length, 5));
  out[f++] = mix(21, d === 0 ? 1 : 0, dt);
  out[f++] = mix(22, hw, dt, direction);
  out[f++] = mix(23, hh < 0 ? NONE : words.lower[hh]!, dt);
  out[f++] = mix(24, dt, hw, hht);
  out[f++] = mix(25, words.suffix3[d]!, ht);
  out[f++] = mix(26, h < 0 ? NONE : words.suffix3[h]!, ht, dt);
  out[f++] = mix(27, dw, ht, direction);
  for (const c of dependents) {
    if (f + 4 > MAX_FEATURES) break;
    const side = c < d ? 1 : 2;
    out[f++] = mix(30, tags[c]!, side);
    out[f++] = mix(31, words.lower[c]!, side);
    out[f++] = mix(32, dt, words.lower[c]!);
    out[f++] = mix(33, dt, ht, tags[c]!);
  }
  if (h >= 0) {
    for (const s of siblings) {
      if (s === d) continue;
      if (f + 3 > MAX_FEATURES) break;
      const side = (s < d ? 1 : 2) + (s < h ? 0 : 2);
      out[f++] = mix(40, tags[s]!, side);
      out[f++] = mix(41, dt, words.lower[s]!, side);
      out[f++] = mix(42, ht, words.lower[s]!);
    }
  }
  return f;
}

/** Labels every arc of a parsed sentence; `rootLabel` is the class index of `root`. */
export function label(weights: CompiledWeights, input: LabellerInput, rootLabel: number): Int32Array {
  const n = input.tags.length;
  const labels = new Int32Array(n);
  const children = childrenOf(input.heads);
  const features = new Int32Array(MAX_FEATURES);
  const scores = new Int32Array(weights.classCount);
  for (let d = 0; d < n; d++) {
    if (input.heads[d]! < 0) {
      labels[d] = rootLabel;
      continue;
    }
    weights.score(features, labelFeatures(input, children[d]!, children[input.heads[d]!]!, d, features), scores);
    let best = -1;
    for (let c = 0; c < scores.length; c++) {
      if (c !== rootLabel && (best < 0 || scores[c]! > scores[best]!)) best = c;
    }
    labels[d] = best;
  }
  return labels;
}

/**
 * Labels the arc of `d` in a tree being built: `input.heads` has -2 for words not attached yet,
 * so only the children and siblings found so far count. Used for the parser's label features.
 */
export function labelPartialArc(weights: CompiledWeights, input: LabellerInput, d: number, rootLabel: number, scratch: LabelScratch): number {
  const { heads } = input;
  const h = heads[d]!;
  scratch.dependents.length = 0;
  scratch.siblings.length = 0;
  for (let k = 0; k < heads.length; k++) {
    if (heads[k] === d) scratch.dependents.push(k);
    else if (heads[k] === h && k !== d) scratch.siblings.push(k);
  }
  weights.score(scratch.features, labelFeatures(input, scratch.dependents, scratch.siblings, d, scratch.features), scratch.scores);
  let best = -1;
  for (let c = 0; c < scratch.scores.length; c++) if (c !== rootLabel && (best < 0 || scratch.scores[c]! > scratch.scores[best]!)) best = c;
  return best;
}

/** Buffers reused across `labelPartialArc` calls. */
export interface LabelScratch {
  dependents: number[];
  siblings: number[];
  features: Int32Array;
  scores: Int32Array;
}

/** Buffers for `labelPartialArc` with a labeller of `classCount` relations. */
export function labelScratch(classCount: number): LabelScratch {
  return { dependents: [], siblings: [], features: new Int32Array(MAX_FEATURES), scores: new Int32Array(classCount) };
}

/** A training sentence: input (gold heads) and gold label indices. */
export interface LabellerExample {
  input: LabellerInput;
  labels: Int32Array;
}

/** Training settings. */
export interface LabellerTrainOptions {
  epochs: number;
  seed: number;
  minWeight: number;
  progress?: (epoch: number, accuracy: number) => void;
}

const TRAIN_DEFAULTS: LabellerTrainOptions = { epochs: 8, seed: 1, minWeight: 0 };

/** Trains the labeller over `classCount` relations. */
export function trainLabeller(examples: LabellerExample[], classCount: number, rootLabel: number, options: Partial<LabellerTrainOptions> = {}) {
  const settings = { ...TRAIN_DEFAULTS, ...options };
  const trainer = new PerceptronTrainer(classCount, 18);
  const random = seededRandom(settings.seed);
  const features = new Int32Array(MAX_FEATURES);
  const scores = new Float64Array(classCount);
  const prepared = examples.map((example) => ({ ...example, children: childrenOf(example.input.heads) }));
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const { input, labels, children } of shuffle([...prepared], random)) {
      for (let d = 0; d < labels.length; d++) {
        if (input.heads[d]! < 0) continue;
        const count = labelFeatures(input, children[d]!, children[input.heads[d]!]!, d, features);
        trainer.score(features, count, scores);
        let guess = -1;
        for (let c = 0; c < classCount; c++) if (c !== rootLabel && (guess < 0 || scores[c]! > scores[guess]!)) guess = c;
        trainer.update(features, count, labels[d]!, guess);
        trainer.tick();
        if (guess === labels[d]) correct++;
        total++;
      }
    }
    settings.progress?.(epoch, correct / Math.max(1, total));
  }
  return trainer.compile(settings.minWeight);
}
