import { describe, expect, it } from 'vitest';
import { parseConllu } from '../../src/nlp/conllu.ts';
import { createTokenizer, learnTokenizerLexicon, tokenize, type TokenizerLexicon } from '../../src/nlp/tokenize.ts';

const lexicon: TokenizerLexicon = {
  abbreviations: ['mr.', 'etc.', 'inc.'],
  clitics: ["'s", "n't", "'re", "'ll", "'m", "'ve", "'d"],
  splits: { cannot: [3, 3], gonna: [3, 2] },
  joined: ['e-mail'],
  symbols: [':)', ':-)'],
};
const tokenizer = createTokenizer(lexicon);

/** Forms, and a check that every token's offsets point at its form in the text. */
function forms(text: string, from = 0, to = text.length): string[] {
  const tokens = tokenize(tokenizer, text, from, to);
  for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.form);
  return tokens.map((token) => token.form);
}

describe('tokenizer', () => {
  it('splits clitics, punctuation and learned splits as UD English does', () => {
    expect(forms("Mr. Smith's dogs don't bark; they're (mostly) quiet, I cannot say.")).toEqual([
      'Mr.', 'Smith', "'s", 'dogs', 'do', "n't", 'bark', ';', 'they', "'re", '(', 'mostly', ')', 'quiet', ',', 'I', 'can', 'not', 'say', '.',
    ]);
    expect(forms('We’re gonna win’s')).toEqual(['We', '’re', 'gon', 'na', 'win', '’s']);
  });

  it('reads a clitic written apart from its word, as tokenised text has it, as one token', () => {
    expect(forms("Australia 's minister , they 're 'sup 'star'")).toEqual([
      'Australia', "'s", 'minister', ',', 'they', "'re", "'", 'sup', "'", 'star', "'",
    ]);
  });

  it('keeps dotted acronyms, initials, numbers, URLs and e-mail addresses whole', () => {
    expect(forms('The U.S. paid $1,500.25 (3.5%) on 9/11, said J. Smith.')).toEqual([
      'The', 'U.S.', 'paid', '$', '1,500.25', '(', '3.5', '%', ')', 'on', '9/11', ',', 'said', 'J.', 'Smith', '.',
    ]);
    expect(forms('See https://example.org/a?b=1. Or mail ann.lee@example.co.uk, etc.')).toEqual([
      'See', 'https://example.org/a?b=1', '.', 'Or', 'mail', 'ann.lee@example.co.uk', ',', 'etc.',
    ]);
  });

  it('splits hyphens and slashes between letters unless the word is kept whole', () => {
    expect(forms('a long-term, Russia-led plan and/or e-mail at 713-853-3989')).toEqual([
      'a', 'long', '-', 'term', ',', 'Russia', '-', 'led', 'plan', 'and', '/', 'or', 'e-mail', 'at', '713-853-3989',
    ]);
  });

  it('keeps learned symbol tokens and runs of one symbol whole, and splits hyphens next to digits after letters', () => {
    expect(forms('Great :) really!!! ==== In the 1990s F-16s flew?!')).toEqual([
      'Great', ':)', 'really', '!!!', '====', 'In', 'the', '1990s', 'F', '-', '16s', 'flew', '?!',
    ]);
    expect(forms('ann@enron wrote: "ok" :-)')).toEqual(['ann@enron', 'wrote', ':', '"', 'ok', '"', ':-)']);
  });

  it('keeps offsets into the whole text when given a span of it', () => {
    const text = 'First one.  “Isn’t it?” she asked…';
    const from = text.indexOf('“');
    const tokens = tokenize(tokenizer, text, from);
    expect(tokens.map((token) => token.form)).toEqual(['“', 'Is', 'n’t', 'it', '?', '”', 'she', 'asked', '…']);
    expect(tokens[0]!.start).toBe(from);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.form);
  });

  it('learns abbreviations, clitics and splits from treebank sentences', () => {
    const row = (id: string, form: string, misc = '_') => [id, form, '_', 'X', 'X', '_', id === '1' ? '0' : '1', 'dep', '_', misc].join('\t');
    const sentence = [row('1', 'Mr.'), '2-3\tcannot\t_\t_\t_\t_\t_\t_\t_\t_', row('2', 'can'), row('3', 'not'),
      "4-5\tit's\t_\t_\t_\t_\t_\t_\t_\t_", row('4', 'it'), row('5', "'s")].join('\n');
    const learned = learnTokenizerLexicon(parseConllu(`${sentence}\n\n${sentence}\n`));
    expect(learned.abbreviations).toEqual(['mr.']);
    expect(learned.clitics).toEqual(["'s"]);
    expect(learned.splits).toEqual({ cannot: [3, 3] });
    expect(learned.symbols).toEqual([]);
  });
});
