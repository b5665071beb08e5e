/**
 * Tokenizer aligned with UD English (EWT/GUM): clitics split ("do n't", "John 's"), punctuation
 * alone (runs of one symbol together: "!!", "===="), hyphens next to a letter and slashes between
 * letters split ("long - term", "F - 16", "and / or"), dotted acronyms ("U.S."), abbreviations,
 * numbers ("1,000", "9/11", "713-853-3989"), URLs and e-mail addresses whole.
 * Every token keeps its character offsets into the text given. Which abbreviations keep their
 * period, which endings are clitics and which written words split or stay whole are learned
 * from the treebanks (`learnTokenizerLexicon`) and shipped in the model, not written here.
 */
import type { UdSentence } from './conllu.ts';

/** What the tokenizer learned from the treebanks; every entry is in lower case with ’ written as '. */
export interface TokenizerLexicon {
  /** Words written with a final period that keep it ("mr.", "etc."). */
  abbreviations: string[];
  /** Endings split from the word they end ("'s", "n't", "'ll"). */
  clitics: string[];
  /** Written words split into syntactic words of these lengths ("cannot" → [3, 3]). */
  splits: Record<string, number[]>;
  /** Words with an inner hyphen or slash kept whole ("e-mail"). */
  joined: string[];
  /** Tokens of two or more symbols kept whole (":)", "!!", "--"). */
  symbols: string[];
}

/** One token of text: `text.slice(start, end) === form`. */
export interface RawToken {
  form: string;
  start: number;
  end: number;
}

/** A lexicon compiled into sets for lookups. */
export interface Tokenizer {
  lexicon: TokenizerLexicon;
  abbreviations: Set<string>;
  clitics: string[];
  splits: Map<string, number[]>;
  joined: Set<string>;
  /** The piece pattern, with the learned symbol tokens tried first. */
  piece: RegExp;
}

const URL = String.raw`(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'’”]`;
const EMAIL = String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*`;
const ACRONYM = String.raw`(?:\p{L}\.){2,}`;
const NUMBER = String.raw`\p{N}+(?:[.,:\/-]\p{N}+)*`;
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*(?:[-\/][\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*)*`;
/** A run of one repeated symbol ("====", "***"), or of sentence punctuation ("?!", "..."). */
const SYMBOL_RUN = String.raw`([^\p{L}\p{N}\p{M}\s])\1+|[!?][!?.]+|\.[!?][!?.]*`;
const WHOLE_SYMBOL_RUN = new RegExp(`^(?:${SYMBOL_RUN})$`, 'u');
const PIECES = `${URL}|${EMAIL}|${ACRONYM}|${NUMBER}(?![\\p{L}\\p{N}])|${WORD}|${SYMBOL_RUN}|\\S`;
/** A hyphen with a letter on one side at least ("long-term", "F-16"), or a slash between letters ("and/or"). */
const INNER_JOINT = /(?<=[\p{L}\p{M}])-(?=[\p{L}\p{M}\p{N}])|(?<=\p{N})-(?=\p{L})|(?<=[\p{L}\p{M}])\/(?=[\p{L}\p{M}])/u;
const LETTER = /\p{L}/u;
const ADDRESS = /^(?:https?:\/\/|www\.)|@/;

/** Lower case with ’ written as ', the form every lexicon entry uses. */
export function normalizeForm(form: string): string {
  return form.toLowerCase().replace(/’/g, "'");
}

/** Compiles a lexicon for `tokenize`. */
export function createTokenizer(lexicon: TokenizerLexicon): Tokenizer {
  return {
    lexicon,
    abbreviations: new Set(lexicon.abbreviations),
    clitics: longestFirst(lexicon.clitics),
    splits: new Map(Object.entries(lexicon.splits)),
    joined: new Set(lexicon.joined),
    piece: new RegExp(`${symbolPieces(lexicon.symbols)}${standaloneClitics(lexicon.clitics)}${PIECES}`, 'gu'),
  };
}

/** The learned symbol tokens as alternatives, longest first. */
function symbolPieces(symbols: string[]): string {
  return longestFirst(symbols)
    .map((symbol) => `${escapeRegExp(symbol)}|`)
    .join('');
}

/**
 * Clitics written apart from their word, as tokenised text has them ("Australia 's"): one
 * piece, not a quote mark and a word. Only those that start with an apostrophe.
 */
function standaloneClitics(clitics: string[]): string {
  const bodies = longestFirst(clitics.filter((clitic) => clitic.startsWith("'")).map((clitic) => clitic.slice(1)));
  return bodies.length === 0 ? '' : `['’](?:${bodies.map(escapeRegExp).join('|')})(?![\\p{L}\\p{M}\\p{N}])|`;
}

