import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../src/nlp/conllu.ts';
import { figures, goldRawText, scoreGoldTokens, scoreRawText } from '../../src/nlp/score.ts';
import type { ParsedSentence, Token } from '../../src/nlp/types.ts';

const row = (id: number, form: string, upos: string, head: number, deprel: string, misc = '_') =>
  [id, form, form.toLowerCase(), upos, upos, '_', head, deprel, '_', misc].join('\t');
// "Ann saw Bob." with gold heads saw←Ann, saw←Bob, saw←.
const gold = parseConllu([
  '# text = Ann saw Bob.',
  row(1, 'Ann', 'PROPN', 2, 'nsubj'),
  row(2, 'saw', 'VERB', 0, 'root'),
  row(3, 'Bob', 'PROPN', 2, 'obj', 'SpaceAfter=No'),
  row(4, '.', 'PUNCT', 2, 'punct'),
  '',
].join('\n'));

function token(index: number, form: string, start: number, upos: string, head: number, deprel: string): Token {
  return { index, form, start, end: start + form.length, lemma: form.toLowerCase(), upos, xpos: upos, feats: '', head, deprel, entity: 'O' };
}

describe('parser scorer', () => {
  it('counts UPOS, UAS and LAS over gold tokens; LAS ignores subtypes, LAS:sub does not', () => {
    const system: ParsedSentence[] = [{
      index: 0, start: 0, end: 12, text: 'Ann saw Bob.',
      tokens: [
        token(0, 'Ann', 0, 'PROPN', 1, 'nsubj:pass'), // head right, label right only without subtype
        token(1, 'saw', 4, 'VERB', -1, 'root'), // right
        token(2, 'Bob', 8, 'NOUN', 1, 'iobj'), // head right, label and tag wrong
        token(3, '.', 11, 'PUNCT', 0, 'punct'), // head wrong
      ],
    }];
    const values = figures(scoreGoldTokens(gold, system));
    expect(values.UPOS).toBe(3 / 4);
    expect(values.UAS).toBe(3 / 4);
    expect(values.LAS).toBe(2 / 4);
    expect(values['LAS:sub']).toBe(1 / 4);
  });

  it('aligns words by character span from raw text and scores F1 over gold and system words', () => {
    const text = goldRawText(gold);
    expect(text).toBe('Ann saw Bob.');
    // The system wrongly keeps "Bob." as one word: 3 system words, 4 gold words, 2 aligned.
    const system: ParsedSentence[] = [{
      index: 0, start: 0, end: 12, text,
      tokens: [token(0, 'Ann', 0, 'PROPN', 1, 'nsubj'), token(1, 'saw', 4, 'VERB', -1, 'root'), token(2, 'Bob.', 8, 'PROPN', 1, 'obj')],
    }];
    const counts = scoreRawText(gold, text, system);
    expect(counts).toMatchObject({ goldWords: 4, systemWords: 3, alignedWords: 2, uas: 2, las: 2, alignedSentences: 1 });
    expect(figures(counts).Words).toBeCloseTo((2 * 2) / (4 + 3), 10);
    expect(figures(counts).LAS).toBeCloseTo(4 / 7, 10);
  });
});
