/**
 * Unlabelled transition-based dependency parser: arc-hybrid transitions (Kuhlmann et al. 2011)
 * with the root at the end of the buffer (so exactly one word attaches to it), an averaged
 * perceptron over Zhang & Nivre-style features, and training with Goldberg & Nivre's dynamic
 * oracle and error exploration. Gold trees are projectivised by lifting before training;
 * parses are projective. Each arc is labelled as it is made (`labelPartialArc`) so later moves
 * see the relations of the children; the final relations come from `labeller.ts` on the whole tree.
 */
import { mix, seededRandom, shuffle } from './hash.ts';
import type { LexicalHashes } from './lexical.ts';
import { type CompiledWeights, PerceptronTrainer } from './perceptron.ts';
import { labelPartialArc, labelScratch, type LabelScratch } from './labeller.ts';

const SHIFT = 0;
const LEFT = 1;
// Move 2 is RIGHT: the branch taken when a move is neither SHIFT nor LEFT.
const MOVES = 3;
const FEATURE_COUNT = 104;
const NONE = 0x5bd1e995;
const ROOT = 0x1b873593;

/** Parser input for one sentence: word hashes, tag class ids and their coarse (UPOS) ids. */
export interface ParserInput {
  words: LexicalHashes;
  tags: Int32Array;
  coarse: Int32Array;
}

/** Parser configuration: stack, buffer front and the arcs built so far (heads; `n` is the root). */
class State {
  readonly n: number;
  readonly stack: Int32Array;
  depth = 0;
  front = 0;
  readonly heads: Int32Array;
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;
  /** Relation of each attached word, given by the labeller as the arc is made (features for later moves). */
  readonly labels: Int32Array;
  /** Heads as the labeller reads them: 0-based, -1 for the root, -2 while unattached. */
  readonly partial: Int32Array;
  /** The word the last LEFT or RIGHT attached. */
  attached = -1;

  constructor(n: number) {
    this.n = n;
    this.stack = new Int32Array(n + 1);
    this.heads = new Int32Array(n + 1).fill(-1);
    this.left1 = new Int32Array(n + 1).fill(-1);
    this.left2 = new Int32Array(n + 1).fill(-1);
    this.right1 = new Int32Array(n + 1).fill(-1);
    this.right2 = new Int32Array(n + 1).fill(-1);
    this.leftCount = new Int32Array(n + 1);
    this.rightCount = new Int32Array(n + 1);
    this.labels = new Int32Array(n + 1);
    this.partial = new Int32Array(n).fill(-2);
  }

  done(): boolean {
    return this.depth === 0 && this.front === this.n;
  }

  /** Whether a move is allowed; the root takes a dependent only when it is the last word left. */
  valid(move: number): boolean {
    if (move === SHIFT) return this.front < this.n;
    if (move === LEFT) return this.depth > 0 && (this.front < this.n || this.depth === 1);
    return this.depth > 1;
  }

  apply(move: number): void {
    if (move === SHIFT) {
      this.stack[this.depth++] = this.front++;
    } else if (move === LEFT) {
      this.arc(this.front, this.stack[--this.depth]!);
    } else {
      const dependent = this.stack[--this.depth]!;
      this.arc(this.stack[this.depth - 1]!, dependent);
    }
  }

  private arc(head: number, dependent: number): void {
    this.heads[dependent] = head;
    this.partial[dependent] = head === this.n ? -1 : head;
    this.attached = dependent;
    if (dependent < head) {
      this.leftCount[head]!++;
      if (this.left1[head]! < 0 || dependent < this.left1[head]!) {
        this.left2[head] = this.left1[head]!;
        this.left1[head] = dependent;
      } else if (this.left2[head]! < 0 || dependent < this.left2[head]!) this.left2[head] = dependent;
    } else {
      this.rightCount[head]!++;
      if (dependent > this.right1[head]!) {
        this.right2[head] = this.right1[head]!;
        this.right1[head] = dependent;
      } else if (dependent > this.right2[head]!) this.right2[head] = dependent;
    }
  }

