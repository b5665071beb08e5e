import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.ts';

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('keeps titles, initials and dotted acronyms inside the sentence', () => {
    expect(texts('Gen. A. Petrov met Mr. Brown in the U.S. embassy. Talks ended.')).toEqual([
      'Gen. A. Petrov met Mr. Brown in the U.S. embassy.',
      'Talks ended.',
    ]);
  });

  it('keeps decimals and month abbreviations', () => {
    expect(texts('Inflation hit 8.4 percent on Jan. 12 last year. Prices rose.')).toHaveLength(2);
  });

  it('ends after a closing quote that follows the period', () => {
    expect(texts('He said: “We will stay.” Troops left on Monday.')).toEqual(['He said: “We will stay.”', 'Troops left on Monday.']);
  });

  it('splits after an ellipsis only before a capital', () => {
    expect(texts('They waited... and waited... Nothing came.')).toEqual(['They waited... and waited...', 'Nothing came.']);
  });

  it('always ends a sentence at a paragraph break', () => {
    expect(texts('A headline without a period\n\nThe body starts here.')).toEqual(['A headline without a period', 'The body starts here.']);
  });

  it('gives offsets that slice the text back', () => {
    const text = '  First one.   Second one?\n\nThird!  ';
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(splitSentences(text).map((sentence) => sentence.index)).toEqual([0, 1, 2]);
  });
});
