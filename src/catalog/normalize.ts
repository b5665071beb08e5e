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
  [/([aeiou])j/g, '$1y'], // German/Polish glide: Tokajew = Tokayew, Dmitrij = Dmitriy
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

/** Memo of folded tokens; cleared when full so memory stays bounded on huge corpora. */
const foldMemo = new Map<string, string>();
const FOLD_MEMO_LIMIT = 100_000;

/**
 * Folds one normalised token to the spelling shared by its romanisation variants:
 * Tokayev / Tokaev / Toqaev / Tokajew → `tokaev`, Dmitry / Dmitri / Dmitrij → `dmitri`.
 * Deterministic and idempotent; vowels other than y/i are never changed, so distinct
 * names such as Putin and Patin stay apart.
 */
export function foldToken(token: string): string {
  let folded = foldMemo.get(token);
  if (folded !== undefined) return folded;
  folded = token;
  for (const [pattern, replacement] of FOLDING_STEPS) folded = folded.replace(pattern, replacement);
  if (foldMemo.size >= FOLD_MEMO_LIMIT) foldMemo.clear();
  foldMemo.set(token, folded);
  return folded;
}

/**
 * The lookup key of a name: normalised, then folded token by token. Two spellings of a name
 * match when their keys are equal; the catalog's `byAlias` and `bySurname` use these keys.
 *
 * @example nameKey('Kasym-Zhomart Tokaev') === nameKey('Kassym-Jomart Tokayev') // 'kasim jomart tokaev'
 */
export function nameKey(name: string): string {
  const normalized = normalizeName(name);
  return normalized ? normalized.split(' ').map(foldToken).join(' ') : '';
}

/** Kebab-case id of a name, as catalog ids are made: "António Guterres" → `antonio-guterres`. */
export function slugify(name: string): string {
  return normalizeName(name).replaceAll(' ', '-');
}