  /** Cost of each move under the dynamic oracle for the projective tree `gold` (heads, `n` for the root). */
  cost(move: number, gold: Int32Array): number {
    const { stack, depth, front, n } = this;
    const s0 = depth > 0 ? stack[depth - 1]! : -1;
    let cost = 0;
    if (move === SHIFT) {
      const goldHead = gold[front]!;
      for (let k = 0; k < depth; k++) {
        const item = stack[k]!;
        if (gold[item] === front) cost++;
        if (goldHead === item && item !== s0) cost++;
      }
      return cost;
    }
    for (let d = front; d < n; d++) if (gold[d] === s0) cost++;
    const head = gold[s0]!;
    if (move === LEFT) {
      const s1 = depth > 1 ? stack[depth - 2]! : -1;
      if (head !== front && (head === s1 || head > front)) cost++;
    } else if (head >= front) cost++;
    return cost;
  }
}

/** The value of a position: NONE when absent, ROOT for the root (module level: no closure per call in the hot loop). */
function valueAt(values: Int32Array, i: number, n: number): number {
  return i < 0 ? NONE : i === n ? ROOT : values[i]!;
}

function childAt(children: Int32Array, i: number): number {
  return i < 0 ? -1 : children[i]!;
}

/** Writes the features of a state into `out`; returns how many. */
function parseFeatures(state: State, input: ParserInput, out: Int32Array): number {
  const { stack, depth, front, n, left1, left2, right1, right2 } = state;
  const { lower, suffix3 } = input.words;
  const { tags, coarse } = input;
  const s0 = depth > 0 ? stack[depth - 1]! : -1;
  const s1 = depth > 1 ? stack[depth - 2]! : -1;
  const s2 = depth > 2 ? stack[depth - 3]! : -1;
  const b0 = front;
  const b1 = front + 1 <= n ? front + 1 : -1;
  const b2 = front + 2 <= n ? front + 2 : -1;
  const s0L = childAt(left1, s0);
  const s0L2 = childAt(left2, s0);
  const s0R = childAt(right1, s0);
  const s0R2 = childAt(right2, s0);
  const s1L = childAt(left1, s1);
  const s1R = childAt(right1, s1);
  const s1R2 = childAt(right2, s1);
  const b0L = childAt(left1, b0);
  const b0L2 = childAt(left2, b0);
  const labels = state.labels;
  const s0w = valueAt(lower, s0, n), s0t = valueAt(tags, s0, n), s1w = valueAt(lower, s1, n), s1t = valueAt(tags, s1, n);
  const b0w = valueAt(lower, b0, n), b0t = valueAt(tags, b0, n), b1w = valueAt(lower, b1, n), b1t = valueAt(tags, b1, n);
  const b2t = valueAt(tags, b2, n), s2t = valueAt(tags, s2, n);
  const s0c = valueAt(coarse, s0, n), s1c = valueAt(coarse, s1, n), s2c = valueAt(coarse, s2, n);
  const b0c = valueAt(coarse, b0, n), b1c = valueAt(coarse, b1, n), b2c = valueAt(coarse, b2, n);
  const s0wt = mix(0, s0w, s0t), b0wt = mix(0, b0w, b0t), s1wt = mix(0, s1w, s1t);
  const distance = s0 < 0 ? 0 : Math.min(b0 - s0, 6);
  const between = s1 < 0 || s0 < 0 ? 0 : Math.min(s0 - s1, 6);
  const s0vl = s0 < 0 ? 0 : state.leftCount[s0]!, s0vr = s0 < 0 ? 0 : state.rightCount[s0]!;
  const b0vl = state.leftCount[b0]!, s1vr = s1 < 0 ? 0 : state.rightCount[s1]!;
  let f = 0;
  out[f++] = mix(1, s0w);
  out[f++] = mix(2, s0t);
  out[f++] = mix(3, s0wt);
  out[f++] = mix(4, s1w);
  out[f++] = mix(5, s1t);
  out[f++] = mix(6, s1wt);
  out[f++] = mix(7, b0w);
  out[f++] = mix(8, b0t);
  out[f++] = mix(9, b0wt);
  out[f++] = mix(10, b1w);
  out[f++] = mix(11, b1t);
  out[f++] = mix(12, b1w, b1t);
  out[f++] = mix(13, valueAt(lower, b2, n));
  out[f++] = mix(14, b2t);
  out[f++] = mix(15, s0wt, b0wt);
  out[f++] = mix(16, s0wt, b0w);
  out[f++] = mix(17, s0w, b0wt);
  out[f++] = mix(18, s0wt, b0t);
  out[f++] = mix(19, s0t, b0wt);
  out[f++] = mix(20, s0w, b0w);
  out[f++] = mix(21, s0t, b0t);
  out[f++] = mix(22, b0t, b1t);
  out[f++] = mix(23, b0t, b1t, b2t);
  out[f++] = mix(24, s0t, b0t, b1t);
  out[f++] = mix(25, s1t, s0t, b0t);
  out[f++] = mix(26, s0t, valueAt(tags, s0L, n), b0t);
  out[f++] = mix(27, s0t, valueAt(tags, s0R, n), b0t);
  out[f++] = mix(28, s0t, b0t, valueAt(tags, b0L, n));
  out[f++] = mix(29, s1t, s0t, valueAt(tags, s0L, n));
  out[f++] = mix(30, s1t, s0t, valueAt(tags, s0R, n));
  out[f++] = mix(31, s1t, valueAt(tags, s1R, n), s0t);
  out[f++] = mix(32, s2t, s1t, s0t);
  out[f++] = mix(33, s0w, distance);
  out[f++] = mix(34, s0t, distance);
  out[f++] = mix(35, b0w, distance);
  out[f++] = mix(36, b0t, distance);
  out[f++] = mix(37, s0w, b0w, distance);
  out[f++] = mix(38, s0t, b0t, distance);
  out[f++] = mix(39, s0w, s0vr);
  out[f++] = mix(40, s0t, s0vr);
  out[f++] = mix(41, s0w, s0vl);
  out[f++] = mix(42, s0t, s0vl);
  out[f++] = mix(43, b0w, b0vl);
  out[f++] = mix(44, b0t, b0vl);
  out[f++] = mix(45, s1w, s1vr);
  out[f++] = mix(46, s1t, s1vr);
  out[f++] = mix(47, valueAt(lower, s0L, n));
  out[f++] = mix(48, valueAt(tags, s0L, n));
  out[f++] = mix(49, valueAt(lower, s0R, n));
  out[f++] = mix(50, valueAt(tags, s0R, n));
  out[f++] = mix(51, valueAt(lower, b0L, n));
  out[f++] = mix(52, valueAt(tags, b0L, n));
  out[f++] = mix(53, valueAt(lower, s1R, n));
  out[f++] = mix(54, valueAt(tags, s1R, n));
  out[f++] = mix(55, valueAt(tags, s1L, n));
  out[f++] = mix(56, s0t, valueAt(tags, s0L, n), valueAt(tags, s0L2, n));
  out[f++] = mix(57, s0t, valueAt(tags, s0R, n), valueAt(tags, s0R2, n));
  out[f++] = mix(58, b0t, valueAt(tags, b0L, n), valueAt(tags, b0L2, n));
  out[f++] = mix(59, s1t, valueAt(tags, s1R, n), valueAt(tags, s1R2, n));
  out[f++] = mix(60, s1w, s0w);
  out[f++] = mix(61, s1t, s0t);
  out[f++] = mix(62, s1w, s0t);
  out[f++] = mix(63, s1t, s0w);
  out[f++] = mix(64, s1wt, s0wt);
  out[f++] = mix(65, s1t, s0t, between);
  out[f++] = mix(66, Math.min(depth, 4), b0 === n ? 1 : 0, b0t);
  out[f++] = mix(67, s0c, b0c);
  out[f++] = mix(68, s1c, s0c, b0c);
  out[f++] = mix(69, s0c, b0c, b1c);
  out[f++] = mix(70, s1c, b0c);
  out[f++] = mix(71, s1t, b0t);
  out[f++] = mix(72, s1w, b0w);
  out[f++] = mix(73, s1wt, s0t, b0t);
  out[f++] = mix(74, s1t, s0wt, b0t);
  out[f++] = mix(75, s1t, s0t, b0wt);
  out[f++] = mix(76, valueAt(suffix3, s0, n), s0t);
  out[f++] = mix(77, valueAt(suffix3, b0, n), b0t);
  out[f++] = mix(78, s2c, s1c, s0c);
  out[f++] = mix(79, b0c, b1c, b2c);
  out[f++] = mix(80, s0c, valueAt(coarse, s0L, n), valueAt(coarse, s0R, n));
  out[f++] = mix(81, b0w, b1w);
  out[f++] = mix(82, s0w, b0t, b1t);
  out[f++] = mix(83, s0t, valueAt(labels, s0L, n));
  out[f++] = mix(84, s0t, valueAt(labels, s0R, n));
  out[f++] = mix(85, b0t, valueAt(labels, b0L, n));
  out[f++] = mix(86, s1t, valueAt(labels, s1R, n));
  out[f++] = mix(87, s0t, valueAt(labels, s0L, n), valueAt(labels, s0L2, n));
  out[f++] = mix(88, b0t, valueAt(labels, b0L, n), valueAt(labels, b0L2, n));
  out[f++] = mix(89, s0w, valueAt(labels, s0L, n));
  out[f++] = mix(90, s0w, valueAt(labels, s0R, n));
  out[f++] = mix(91, b0w, valueAt(labels, b0L, n));
  out[f++] = mix(92, s0t, valueAt(labels, s0R, n), valueAt(labels, s0R2, n));
  // Second-leftmost/rightmost children on their own (Zhang & Nivre's third-order unigrams), and the children's relations alone.
  out[f++] = mix(93, valueAt(lower, s0L2, n));
  out[f++] = mix(94, valueAt(tags, s0L2, n));
  out[f++] = mix(95, valueAt(labels, s0L2, n));
  out[f++] = mix(96, valueAt(lower, s0R2, n));
  out[f++] = mix(97, valueAt(tags, s0R2, n));
  out[f++] = mix(98, valueAt(labels, s0R2, n));
  out[f++] = mix(99, valueAt(lower, b0L2, n));
  out[f++] = mix(100, valueAt(tags, b0L2, n));
  out[f++] = mix(101, valueAt(labels, b0L2, n));
  out[f++] = mix(102, valueAt(labels, s0L, n));
  out[f++] = mix(103, valueAt(labels, s0R, n));
  out[f++] = mix(104, valueAt(labels, b0L, n));
  return f;
}

