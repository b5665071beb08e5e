/**
 * Display names for the upper-case phrases of the PETRARCH dictionaries: "ECONOMIC COMMUNITY OF
 * WEST AFRICAN STATES" → "Economic Community of West African States", acronyms kept ("NATO").
 */

/** A token that reads as an acronym: dotted ("U.N."), four letters at most ("NATO"), or one vowel at most ("OHCHR", "UNSCR"). */
function isAcronym(token: string): boolean {
  const letters = token.replace(/[.'-]/g, '');
  return token.includes('.') || letters.length <= 4 || (letters.match(/[AEIOUY]/g)?.length ?? 0) <= 1;
}

/**
 * True when `acronym` spells the initials of `words`, small words counted or not:
 * "ECOWAS" of "Economic Community of West African States", "NATO" of "North Atlantic Treaty Organization".
 */
export function isAcronymOf(acronym: string, words: string, smallWords: ReadonlySet<string>): boolean {
  const letters = acronym.replaceAll('.', '').toUpperCase();
  const tokens = words.toUpperCase().split(/[\s-]+/).filter(Boolean);
  // A name holding the acronym as a word ("UN News") is not its expansion.
  if (tokens.length < 2 || tokens.some((token) => token.replaceAll('.', '') === letters)) return false;
  const matches = (word: number, letter: number): boolean => {
    if (word === tokens.length) return letter === letters.length;
    const token = tokens[word]!;
    const consumed = letter < letters.length && token[0] === letters[letter] && matches(word + 1, letter + 1);
    return consumed || (smallWords.has(token.toLowerCase()) && matches(word + 1, letter));
  };
  return matches(0, 0);
}

/** Title case for one upper-case word: "AL-QAEDA" → "Al-Qaeda", "O'BRIEN" → "O'Brien". */
function capitalise(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’(/])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * Shows an upper-case dictionary phrase in title case. A single token that reads as an acronym
 * stays upper case, as does any word listed in `acronyms` (found spelling the initials of the record's
 * other names); small words are lower case except first. A leading "THE" is dropped.
 */
export function displayName(words: string, smallWords: ReadonlySet<string>, acronyms: ReadonlySet<string> = new Set()): string {
  const tokens = words.split(' ').filter(Boolean);
  if (tokens.length > 1 && tokens[0] === 'THE') tokens.shift();
  if (tokens.length === 1 && isAcronym(tokens[0]!)) return tokens[0]!;
  return tokens
    .map((token, i) => {
      const bare = token.replace(/[()]/g, '');
      if (acronyms.has(bare) || /^\(.*\)$/.test(token) || /^(?:\p{L}\.)+$/u.test(token)) return token;
      const lower = token.toLowerCase();
      return i > 0 && smallWords.has(lower) ? lower : capitalise(token);
    })
    .join(' ');
}
