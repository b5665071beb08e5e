import { describe, expect, it } from 'vitest';
import { readGumEntities } from '../../src/evaluate/ner-gold.ts';
import { scoreNer, taggerEntities } from '../../src/evaluate/ner.ts';
import { trainEntityTagger } from '../../src/nlp/entity-tagger.ts';
import { parseTokens } from '../../src/nlp/index.ts';
import { word } from './gum-row.ts';


// Byron met the Red Cross in Paris .
const CONTENT = [
  '# newdoc id = GUM_bio_tagger',
  '# text = Byron met the Red Cross in Paris .',
  word(1, 'Byron', 'PROPN', 2, 'nsubj', '(1-person-new-x-cf1-1-sgl)'),
  word(2, 'met', 'VERB', 0, 'root'),
  word(3, 'the', 'DET', 5, 'det', '(2-organization-new-x-cf2-1-sgl'),
  word(4, 'Red', 'PROPN', 5, 'compound'),
  word(5, 'Cross', 'PROPN', 2, 'obj', '2)'),
  word(6, 'in', 'ADP', 7, 'case'),
  word(7, 'Paris', 'PROPN', 2, 'obl', '(3-place-new-x-cf3-1-sgl)'),
  word(8, '.', 'PUNCT', 2, 'punct'),
  '',
].join('\n');

describe('the entity tagger scored on GUM gold', () => {
  const document = readGumEntities(CONTENT, 'GUM_bio_tagger.conllu');
  const parsed = parseTokens(document.text.split(' '));

  it('place counts for recall only when asked', () => {
    const system = [{ start: 0, end: 'Byron'.length, class: 'person' as const }];
    expect(scoreNer([document], [system]).byClass.get('place')).toMatchObject({ tp: 0, fn: 0 });
    expect(scoreNer([document], [system], true).byClass.get('place')).toMatchObject({ tp: 0, fn: 1 });
  });

  it("turns the tagger's token spans into character spans of the scored classes", () => {
    const at = (name: string) => parsed.tokens.findIndex((token) => token.form === name);
    const spans = [
      { start: at('Byron'), end: at('Byron') + 1, type: 'person' },
      { start: at('Red'), end: at('Cross') + 1, type: 'organization' },
      { start: at('Paris'), end: at('Paris') + 1, type: 'place' },
    ];
    const header = { attribution: '', training: {}, types: ['person', 'organization', 'place'] };
    const model = trainEntityTagger([[{ tokens: parsed.tokens, spans }]], header, new Map(), { epochs: 10 });
    const found = taggerEntities(document.text, [parsed], model);
    expect(found.map((entity) => [document.text.slice(entity.start, entity.end), entity.class])).toEqual([
      ['Byron', 'person'],
      ['Red Cross', 'organization'],
      ['Paris', 'place'],
    ]);
    const { byClass, micro } = scoreNer([document], [found], true);
    expect(byClass.get('place')).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(micro).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });
});