/** The labeller that names each arc as it is made, so later moves see the relations of the children. */
export interface ArcLabeller {
  weights: CompiledWeights;
  rootLabel: number;
}

/** Applies a move and, when it made an arc, labels it. */
function applyLabelled(state: State, move: number, input: ParserInput, labeller: ArcLabeller, scratch: LabelScratch): void {
  state.apply(move);
  if (move === SHIFT) return;
  const d = state.attached;
  state.labels[d] = state.partial[d] === -1 ? labeller.rootLabel
    : labelPartialArc(labeller.weights, { words: input.words, tags: input.tags, heads: state.partial }, d, labeller.rootLabel, scratch);
}

/** Parses one sentence; returns each word's head (0-based, -1 for the root). */
export function parse(weights: CompiledWeights, input: ParserInput, labeller: ArcLabeller): Int32Array {
  const n = input.tags.length;
  const state = new State(n);
  const features = new Int32Array(FEATURE_COUNT);
  const scores = new Int32Array(MOVES);
  const scratch = labelScratch(labeller.weights.classCount);
  while (!state.done()) {
    const forced = onlyValid(state);
    if (forced < 0) weights.score(features, parseFeatures(state, input, features), scores);
    applyLabelled(state, forced >= 0 ? forced : bestValid(state, scores), input, labeller, scratch);
  }
  const heads = new Int32Array(n);
  for (let i = 0; i < n; i++) heads[i] = state.heads[i] === n ? -1 : state.heads[i]!;
  return heads;
}

