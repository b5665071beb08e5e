/**
 * Averaged perceptron over hashed integer features, in typed arrays. Each feature keeps a
 * chain of (class, weight) entries for the classes it was ever updated for, so memory follows
 * the updates, not features × classes. Training averages with the "w − u/c" trick (no
 * timestamps); `compile` prunes small weights and quantises the rest to 16-bit integers for
 * the shipped model, whose lookups are an open-addressing table probed with the feature hash.
 */

/** Averaged perceptron being trained. */
export class PerceptronTrainer {
  readonly classes: number;
  private mask: number;
  private keys: Int32Array;
  private heads: Int32Array;
  private features = 0;
  private entryClass = new Int32Array(1 << 16);
  private entryNext = new Int32Array(1 << 16);
  private weight = new Float64Array(1 << 16);
  private accumulated = new Float64Array(1 << 16);
  private entries = 0;
  /** Instances seen, from 1: the averaging clock. */
  private clock = 1;

  constructor(classes: number, tableBits = 16) {
    this.classes = classes;
    this.keys = new Int32Array(1 << tableBits);
    this.heads = new Int32Array(1 << tableBits).fill(-1);
    this.mask = (1 << tableBits) - 1;
  }

  /** Adds the current (not averaged) weights of `features[0..count)` to `scores`. */
  score(features: Int32Array, count: number, scores: Float64Array): void {
    scores.fill(0);
    for (let f = 0; f < count; f++) {
      const slot = this.find(features[f]!);
      if (slot < 0) continue;
      for (let e = this.heads[slot]!; e >= 0; e = this.entryNext[e]!) scores[this.entryClass[e]!]! += this.weight[e]!;
    }
  }

  /** Moves the weights towards `truth` and away from `guess` for the given features. */
  update(features: Int32Array, count: number, truth: number, guess: number): void {
    if (truth === guess) return;
    for (let f = 0; f < count; f++) {
      const slot = this.insert(features[f]!);
      this.add(slot, truth, 1);
      this.add(slot, guess, -1);
    }
  }

  /** Advances the averaging clock: call once per training instance. */
  tick(): void {
    this.clock++;
  }

  /**
   * The averaged weights, pruned (entries whose |weight| is below `minWeight` are dropped)
   * and quantised to 16 bits.
   */
  compile(minWeight = 0): CompiledWeights {
    const chains: { key: number; classes: number[]; weights: number[] }[] = [];
    let maxAbs = 0;
    for (let slot = 0; slot <= this.mask; slot++) {
      const key = this.keys[slot]!;
      if (key === 0) continue;
      const classes: number[] = [];
      const weights: number[] = [];
      for (let e = this.heads[slot]!; e >= 0; e = this.entryNext[e]!) {
        const averaged = this.weight[e]! - this.accumulated[e]! / this.clock;
        if (Math.abs(averaged) < minWeight || averaged === 0) continue;
        classes.push(this.entryClass[e]!);
        weights.push(averaged);
        maxAbs = Math.max(maxAbs, Math.abs(averaged));
      }
      if (classes.length > 0) chains.push({ key, classes, weights });
    }
    chains.sort((a, b) => (a.key >>> 0) - (b.key >>> 0));
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const total = chains.reduce((sum, chain) => sum + chain.classes.length, 0);
    const keys = new Int32Array(chains.length);
    const lengths = new Uint16Array(chains.length);
    const classes = new Uint16Array(total);
    const weights = new Int16Array(total);
    let at = 0;
    chains.forEach((chain, i) => {
      keys[i] = chain.key;
      lengths[i] = chain.classes.length;
      const order = chain.classes.map((_, j) => j).sort((x, y) => chain.classes[x]! - chain.classes[y]!);
      for (const j of order) {
        classes[at] = chain.classes[j]!;
        weights[at] = Math.round(chain.weights[j]! / scale);
        at++;
      }
    });
    return new CompiledWeights({ classCount: this.classes, scale, keys, lengths, classes, weights });
  }

  private add(slot: number, cls: number, delta: number): void {
    let e = this.heads[slot]!;
    while (e >= 0 && this.entryClass[e] !== cls) e = this.entryNext[e]!;
    if (e < 0) {
      if (this.entries === this.weight.length) this.growEntries();
      e = this.entries++;
      this.entryClass[e] = cls;
      this.entryNext[e] = this.heads[slot]!;
      this.heads[slot] = e;
    }
    this.weight[e]! += delta;
    this.accumulated[e]! += this.clock * delta;
  }

  private find(key: number): number {
    for (let slot = key & this.mask; ; slot = (slot + 1) & this.mask) {
      const found = this.keys[slot]!;
      if (found === key) return slot;
      if (found === 0) return -1;
    }
  }

  private insert(key: number): number {
    if ((this.features + 1) * 2 > this.mask) this.growTable();
    for (let slot = key & this.mask; ; slot = (slot + 1) & this.mask) {
      const found = this.keys[slot]!;
      if (found === key) return slot;
      if (found === 0) {
        this.keys[slot] = key;
        this.features++;
        return slot;
      }
    }
  }

