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

// Words keep inner apostrophes here; a trailing 's or n't is split off afterwards (cheaper than lookaheads).
const TOKEN = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;
const CLITIC = /(?:['’]s|n['’]t)$/i;

/** Splits `text` into tokens whose offsets are shifted by `offset` (the text's position in its article). */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const push = (word: string, start: number) => tokens.push({ text: word, lower: word.toLowerCase().replace(/’/g, "'"), start, end: start + word.length });
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const start = offset + match.index;
    const clitic = word.length > 3 && (word.charCodeAt(word.length - 2) === 39 || word.charCodeAt(word.length - 2) === 0x2019 || word.charCodeAt(word.length - 3) === 110 || word.charCodeAt(word.length - 3) === 78) ? CLITIC.exec(word) : null;
    if (clitic && clitic.index > 0) {
      push(word.slice(0, clitic.index), start);
      push(clitic[0], start + clitic.index);
    } else {
      push(word, start);
    }
  }
  return tokens;
}

/** True for a token that starts with an upper-case letter. */
export function isCapitalized(token: Token): boolean {
  const first = token.text.charCodeAt(0);
  return token.text[0] !== token.lower[0] && first !== 39 && first !== 0x2019;
}
