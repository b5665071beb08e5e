/**
 * Word tokenizer for news English: words (with inner apostrophes, not possessive 's),
 * possessive 's and n't as tokens of their own, dotted acronyms ("U.S.") whole, numbers with separators ("2,500", "3.5"),
 * and every other non-space character alone (so "Russia-led" is Russia, -, led).
 * Offsets index the string given, plus `offset`.
 */

export interface Token {
  /** The characters as written. */
  text: string;
  /** Lower case, with ’ written as ' ("’s" → "'s"). */
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /(?:\p{Lu}\.){2,}|n['’]t\b|['’]s\b|\p{L}[\p{L}\p{M}]*?(?=n['’]t\b)|\p{L}[\p{L}\p{M}]*(?:['’](?!s\b)\p{L}[\p{L}\p{M}]*)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;

/** Splits `text` into tokens whose offsets are shifted by `offset` (the text's position in its article). */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = offset + match.index;
    tokens.push({ text: match[0], lower: match[0].toLowerCase().replace(/’/g, "'"), start, end: start + match[0].length });
  }
  return tokens;
}

/** True for a token that starts with an upper-case letter. */
export function isCapitalized(token: Token): boolean {
  const first = token.text.charCodeAt(0);
  return token.text[0] !== token.lower[0] && first !== 39 && first !== 0x2019;
}
