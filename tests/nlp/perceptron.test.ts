// The compiled weight tables: whatever their layout (few classes packed two 16-bit weights to a
// number, many classes in runs of entries), a lookup must sum exactly the stored weights.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/nlp/hash.ts';
import { CompiledWeights, PerceptronTrainer, type WeightArrays } from '../../src/nlp/perceptron.ts';

/** The scores read straight from the stored arrays, feature by feature: what `score` must give. */
function expectedScores(arrays: WeightArrays, features: Int32Array): number[] {
  const scores = new Array<number>(arrays.classCount).fill(0);
  const start = new Map<number, [number, number]>();
  let at = 0;
  arrays.keys.forEach((key, i) => {
    start.set(key, [at, at + arrays.lengths[i]!]);
    at += arrays.lengths[i]!;
  });
  for (const feature of features) {
    const run = start.get(feature);
    if (!run) continue;
    for (let e = run[0]; e < run[1]; e++) scores[arrays.classes[e]!]! += arrays.weights[e]!;
  }
  return scores;
}

/** A trainer pushed around at random, so weights of both signs land on every class. */
function trained(classes: number): CompiledWeights {
  const trainer = new PerceptronTrainer(classes, 8);
  const random = seededRandom(7);
  const features = new Int32Array(6);
  for (let step = 0; step < 4000; step++) {
    for (let f = 0; f < features.length; f++) features[f] = 1 + Math.floor(random() * 600);
    const truth = Math.floor(random() * classes);
    trainer.update(features, features.length, truth, (truth + 1 + Math.floor(random() * (classes - 1))) % classes);
    trainer.tick();
  }
  return trainer.compile();
}

describe('compiled weights', () => {
  it.each([2, 3, 4, 7, 51])('score %i classes exactly as stored, negative weights and unseen features included', (classes) => {
    const weights = trained(classes);
    const { arrays } = weights;
    expect(arrays.keys.length).toBeGreaterThan(500);
    expect(Math.min(...arrays.weights)).toBeLessThan(0);
    expect(Math.max(...arrays.weights)).toBeGreaterThan(0);
    const random = seededRandom(3);
    const scores = new Int32Array(classes);
    for (let probe = 0; probe < 200; probe++) {
      // Features 601–800 were never seen: they must add nothing.
      const features = Int32Array.from({ length: 12 }, () => 1 + Math.floor(random() * 800));
      weights.score(features, features.length, scores);
      expect([...scores]).toEqual(expectedScores(arrays, features));
    }
  });

  it('scores the extreme 16-bit weights of a packed table without carrying between the halves', () => {
    const arrays: WeightArrays = {
      classCount: 3, scale: 1, keys: Int32Array.from([5, 9]), lengths: Uint16Array.from([3, 2]),
      classes: Uint16Array.from([0, 1, 2, 0, 1]), weights: Int16Array.from([-32767, 32767, -1, -1, -32768]),
    };
    const scores = new Int32Array(3);
    new CompiledWeights(arrays).score(Int32Array.from([5, 9, 9]), 3, scores);
    expect([...scores]).toEqual([-32767 - 2, 32767 - 65536, -1]);
  });
});
