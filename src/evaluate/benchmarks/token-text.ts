/**
 * Document text rebuilt from a benchmark's tokenised sentences, keeping the character
 * offsets of every token so that the benchmark's mentions (token ranges) become spans of
 * the article text the extractor reads, and its evidence spans can be compared with them.
 */

/** One token of a rebuilt text: its character offsets in `text`. */
export interface TokenSpan {
  start: number;
  end: number;
}

export interface TokenText {
  text: string;
  /** Per sentence, per token: where it stands in `text`. */
  tokens: TokenSpan[][];
}

export interface TokenLayout {
  /** Whether a space goes between two tokens of one sentence (`index`: the right one's, from 1). */
  spaceBefore: (sentence: readonly string[], index: number, sentenceIndex: number) => boolean;
  /** Put between sentences. */
  sentenceSeparator: string;
}

/** Punctuation that attaches to the word before it, and openers that attach to the word after. */
const CLOSING = /^[,.;:!?%)\]}’”]+$/u;
const OPENING = /^[([{“‘$]$/u;

/** Plain tokenised text (Re-DocRED): spaces between words, none before closing or after opening punctuation. */
export const PUNCTUATION_LAYOUT: TokenLayout = {
  spaceBefore: (sentence, index) => !CLOSING.test(sentence[index]!) && !OPENING.test(sentence[index - 1]!),
  sentenceSeparator: ' ',
};

/** Lays out `sentences` of tokens as one text. */
export function layOutTokens(sentences: ReadonlyArray<readonly string[]>, layout: TokenLayout): TokenText {
  let text = '';
  const tokens = sentences.map((sentence, sentenceIndex) => {
    if (sentenceIndex > 0 && sentence.length > 0 && text.length > 0) text += layout.sentenceSeparator;
    return sentence.map((token, index) => {
      if (index > 0 && layout.spaceBefore(sentence, index, sentenceIndex)) text += ' ';
      const start = text.length;
      text += token;
      return { start, end: text.length };
    });
  });
  return { text, tokens };
}
