import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { noSpaceAfter, parseConllu, readConllu } from '../../src/nlp/conllu.ts';

const fixture = fileURLToPath(new URL('./fixtures/tiny.conllu', import.meta.url));

describe('conllu reader', () => {
  it('reads sentences, comments, multi-word tokens, and skips empty nodes', () => {
    const sentences = readConllu(fixture);
    expect(sentences).toHaveLength(2);
    const [first, second] = sentences as [(typeof sentences)[0], (typeof sentences)[0]];
    expect(first.sentId).toBe('doc1-1');
    expect(first.text).toBe("I don't like it.");
    expect(first.newDoc).toBe('doc1');
    expect(first.newPar).toBe(true);
    expect(first.words.map((word) => word.form)).toEqual(['I', 'do', "n't", 'like', 'it', '.']);
    expect(first.multiwords).toEqual([{ first: 2, last: 3, form: "don't", misc: '_' }]);
    expect(first.words[2]).toMatchObject({ lemma: 'not', upos: 'PART', xpos: 'RB', feats: 'Polarity=Neg', head: 4, deprel: 'advmod' });
    expect(noSpaceAfter(first.words[4]!.misc)).toBe(true);
    expect(second.newDoc).toBeUndefined();
    expect(second.newPar).toBe(false);
    expect(second.words.map((word) => word.id)).toEqual([1, 2, 3]);
    expect(second.words[0]!.feats).toBe('Number=Plur');
    expect(second.line).toBe(13);
  });

  it('names the file and line of a malformed row', () => {
    expect(() => parseConllu('# text = x\n1\tx\tx\n', 'bad.conllu')).toThrow(/bad\.conllu:2: expected 10 tab-separated columns, found 3/);
    expect(() => parseConllu('1\tx\tx\tX\tX\t_\tnone\tdep\t_\t_\n', 'bad.conllu')).toThrow(/bad\.conllu:1: .*head "none"/);
  });
});