/** The one valid move when there is only one (an empty stack shifts; the root waits for the rest), else -1: no scoring needed. */
function onlyValid(state: State): number {
  let only = -1;
  for (let move = 0; move < MOVES; move++) {
    if (!state.valid(move)) continue;
    if (only >= 0) return -1;
    only = move;
  }
  return only;
}

function bestValid(state: State, scores: ArrayLike<number>): number {
  let best = -1;
  for (let move = 0; move < MOVES; move++) {
    if (state.valid(move) && (best < 0 || scores[move]! > scores[best]!)) best = move;
  }
  return best;
}

/** A training sentence: input and gold heads (0-based, -1 root), possibly non-projective. */
export interface ParserExample {
  input: ParserInput;
  heads: Int32Array;
}

/** Training settings. */
export interface ParserTrainOptions {
  epochs: number;
  seed: number;
  /** From this epoch on, the predicted move is followed with probability `explore` (error exploration). */
  exploreFrom: number;
  explore: number;
  minWeight: number;
  progress?: (epoch: number, accuracy: number) => void;
  /** Names arcs as they are made (label features). */
  labeller: ArcLabeller;
  /** Called after each epoch but the last with the averaged weights so far (to score a dev set while choosing epochs). */
  evaluate?: (weights: CompiledWeights, epoch: number) => void;
}

