import { describe, expect, it } from 'vitest';
import { degreeDeltas, type WeightChange } from '../../src/graph/degrees.ts';

const plain = (changes: WeightChange[]) =>
  Object.fromEntries(degreeDeltas(changes).map((delta) => [delta.id, [delta.degree.toNumber(), delta.weightedDegree.toNumber()]]));

describe('degreeDeltas', () => {
  it('counts a new relationship at both ends, a deleted one as minus, a re-weighted one in weight only', () => {
    expect(
      plain([
        { source: 'a', type: 'MET', target: 'b', before: 0, after: 2 },
        { source: 'a', type: 'ARRESTED', target: 'c', before: 3, after: 0 },
        { source: 'b', type: 'ALLY_OF', target: 'c', before: 1, after: 4 },
      ]),
    ).toEqual({ a: [0, -1], b: [1, 5], c: [-1, 0] });
  });

  it('leaves out unmoved actors and counts a self-loop once', () => {
    expect(
      plain([
        { source: 'a', type: 'MET', target: 'b', before: 2, after: 2 },
        { source: 'c', type: 'MET', target: 'c', before: 0, after: 1 },
      ]),
    ).toEqual({ c: [1, 1] });
  });
});
