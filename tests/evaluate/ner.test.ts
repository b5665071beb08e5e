import { describe, expect, it } from 'vitest';
import { conlluText } from '../../src/evaluate/conllu-text.ts';
import { readGumEntities, type NerDocument } from '../../src/evaluate/ner-gold.ts';
import { isScoredGold, scoreNer, type SystemEntity } from '../../src/evaluate/ner.ts';
import { word } from './gum-row.ts';


// Byron entered the school of Dr. William Glennie at Aberdeen Grammar School .
const FIRST = [
  '# newdoc id = GUM_bio_test',
  '# text = Byron entered the school of Dr. William Glennie at Aberdeen Grammar School.',
  word(1, 'Byron', 'PROPN', 2, 'nsubj', '(1-person-new-x-cf1-1-coref-Lord_Byron)'),
  word(2, 'entered', 'VERB', 0, 'root'),
  word(3, 'the', 'DET', 4, 'det', '(2-organization-new-x-cf2-2-sgl'),
  word(4, 'school', 'NOUN', 2, 'obj'),
  word(5, 'of', 'ADP', 7, 'case'),
  word(6, 'Dr.', 'PROPN', 7, 'nmod:desc', '(3-person-new-x-cf3-1-sgl'),
  word(7, 'William', 'PROPN', 4, 'nmod'),
  word(8, 'Glennie', 'PROPN', 7, 'flat', '3)2)'),
  word(9, 'at', 'ADP', 12, 'case'),
  word(10, 'Aberdeen', 'PROPN', 12, 'compound', '(4-organization-new-x-cf4-1-coref(5-place-new-x-cf5-1-sgl-Aberdeen)'),
  word(11, 'Grammar', 'PROPN', 12, 'compound'),
  word(12, 'School', 'PROPN', 2, 'obl', '4)'),
  word(13, '.', 'PUNCT', 2, 'punct'),
  '',
];
// The United States, a country, sued Byron's friends.
const SECOND = [
  '# newpar',
  '# text = The United States, a country, sued friends.',
  word(1, 'The', 'DET', 3, 'det', '(6-place-new-x-cf1-1-coref'),
  word(2, 'United', 'ADJ', 3, 'amod', '', 'NNP'),
  word(3, 'States', 'PROPN', 8, 'nsubj'),
  word(4, ',', 'PUNCT', 6, 'punct'),
  word(5, 'a', 'DET', 6, 'det'),
  word(6, 'country', 'NOUN', 3, 'appos', '6)'),
  word(7, ',', 'PUNCT', 6, 'punct'),
  word(8, 'sued', 'VERB', 0, 'root'),
  word(9, 'friends', 'NOUN', 8, 'obj', '(7-person-new-x-cf2-1-sgl)'),
  word(10, '.', 'PUNCT', 8, 'punct'),
  '',
];
const CONTENT = [...FIRST, ...SECOND].join('\n');

const textOf = (document: NerDocument, entity: { start: number; end: number }) => document.text.slice(entity.start, entity.end);

describe('readGumEntities', () => {
  const document = readGumEntities(CONTENT, '/data/GUM_bio_test.conllu');

  it('rebuilds the text the test set reads from the same file', () => {
    expect(document.text).toBe(conlluText(CONTENT, 'GUM_bio_test.conllu'));
    expect(document.id).toBe('GUM_bio_test');
    expect(document.sentences).toHaveLength(2);
  });

  it('cuts a named mention down to its name and keeps the unnamed one whole', () => {
    const spans = document.entities.map((entity) => [textOf(document, entity), entity.type, entity.named, entity.nested]);
    expect(spans).toEqual([
      ['Byron', 'person', true, false],
      ['school of Dr. William Glennie', 'organization', false, false],
      ['William Glennie', 'person', true, false],
      ['Aberdeen Grammar School', 'organization', true, false],
      ['Aberdeen', 'place', true, true],
      ['United States', 'place', true, false],
      ['friends', 'person', false, false],
    ]);
  });

  it('scores named outermost people and organisations only', () => {
    expect(document.entities.filter(isScoredGold).map((entity) => textOf(document, entity))).toEqual(['Byron', 'William Glennie', 'Aberdeen Grammar School']);
  });

  it('names the file and line of a mention that never closes', () => {
    const broken = CONTENT.replace('3)2)', '2)');
    expect(() => readGumEntities(broken, 'broken.conllu')).toThrow(/ner: broken\.conllu:1: 1 entity mention\(s\) never closed/);
  });
});

describe('scoreNer', () => {
  const document = readGumEntities(CONTENT, 'GUM_bio_test.conllu');
  const at = (text: string, cls: SystemEntity['class']): SystemEntity => {
    const start = document.text.indexOf(text);
    return { start, end: start + text.length, class: cls };
  };

  it('credits exact spans of the right class, ignores unnamed ones and counts a wrong class against the system', () => {
    const system = [
      at('Byron', 'person'),
      at('school of Dr. William Glennie', 'organization'),
      at('Aberdeen', 'person'),
      at('United States', 'place'),
      at('friends', 'organization'),
    ];
    const { byClass, micro, errors } = scoreNer([document], [system]);
    expect(byClass.get('person')).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(byClass.get('organization')).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(byClass.get('place')).toMatchObject({ tp: 1, fp: 0 });
    expect(micro).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(errors.filter((error) => error.kind === 'spurious').map((error) => [error.text, error.goldClass])).toEqual([
      ['Aberdeen', 'place'],
      ['friends', 'person'],
    ]);
    expect(errors.filter((error) => error.kind === 'missed').map((error) => error.text)).toEqual(['William Glennie', 'Aberdeen Grammar School']);
  });

  it('matches one gold mention once', () => {
    const { byClass } = scoreNer([document], [[at('Byron', 'person'), at('Byron', 'person')]]);
    expect(byClass.get('person')).toMatchObject({ tp: 1, fp: 1 });
  });
});
