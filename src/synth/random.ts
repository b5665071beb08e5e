/**
 * Seeded pseudo-random numbers for the synthetic corpus. Everything `kg synth` writes is a
 * function of its arguments, so the generator never touches Math.random: the same seed
 * gives byte-identical files, and article i has its own stream so it can be generated
 * alone (streaming, or in a worker) without replaying articles 0..i-1.
 */
import { seededRandom } from '../seeded-random.ts';

/** A deterministic random source with the few draws the generator needs. */
export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements of the list, in random order (fewer if the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[];
}

/** Mixes several integers into one 32-bit seed, so (seed, stream, index) streams do not overlap. */
export function mixSeed(...parts: number[]): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    hash = Math.imul(hash ^ (part >>> 0), 0x01000193);
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0x5bd1e995);
    hash ^= hash >>> 15;
  }
  return hash >>> 0;
}

/** Creates a random source from one or more integers (see mixSeed). */
export function createRandom(...seedParts: number[]): Random {
  const next = seededRandom(mixSeed(...seedParts));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('synth: pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    sample<T>(items: readonly T[], count: number): T[] {
      const pool = [...items];
      const taken: T[] = [];
      while (taken.length < count && pool.length > 0) {
        taken.push(pool.splice(int(0, pool.length - 1), 1)[0] as T);
      }
      return taken;
    },
  };
}
