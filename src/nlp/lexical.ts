/**
 * Per-token string hashes shared by the tagger, parser and labeller: computed once per
 * sentence so feature extraction only mixes integers. A word is seen as written, in lower
 * case, through its affixes and through its shape ("Xxx", "dd", "x.x.").
 */
import { hashString } from './hash.ts';

/** Hashes of one sentence's tokens, index-aligned with the forms. */
export interface LexicalHashes {
  length: number;
  exact: Int32Array;
  /** Lower case, digits folded to 0 (numbers share statistics). */
  lower: Int32Array;
  prefix1: Int32Array;
  prefix2: Int32Array;
  prefix3: Int32Array;
  suffix1: Int32Array;
  suffix2: Int32Array;
  suffix3: Int32Array;
  suffix4: Int32Array;
  shape: Int32Array;
}

/** Lower case with every digit written 0. */
export function foldWord(form: string): string {
  return form.toLowerCase().replace(/\d/g, '0');
}

/** Shape of a word: X upper, x lower, d digit, other characters kept; runs longer than two cut to two. */
export function wordShape(form: string): string {
  let shape = '';
  let previous = '';
  let run = 0;
  for (const char of form) {
    const cls = /\p{Lu}/u.test(char) ? 'X' : /\p{L}/u.test(char) ? 'x' : /\p{N}/u.test(char) ? 'd' : char;
    run = cls === previous ? run + 1 : 1;
    previous = cls;
    if (run <= 2) shape += cls;
  }
  return shape;
}

const cache = new Map<string, Int32Array>();
/** Distinct words remembered; cleared when full so memory stays flat on large corpora. */
const CACHE_LIMIT = 200_000;
const FIELDS = 10;

/** The ten hashes of one word, memoised (hashing dominates otherwise). */
function wordHashes(form: string): Int32Array {
  const known = cache.get(form);
  if (known) return known;
  const lower = foldWord(form);
  const hashes = new Int32Array(FIELDS);
  hashes[0] = hashString(form);
  hashes[1] = hashString(lower);
  hashes[2] = hashString(lower.slice(0, 1));
  hashes[3] = hashString(lower.slice(0, 2));
  hashes[4] = hashString(lower.slice(0, 3));
  hashes[5] = hashString(lower.slice(-1));
  hashes[6] = hashString(lower.slice(-2));
  hashes[7] = hashString(lower.slice(-3));
  hashes[8] = hashString(lower.slice(-4));
  hashes[9] = hashString(wordShape(form));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(form, hashes);
  return hashes;
}

/** Hashes every token of a sentence. */
export function lexicalHashes(forms: readonly string[]): LexicalHashes {
  const n = forms.length;
  const fields = Array.from({ length: FIELDS }, () => new Int32Array(n));
  for (let i = 0; i < n; i++) {
    const hashes = wordHashes(forms[i]!);
    for (let f = 0; f < FIELDS; f++) fields[f]![i] = hashes[f]!;
  }
  const [exact, lower, prefix1, prefix2, prefix3, suffix1, suffix2, suffix3, suffix4, shape] = fields as [
    Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array,
  ];
  return { length: n, exact, lower, prefix1, prefix2, prefix3, suffix1, suffix2, suffix3, suffix4, shape };
}
