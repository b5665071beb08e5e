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

const CP1252_HIGH_CHARS = Object.keys(CP1252_HIGH)
  .map((code) => String.fromCodePoint(Number(code)))
  .join('');
/** Characters standing for continuation bytes 0x80–0xBF. */
const CONTINUATION_CHARS = `\u0080-\u00bf${CP1252_HIGH_CHARS}`;
/**
 * Runs of characters that stand for bytes 0x80–0xFF. A sequence (and its repairs) never
 * reaches outside such a run, so only runs of two or more need a look.
 */
const HIGH_BYTE_RUN = new RegExp(`[\u0080-\u00ff${CP1252_HIGH_CHARS}]{2,}`, 'g');
/**
 * â€ not followed by a continuation: its third byte was 0x9D, which Windows-1252 cannot
 * show and which got lost, so it was ”. Before an ASCII quote it was — (0x94, itself a
 * ” that was later straightened).
 */
const DANGLING_QUOTE = new RegExp(`â€(?![${CONTINUATION_CHARS}])("?)`, 'g');

/**
 * Replaces mojibake sequences in `text` by the characters they encode, repeating until
 * nothing is left to repair (nested mojibake, fixed twice, is undone too).
 */
export function repairMojibake(text: string): string {
  let current = text;
  for (;;) {
    const next = current
      .replace(HIGH_BYTE_RUN, reduceSequences)
      .replace(DANGLING_QUOTE, (_, quote: string) => (quote ? '—' : '”'));
    if (next === current) return current;
    current = next;
  }
}

/**
 * One linear pass over a run, as a shift-reduce over the output: after each character
 * is appended, the tail is checked for a sequence ending there and replaced by its
 * character, which is checked in turn.
 */
function reduceSequences(run: string): string {
  const out: string[] = [];
  const bytes: number[] = [];
  for (const char of run) {
    let next: string | undefined = char;
    while (next !== undefined) {
      out.push(next);
      bytes.push(byteOf(next));
      next = reduceTail(out, bytes);
    }
  }
  return out.join('');
}

/**
 * If the tail of `out` (with `bytes`, the byte each character stands for) is a
 * repairable sequence, removes it and returns the repaired character.
 */
function reduceTail(out: string[], bytes: number[]): string | undefined {
  const end = bytes.length;
  if (!isContinuation(bytes[end - 1]!)) return undefined;
  for (let length = 2; length <= 4 && length <= end; length++) {
    const start = end - length;
    if (sequenceLength(bytes[start]!) !== length) {
      if (isContinuation(bytes[start]!)) continue;
      return undefined;
    }
    const code = decodeSequence(bytes.slice(start));
    if (code < 0 || !isPlausible(code)) return undefined;
    out.length = start;
    bytes.length = start;
    return String.fromCodePoint(code);
  }
  return undefined;
}
