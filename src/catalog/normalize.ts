/**
 * Name normalisation and romanisation folding: the keys under which the catalog files
 * its aliases and under which extraction looks names up, so that "Tokayev's", "Tokaev",
 * "Toqaev" and "Tokajew" all meet on one key. Runs on every candidate token of every
 * article, so every pattern is compiled once and folded tokens are memoised.
 */

/** Letters that Unicode does not decompose into a base letter plus marks. */
const UNDECOMPOSED: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };
const UNDECOMPOSED_RE = /[øæœßłđðþıħ]/g;
const MARKS_RE = /\p{M}+/gu;
const APOSTROPHE = `'\u2018\u2019\u201b\u02bb\u02bc\u0060\u00b4\u2032`;
/** "Putin's" → "Putin"; the letter guard keeps "O'Shea" intact until apostrophes go. */
const POSSESSIVE_RE = new RegExp(`[${APOSTROPHE}]s(?![\\p{L}\\p{N}])`, 'gu');
const APOSTROPHE_RE = new RegExp(`[${APOSTROPHE}]`, 'g');
/** Dots vanish so that "U.S." and "US" meet; "St. Petersburg" keeps its space. */
const DOT_RE = /\./g;
/** Hyphens, dashes and any other punctuation separate words: "Kassym-Jomart" = "Kassym Jomart". */
const SEPARATOR_RE = /[^\p{L}\p{N}]+/gu;

/**
 * Normalises a name for comparison: lower case, diacritics stripped (NFKD, marks removed),
 * possessive 's dropped, apostrophes and dots removed, hyphens, dashes and other
 * punctuation turned into single spaces. Idempotent; never throws.
 *
 * @example normalizeName('Kassym-Jomart Tokayev’s') // 'kassym jomart tokayev'
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .replace(UNDECOMPOSED_RE, (letter) => UNDECOMPOSED[letter]!)
    .replace(POSSESSIVE_RE, '')
    .replace(APOSTROPHE_RE, '')
    .replace(DOT_RE, '')
    .replace(SEPARATOR_RE, ' ')
    .trim();
}

/**
 * Romanisation folding, applied in order to one normalised token. Each step merges spellings
 * that English, German, French and official Kazakh/Russian transliterations use for the
 * same sound; the order matters (e.g. German `j` must become `y` before `ye` is folded).
 */
const FOLDING_STEPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/x/g, 'ks'], // Alexei = Aleksei
  [/t?sch/g, 'sh'], // German Schoigu = Shoigu
  [/d?zh|dj/g, 'j'], // Zhomart = Jomart, Dzhaparov = Japarov
  // German/Polish glide j (Tokajew = Tokayew, Dmitrij = Dmitriy), but not pinyin j (Beijing).
  [/([aeiouy])j$|([aeouy])j(?=[aeiou])/g, '$1$2y'],
  [/kh/g, 'h'], // Mukhtar = Muhtar
  [/gh/g, 'g'], // Kazakh Taldyqorghan = Taldykorgan
  [/q/g, 'k'], // Kazakh Toqaev = Tokaev
  [/c(?!h)/g, 'k'], // Viktor = Victor
  [/w$/, 'v'], // German Peskow = Peskov
  [/^ye/, 'e'], // Yermek = Ermek
  [/([aeiou])[yi]e/g, '$1e'], // Tokayev = Tokaev = French Tokaïev
  [/y(?![aeiou])|(?<=[^aeou])y/g, 'i'], // y stays only as a glide between vowels: Dmitry = Dmitri, Shoygu = Shoigu, Mariya = Maria
  [/(\p{L})\1+/gu, '$1'], // Kassym = Kasym, Zelenskii = Zelenski
];

/** Entries kept per memo; a memo is cleared when full so memory stays bounded on huge corpora. */
const MEMO_LIMIT = 100_000;

/** A memoised function whose memo can be filled with results computed elsewhere. */
type Memoized = ((input: string) => string) & { memo: Map<string, string> };

/** `compute` with results remembered per input: news text repeats the same tokens over and over. */
function memoize(compute: (input: string) => string): Memoized {
  const memo = new Map<string, string>();
  const memoized = (input: string): string => {
    let output = memo.get(input);
    if (output === undefined) {
      output = compute(input);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(input, output);
    }
    return output;
  };
  return Object.assign(memoized, { memo });
}

/**
 * Folds one normalised token to the spelling shared by its romanisation variants:
 * Tokayev / Tokaev / Toqaev / Tokajew → `tokaev`, Dmitry / Dmitri / Dmitrij → `dmitri`.
 * Deterministic and idempotent; vowels other than y/i are never changed, so distinct
 * names such as Putin and Patin stay apart.
 */
export const foldToken: (token: string) => string = memoize((token) => {
  // One pass can expose a pattern an earlier step handles ("yj" → "ij"); letters only move
  // one way (j → y → i, q/c → k, w → v) or vanish, so repeating the pass reaches a fixed point.
  let folded = token;
  let previous: string;
  do {
    previous = folded;
    for (const [pattern, replacement] of FOLDING_STEPS) folded = folded.replace(pattern, replacement);
  } while (folded !== previous);
  return folded;
});

/** "The Kremlin" and "Kremlin" are one name; a lone "the" stays (it is no name at all). */
const LEADING_THE_RE = /^the (?=.)/;

/**
 * The lookup key of a name: normalised, leading "the" dropped, then folded token by token.
 * Two spellings of a name match when their keys are equal; the catalog's `byAlias` and
 * `bySurname` use these keys.
 *
 * @example nameKey('Kasym-Zhomart Tokaev') === nameKey('Kassym-Jomart Tokayev') // 'kasim jomart tokaev'
 */
export const nameKey: (name: string) => string = memoize((name) => {
  const normalized = normalizeName(name).replace(LEADING_THE_RE, '');
  return normalized ? normalized.split(' ').map(foldToken).join(' ') : '';
});

/**
 * Fills nameKey's memo with keys computed by an earlier nameKey run (the generated knowledge
 * files store the key of every name they give, so loading them folds nothing).
 */
export function primeNameKeys(names: readonly string[], keys: readonly string[]): void {
  const { memo } = nameKey as Memoized;
  names.forEach((name, i) => {
    if (memo.size < MEMO_LIMIT) memo.set(name, keys[i]!);
  });
}

/** Kebab-case id of a name, as catalog ids are made: "António Guterres" → `antonio-guterres`. */
export function slugify(name: string): string {
  return normalizeName(name).replaceAll(' ', '-');
}
