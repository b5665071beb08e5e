/**
 * Repairs mojibake: UTF-8 text that was once decoded as Windows-1252 (or Latin-1) and
 * saved again, so that “ became â€œ, ’ became â€™ and é became Ã©. A run of characters
 * whose Windows-1252 bytes form one valid UTF-8 sequence is replaced by the character
 * that sequence encodes, but only when that character is a plausible one for news text
 * (Latin letters, Greek, Cyrillic, punctuation, currency, emoji): this keeps
 * "Fuß“" (ß“ would decode to an N'Ko letter) as the author wrote it.
 */

/** Windows-1252 characters of the 0x80–0x9F block, by the byte they stand for. */
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
  0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c, 0x017d: 0x8e, 0x2018: 0x91,
  0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98,
  0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b, 0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** Code point ranges a repaired character may fall in; anything else is left alone. */
const PLAUSIBLE: ReadonlyArray<readonly [number, number]> = [
  [0x00a0, 0x024f], // Latin-1 supplement, Latin extended A and B
  [0x0370, 0x04ff], // Greek, Cyrillic
  [0x2000, 0x206f], // general punctuation: quotes, dashes, ellipsis, zero-width spaces
  [0x20a0, 0x20cf], // currency signs
  [0x2100, 0x214f], // letterlike symbols: ™, №
  [0xfeff, 0xfeff], // a byte order mark (ï»¿), removed later by cleaning
  [0x1f000, 0x1faff], // emoji
];

const LEFT_DOUBLE_QUOTE_PREFIX = 'â€';

/** The byte a character stands for in Windows-1252 / Latin-1, or -1 if it is not a single byte. */
function byteOf(char: string): number {
  const code = char.codePointAt(0)!;
  if (code >= 0x80 && code <= 0xff) return code;
  return CP1252_HIGH[code] ?? -1;
}

const isContinuation = (byte: number): boolean => byte >= 0x80 && byte <= 0xbf;

/** Length of the UTF-8 sequence a lead byte opens, or 0 when it opens none. */
function sequenceLength(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

/** Decodes one complete UTF-8 sequence, or returns -1 for overlong forms, surrogates and out-of-range values. */
function decodeSequence(bytes: readonly number[]): number {
  const [lead, second] = bytes as [number, number];
  if (bytes.length === 2) return ((lead & 0x1f) << 6) | (second & 0x3f);
  if (lead === 0xe0 && second < 0xa0) return -1;
  if (lead === 0xed && second > 0x9f) return -1;
  if (lead === 0xf0 && second < 0x90) return -1;
  if (lead === 0xf4 && second > 0x8f) return -1;
  let code = lead & (bytes.length === 3 ? 0x0f : 0x07);
  for (let index = 1; index < bytes.length; index++) code = (code << 6) | (bytes[index]! & 0x3f);
  return code;
}

const isPlausible = (code: number): boolean => PLAUSIBLE.some(([low, high]) => code >= low && code <= high);

/**
 * Replaces mojibake sequences in `text` by the characters they encode. Works in one
 * linear pass as a shift-reduce over the output: after each character is appended, the
 * tail is checked for a sequence ending there, so nested mojibake (fixed twice) is
 * undone too and the result contains no repairable sequence left.
 */
export function repairMojibake(text: string): string {
  const out: string[] = [];
  const append = (char: string): void => {
    let next: string | undefined = char;
    while (next !== undefined) {
      out.push(next);
      next = reduceTail(out);
    }
  };
  for (const char of text) {
    if (endsWithDanglingQuote(out) && !isContinuation(byteOf(char))) {
      // â€ + a byte Windows-1252 cannot show: usually ” (0x9D lost). A following ASCII
      // quote is a — whose ” was later straightened.
      out.length -= LEFT_DOUBLE_QUOTE_PREFIX.length;
      if (char === '"') {
        append('—');
        continue;
      }
      append('”');
    }
    append(char);
  }
  if (endsWithDanglingQuote(out)) {
    out.length -= LEFT_DOUBLE_QUOTE_PREFIX.length;
    append('”');
  }
  return out.join('');
}

const endsWithDanglingQuote = (out: readonly string[]): boolean =>
  out.length >= 2 && out[out.length - 2] === 'â' && out[out.length - 1] === '€';

/** If the tail of `out` is a repairable sequence, removes it and returns the repaired character. */
function reduceTail(out: string[]): string | undefined {
  for (let length = 2; length <= 4 && length <= out.length; length++) {
    const window = out.slice(out.length - length);
    const bytes = window.map(byteOf);
    if (sequenceLength(bytes[0]!) !== length || !bytes.slice(1).every(isContinuation)) continue;
    const code = decodeSequence(bytes);
    if (code < 0 || !isPlausible(code)) return undefined;
    out.length -= length;
    return String.fromCodePoint(code);
  }
  return undefined;
}
