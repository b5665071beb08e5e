/**
 * MinHash signatures of article texts, for finding near-duplicates (the same wire story
 * under another headline, dateline or boilerplate). A text is lower-cased, split into
 * words, and cut into overlapping shingles of `SHINGLE_WORDS` words; its signature is the
 * minimum of each of `SIGNATURE_LENGTH` hash functions over the shingles. The share of
 * equal positions in two signatures estimates the Jaccard similarity of their shingle
 * sets. Hash functions have fixed seeds, so signatures are the same on every run and
 * machine, and can be stored. Locality-sensitive hashing (bands of rows) finds the
 * candidate pairs without comparing every pair.
 */

/** Words per shingle. */
export const SHINGLE_WORDS = 5;
/** Hash functions per signature. */
export const SIGNATURE_LENGTH = 128;
/**
 * Rows per LSH band: 42 bands of 3 rows. On the wire-copy pairs of docs/ingest.md they
 * find 99.8% of the copies (4 rows: 96.4%) and compare 0.65% of the non-duplicate pairs (2 rows: 16%).
 */
const BAND_ROWS = 3;

export type Signature = Uint32Array;

/** splitmix32: the fixed seeds of the hash functions. */
function seeds(count: number): Uint32Array {
  const out = new Uint32Array(count);
  let state = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    out[i] = (z ^ (z >>> 16)) >>> 0;
  }
  return out;
}
const SEEDS = seeds(SIGNATURE_LENGTH);

/** MurmurHash3's 32-bit finaliser: a cheap, well-mixed hash of `x`. */
function mix(x: number): number {
  let z = x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** FNV-1a over the UTF-16 code units of `text`. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** The distinct shingle hashes of `text`; a text shorter than a shingle is one shingle. */
export function shingleHashes(text: string, words = SHINGLE_WORDS): Set<number> {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = new Set<number>();
  const last = Math.max(0, tokens.length - words);
  for (let i = 0; i <= last; i++) hashes.add(fnv1a(tokens.slice(i, i + words).join(' ')));
  return hashes;
}

/** The MinHash signature of `text`. */
export function signatureOf(text: string, words = SHINGLE_WORDS): Signature {
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const shingle of shingleHashes(text, words)) {
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const value = mix(shingle ^ SEEDS[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the texts behind two signatures (0–1). */
export function similarity(a: Signature, b: Signature): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_LENGTH; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_LENGTH;
}

/** A signature as stored on an (:Article) node: base64 of its little-endian 32-bit values. */
export function encodeSignature(signature: Signature): string {
  const bytes = new Uint8Array(SIGNATURE_LENGTH * 4);
  const view = new DataView(bytes.buffer);
  signature.forEach((value, i) => view.setUint32(i * 4, value, true));
  return Buffer.from(bytes).toString('base64');
}

/** The signature stored as `encoded`, or null when it is not one (written by another version). */
export function decodeSignature(encoded: string): Signature | null {
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length !== SIGNATURE_LENGTH * 4) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => view.getUint32(i * 4, true));
}

/** The key of each LSH band of `signature`: a hash of the band index and its rows, cut to 30 bits (a small integer for V8). */
function bandKeys(signature: Signature): number[] {
  const keys: number[] = [];
  for (let band = 0; (band + 1) * BAND_ROWS <= SIGNATURE_LENGTH; band++) {
    let hash = band;
    for (let row = band * BAND_ROWS; row < (band + 1) * BAND_ROWS; row++) hash = mix(hash ^ signature[row]!);
    keys.push(hash & 0x3fffffff);
  }
  return keys;
}

/**
 * Signatures indexed by LSH band, for finding the most similar earlier one. Most band
 * keys hold one entry, so they map to its index directly; only shared keys get a list
 * (memory: about 2 kB an entry instead of 5 with a list per key).
 */
export class SignatureIndex<T> {
  private readonly entries: { signature: Signature; value: T }[] = [];
  private readonly first = new Map<number, number>();
  private readonly more = new Map<number, number[]>();

  add(signature: Signature, value: T): void {
    const index = this.entries.push({ signature, value }) - 1;
    for (const key of bandKeys(signature)) {
      if (!this.first.has(key)) this.first.set(key, index);
      else {
        const list = this.more.get(key);
        if (list) list.push(index);
        else this.more.set(key, [index]);
      }
    }
  }

  /**
   * The most similar indexed entry sharing a band with `signature` whose similarity is at
   * least `threshold` and that `accept` takes (the earliest on ties).
   */
  nearest(signature: Signature, threshold: number, accept: (value: T) => boolean = () => true): { value: T; similarity: number } | null {
    let best: { index: number; similarity: number } | null = null;
    const seen = new Set<number>();
    for (const key of bandKeys(signature)) {
      const head = this.first.get(key);
      if (head === undefined) continue;
      for (const index of [head, ...(this.more.get(key) ?? [])]) {
        if (seen.has(index)) continue;
        seen.add(index);
        const score = similarity(signature, this.entries[index]!.signature);
        if (score < threshold || !accept(this.entries[index]!.value)) continue;
        if (!best || score > best.similarity || (score === best.similarity && index < best.index)) best = { index, similarity: score };
      }
    }
    return best && { value: this.entries[best.index]!.value, similarity: best.similarity };
  }
}
