/**
 * Integer hashing for features: a string is hashed once per token (`hashString`), and a feature
 * is a template number mixed with one to three such values (`mix`), so the hot loops of the
 * tagger and parser combine integers instead of concatenating strings. Never returns 0 (the
 * empty slot of the weight tables).
 */

/** FNV-1a over UTF-16 code units, then avalanched. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return finalize(hash);
}

/** Feature hash of a template and up to three values; different templates never share a hash by construction of the mix. */
export function mix(template: number, a: number, b = 0, c = 0): number {
  let hash = Math.imul(template + 0x9e3779b9, 0x85ebca6b);
  hash = Math.imul(hash ^ a, 0xcc9e2d51);
  hash = Math.imul((hash << 13) | (hash >>> 19), 5) + 0xe6546b64;
  hash = Math.imul(hash ^ b, 0xcc9e2d51);
  hash = Math.imul((hash << 13) | (hash >>> 19), 5) + 0xe6546b64;
  hash = Math.imul(hash ^ c, 0xcc9e2d51);
  return finalize(hash);
}

function finalize(value: number): number {
  let hash = value ^ (value >>> 16);
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash === 0 ? 1 : hash;
}

/** Shuffles `items` in place with `random` (Fisher–Yates). */
export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Seeded pseudo-random numbers in [0, 1): training is reproducible. */
export { seededRandom } from '../seeded-random.ts';