const TRAIN_DEFAULTS: Omit<ParserTrainOptions, 'labeller'> = { epochs: 10, seed: 1, exploreFrom: 2, explore: 0.9, minWeight: 0 };

/** Trains the parser with the dynamic oracle. */
export function trainParser(examples: ParserExample[], options: Partial<ParserTrainOptions> & { labeller: ArcLabeller }): CompiledWeights {
  const settings = { ...TRAIN_DEFAULTS, ...options };
  const trainer = new PerceptronTrainer(MOVES, 20);
  const random = seededRandom(settings.seed);
  const features = new Int32Array(FEATURE_COUNT);
  const scores = new Float64Array(MOVES);
  const costs = new Int32Array(MOVES);
  const scratch = labelScratch(settings.labeller.weights.classCount);
  const prepared = examples.map((example) => ({ input: example.input, gold: projectivize(example.heads) }));
  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    let correct = 0;
    let total = 0;
    for (const { input, gold } of shuffle([...prepared], random)) {
      const state = new State(gold.length - 1);
      while (!state.done()) {
        const count = parseFeatures(state, input, features);
        trainer.score(features, count, scores);
        let minCost = Infinity;
        for (let move = 0; move < MOVES; move++) {
          costs[move] = state.valid(move) ? state.cost(move, gold) : -1;
          if (costs[move]! >= 0) minCost = Math.min(minCost, costs[move]!);
        }
        const guess = bestValid(state, scores);
        let best = -1;
        for (let move = 0; move < MOVES; move++) {
          if (costs[move] === minCost && (best < 0 || scores[move]! > scores[best]!)) best = move;
        }
        if (costs[guess] !== minCost) trainer.update(features, count, best, guess);
        else correct++;
        total++;
        trainer.tick();
        const follow = epoch >= settings.exploreFrom && random() < settings.explore ? guess : best;
        applyLabelled(state, follow, input, settings.labeller, scratch);
      }
    }
    settings.progress?.(epoch, correct / Math.max(1, total));
    if (settings.evaluate && epoch < settings.epochs) settings.evaluate(trainer.compile(settings.minWeight), epoch);
  }
  return trainer.compile(settings.minWeight);
}

/**
 * Lifts non-projective arcs (the shortest first) to the head's head until the tree is
 * projective. Returns heads with the root as `n` (index past the last word) and a last
 * entry for the root itself.
 */
export function projectivize(heads: Int32Array): Int32Array {
  const n = heads.length;
  const gold = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) gold[i] = heads[i]! < 0 ? n : heads[i]!;
  gold[n] = -1;
  for (;;) {
    let shortest = -1;
    let shortestLength = Infinity;
    for (let d = 0; d < n; d++) {
      const h = gold[d]!;
      const length = Math.abs(h - d);
      if (length < shortestLength && !isProjectiveArc(gold, h, d)) [shortest, shortestLength] = [d, length];
    }
    if (shortest < 0) return gold;
    gold[shortest] = gold[gold[shortest]!]!;
  }
}

/** Whether every word strictly between `h` and `d` descends from `h`. */
function isProjectiveArc(gold: Int32Array, h: number, d: number): boolean {
  const from = Math.min(h, d) + 1;
  const to = Math.max(h, d);
  for (let k = from; k < to; k++) {
    let a = k;
    while (a !== h && a >= 0) a = gold[a]!;
    if (a !== h) return false;
  }
  return true;
}