  private growTable(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.heads = new Int32Array(oldKeys.length * 2).fill(-1);
    this.mask = this.keys.length - 1;
    for (let slot = 0; slot < oldKeys.length; slot++) {
      const key = oldKeys[slot]!;
      if (key === 0) continue;
      let to = key & this.mask;
      while (this.keys[to] !== 0) to = (to + 1) & this.mask;
      this.keys[to] = key;
      this.heads[to] = oldHeads[slot]!;
    }
  }

  private growEntries(): void {
    const size = this.weight.length * 2;
    const grow = <T extends Int32Array | Float64Array>(array: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(array);
      return next;
    };
    this.entryClass = grow(this.entryClass, (n) => new Int32Array(n));
    this.entryNext = grow(this.entryNext, (n) => new Int32Array(n));
    this.weight = grow(this.weight, (n) => new Float64Array(n));
    this.accumulated = grow(this.accumulated, (n) => new Float64Array(n));
  }
}

/** The stored form of a compiled model: features sorted by hash, each with its run of (class, weight). */
export interface WeightArrays {
  classCount: number;
  /** Weight = stored integer × scale. */
  scale: number;
  keys: Int32Array;
  lengths: Uint16Array;
  classes: Uint16Array;
  weights: Int16Array;
}

/** Tables of at most this many classes keep each feature's weights in its slot (two 16-bit weights a number), no indirection. */
const INLINE_CLASSES = 4;
/** Slots per key at least: a fuller table is smaller (the parser's must stay near the cache), at a few more probes per lookup. */
const MIN_SLOTS_PER_KEY = 1.5;

/**
 * Pruned, quantised weights for prediction. The keys are an array of their own, apart from what
 * a slot holds: most lookups are of features never seen in training, and those probe only the
 * keys, a quarter to a third of the memory (the parser's is about the size of a CPU's cache).
 */
export class CompiledWeights {
  readonly arrays: WeightArrays;
  readonly classCount: number;
  private readonly mask: number;
  /** Open-addressing table of feature hashes; 0 is an empty slot. */
  private readonly keys: Int32Array;
  /** Numbers per slot in `values`. */
  private readonly width: number;
  private readonly inline: boolean;
  /** Per slot: for few classes the weights packed two to a number, else (first entry, end of entries). */
  private readonly values: Int32Array;
  /** Entries as `class << 16 | weight & 0xffff`, so a feature's run is read from one array. */
  private readonly entries: Int32Array;

  constructor(arrays: WeightArrays) {
    this.arrays = arrays;
    this.classCount = arrays.classCount;
    this.inline = arrays.classCount <= INLINE_CLASSES;
    this.width = this.inline ? Math.ceil(arrays.classCount / 2) : 2;
    let size = 2;
    while (size < arrays.keys.length * MIN_SLOTS_PER_KEY) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.values = new Int32Array(size * this.width);
    this.entries = new Int32Array(this.inline ? 0 : arrays.weights.length);
    for (let e = 0; e < this.entries.length; e++) this.entries[e] = (arrays.classes[e]! << 16) | (arrays.weights[e]! & 0xffff);
    let at = 0;
    for (let i = 0; i < arrays.keys.length; i++) {
      const key = arrays.keys[i]!;
      let slot = key & this.mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      const base = slot * this.width;
      const end = at + arrays.lengths[i]!;
      if (this.inline) {
        for (let e = at; e < end; e++) {
          const cls = arrays.classes[e]!;
          this.values[base + (cls >> 1)]! |= cls & 1 ? arrays.weights[e]! << 16 : arrays.weights[e]! & 0xffff;
        }
      } else {
        this.values[base] = at;
        this.values[base + 1] = end;
      }
      at = end;
    }
  }

  /** Sums the integer weights of `features[0..count)` into `scores` (cleared first); compare scores, do not scale them. */
  score(features: Int32Array, count: number, scores: Int32Array): void {
    scores.fill(0);
    const { keys, values, mask, entries, width, inline, classCount } = this;
    for (let f = 0; f < count; f++) {
      const key = features[f]!;
      for (let slot = key & mask; ; slot = (slot + 1) & mask) {
        const found = keys[slot]!;
        if (found === key) {
          const base = slot * width;
          if (inline) {
            for (let c = 0, at = base; c < classCount; c += 2, at++) {
              const pair = values[at]!;
              scores[c]! += (pair << 16) >> 16;
              if (c + 1 < classCount) scores[c + 1]! += pair >> 16;
            }
          } else {
            for (let e = values[base]!, end = values[base + 1]!; e < end; e++) {
              const entry = entries[e]!;
              scores[entry >>> 16]! += (entry << 16) >> 16;
            }
          }
          break;
        }
        if (found === 0) break;
      }
    }
  }
}
