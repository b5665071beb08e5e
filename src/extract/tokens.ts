/**
 * Word tokenizer for news English: words (with inner apostrophes, not possessive 's),
 * possessive 's and n't as tokens of their own, dotted acronyms ("U.S.") whole, numbers with separators ("2,500", "3.5"),
 * and every other non-space character alone (so "Russia-led" is Russia, -, led).
 * Offsets index the string given, plus `offset`.
 *
 * Every sentence of every article goes through here, so ASCII text is scanned by hand
 * (the Unicode pattern is used only at tokens with other characters), and the strings of a
 * word are shared between its occurrences: later stages look every token up in maps and
 * sets, which is cheaper on one string already hashed than on a fresh copy each time.
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

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
/** Scanner result for a token the ASCII fast path cannot decide. */
const UNICODE = -1;

/** Spellings of one word: the text as written and its lower case, shared by all its occurrences. */
interface Spelling {
  text: string;
  lower: string;
}

const spellings = new Map<string, Spelling>();
/** Distinct words remembered; the memo is cleared when full so memory stays flat on huge corpora. */
const SPELLING_LIMIT = 100_000;

function spellingOf(word: string): Spelling {
  let spelling = spellings.get(word);
  if (!spelling) {
    if (spellings.size >= SPELLING_LIMIT) spellings.clear();
    spelling = { text: word, lower: word.toLowerCase().replaceAll('’', "'") };
    spellings.set(word, spelling);
  }
  return spelling;
}

/** Splits `text` into tokens whose offsets are shifted by `offset` (the text's position in its article). */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const push = (word: string, start: number) => {
    const { text: written, lower } = spellingOf(word);
    tokens.push({ text: written, lower, start, end: start + word.length });
  };
  let position = 0;
  while (position < text.length) {
    const code = text.charCodeAt(position);
    if (code === 32 || (code >= 9 && code <= 13)) {
      position++;
      continue;
    }
    let start = position;
    let end = code < 128 ? scanAscii(text, position) : UNICODE;
    if (end === UNICODE) {
      TOKEN.lastIndex = position;
      const match = TOKEN.exec(text);
      if (!match) break;
      start = match.index;
      end = start + match[0].length;
    }
    position = end;
    const length = end - start;
    const clitic = length > 3 && (isApostrophe(text.charCodeAt(end - 2)) || (text.charCodeAt(end - 3) | 32) === 110) ? CLITIC.exec(text.slice(start, end)) : null;
    if (clitic) {
      push(text.slice(start, start + clitic.index), offset + start);
      push(clitic[0], offset + start + clitic.index);
    } else {
      push(text.slice(start, end), offset + start);
    }
  }
  return tokens;
}

/**
 * End of the token that starts with the ASCII character at `from`, as TOKEN would match
 * it, or UNICODE when a non-ASCII character next to it could change the match.
 */
function scanAscii(text: string, from: number): number {
  const code = text.charCodeAt(from);
  if (isUpper(code) && text.charCodeAt(from + 1) === 46) {
    // Dotted acronym: two or more capital-period pairs ("U.S.").
    let end = from;
    while (isUpper(text.charCodeAt(end)) && text.charCodeAt(end + 1) === 46) end += 2;
    // A non-ASCII capital may continue the pairs ("U.É.").
    if (text.charCodeAt(end) >= 128) return UNICODE;
    if (end - from >= 4) return end;
  }
  if (isLetter(code)) {
    let end = from + 1;
    for (;;) {
      const next = text.charCodeAt(end);
      if (isLetter(next)) end++;
      else if ((next === APOSTROPHE || next === RIGHT_QUOTE) && isLetter(text.charCodeAt(end + 1))) end += 2;
      else if (next >= 128) return UNICODE;
      else return text.charCodeAt(end + 1) >= 128 && next === APOSTROPHE ? UNICODE : end;
    }
  }
  if (isDigit(code)) {
    let end = from + 1;
    for (;;) {
      const next = text.charCodeAt(end);
      if (isDigit(next)) end++;
      else if ((next === 46 || next === 44 || next === 58) && isDigit(text.charCodeAt(end + 1))) end += 2;
      else if (next >= 128 || ((next === 46 || next === 44 || next === 58) && text.charCodeAt(end + 1) >= 128)) return UNICODE;
      else return end;
    }
  }
  return from + 1;
}

const isUpper = (code: number) => code >= 65 && code <= 90;
const isLetter = (code: number) => (code | 32) >= 97 && (code | 32) <= 122;
const isDigit = (code: number) => code >= 48 && code <= 57;
const isApostrophe = (code: number) => code === APOSTROPHE || code === RIGHT_QUOTE;

/** True for a token that starts with an upper-case letter. */
export function isCapitalized(token: Token): boolean {
  const first = token.text.charCodeAt(0);
  return token.text[0] !== token.lower[0] && first !== 39 && first !== 0x2019;
}