/** Longest strings first (then in code-unit order), so a longer entry wins over its prefix or suffix. */
function longestFirst(entries: string[]): string[] {
  return [...entries].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Tokenizes `text.slice(from, to)`; offsets are into `text`. */
export function tokenize(tokenizer: Tokenizer, text: string, from = 0, to = text.length): RawToken[] {
  const tokens: RawToken[] = [];
  const span = text.slice(from, to);
  const pattern = tokenizer.piece;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(span); match; match = pattern.exec(span)) {
    const start = from + match.index;
    let piece = match[0];
    // A period right after a word it belongs to ("Mr.", "etc.", the initial in "J. Smith").
    if (span[match.index + piece.length] === '.' && LETTER.test(piece) && !piece.endsWith('.')) {
      const single = piece.length === 1 && piece === piece.toUpperCase();
      if (single || tokenizer.abbreviations.has(`${normalizeForm(piece)}.`)) {
        piece += '.';
        pattern.lastIndex = match.index + piece.length;
      }
    }
    pushWord(tokenizer, tokens, piece, start);
  }
  return tokens;
}

/** Pushes one matched piece, split at inner hyphens and slashes, learned splits and clitics. */
function pushWord(tokenizer: Tokenizer, tokens: RawToken[], piece: string, start: number): void {
  if (piece.length > 2 && INNER_JOINT.test(piece) && !tokenizer.joined.has(normalizeForm(piece)) && !ADDRESS.test(piece)) {
    const joint = INNER_JOINT.exec(piece)!;
    pushWord(tokenizer, tokens, piece.slice(0, joint.index), start);
    tokens.push({ form: piece[joint.index]!, start: start + joint.index, end: start + joint.index + 1 });
    pushWord(tokenizer, tokens, piece.slice(joint.index + 1), start + joint.index + 1);
    return;
  }
  const lower = normalizeForm(piece);
  const lengths = tokenizer.splits.get(lower);
  if (lengths) {
    let at = start;
    for (const length of lengths) {
      tokens.push({ form: piece.slice(at - start, at - start + length), start: at, end: at + length });
      at += length;
    }
    return;
  }
  for (const clitic of tokenizer.clitics) {
    if (lower.length > clitic.length && lower.endsWith(clitic)) {
      const cut = piece.length - clitic.length;
      tokens.push({ form: piece.slice(0, cut), start, end: start + cut });
      tokens.push({ form: piece.slice(cut), start: start + cut, end: start + piece.length });
      return;
    }
  }
  tokens.push({ form: piece, start, end: start + piece.length });
}

/** Counts kept when learning: an entry needs this many occurrences in the treebanks. */
export interface LexiconOptions {
  minCount: number;
  /** A written word is listed as split when at least this share of its occurrences is split. */
  minSplitShare: number;
}

const LEXICON_DEFAULTS: LexiconOptions = { minCount: 2, minSplitShare: 0.5 };

/** Learns the tokenizer lexicon from treebank sentences (their multi-word tokens and written forms). */
export function learnTokenizerLexicon(sentences: UdSentence[], options: Partial<LexiconOptions> = {}): TokenizerLexicon {
  const { minCount, minSplitShare } = { ...LEXICON_DEFAULTS, ...options };
  const abbreviations = new Map<string, number>();
  const clitics = new Map<string, number>();
  const splitCounts = new Map<string, { count: number; lengths: number[] }>();
  const written = new Map<string, number>();
  const joined = new Map<string, number>();
  const symbols = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const sentence of sentences) {
    const inside = new Set<number>();
    for (const multiword of sentence.multiwords) {
      const words = sentence.words.filter((word) => word.id >= multiword.first && word.id <= multiword.last);
      for (const word of words) inside.add(word.id);
      const lower = normalizeForm(multiword.form);
      bump(written, lower);
      if (words.map((word) => word.form).join('') !== multiword.form) continue;
      const last = normalizeForm(words[words.length - 1]!.form);
      if (words.length === 2 && last.includes("'") && last.length > 1) bump(clitics, last);
      const entry = splitCounts.get(lower) ?? { count: 0, lengths: words.map((word) => word.form.length) };
      entry.count++;
      splitCounts.set(lower, entry);
    }
    for (const word of sentence.words) {
      if (inside.has(word.id)) continue;
      const lower = normalizeForm(word.form);
      bump(written, lower);
      if (lower.length > 1 && lower.endsWith('.') && LETTER.test(lower) && !lower.slice(0, -1).includes('.')) bump(abbreviations, lower);
      if (INNER_JOINT.test(lower) && !ADDRESS.test(lower)) bump(joined, lower);
      if (lower.length > 1 && !/[\p{L}\p{N}\s]/u.test(lower) && !WHOLE_SYMBOL_RUN.test(lower)) bump(symbols, lower);
    }
  }
  const frequent = (map: Map<string, number>) => [...map].filter(([, count]) => count >= minCount).map(([key]) => key).sort();
  const clitic = new Set(frequent(clitics));
  const splits: Record<string, number[]> = {};
  for (const [lower, { count, lengths }] of [...splitCounts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ending = lower.slice(lower.length - lengths[lengths.length - 1]!);
    const byClitic = lengths.length === 2 && clitic.has(ending);
    if (!byClitic && count >= minCount && count / written.get(lower)! >= minSplitShare) splits[lower] = lengths;
  }
  return { abbreviations: frequent(abbreviations), clitics: [...clitic], splits, joined: frequent(joined), symbols: frequent(symbols) };
}
