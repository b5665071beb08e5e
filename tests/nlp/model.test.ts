import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { analyze, loadModel, parseTokens, saveModel } from '../../src/nlp/index.ts';
import { CompiledWeights } from '../../src/nlp/perceptron.ts';
import { tagSentence } from '../../src/nlp/tagger.ts';
import type { ParsedSentence } from '../../src/nlp/types.ts';

/** The word with this form, its head's form and its relation. */
function arc(sentence: ParsedSentence, form: string): [string, string] {
  const token = sentence.tokens.find((candidate) => candidate.form === form);
  if (!token) throw new Error(`no token "${form}" in "${sentence.text}"`);
  return [token.head < 0 ? 'ROOT' : sentence.tokens[token.head]!.form, token.deprel];
}

describe('shipped NLP model', () => {
  it('loads once per process', () => {
    expect(loadModel()).toBe(loadModel());
    expect(loadModel().header.attribution).toMatch(/CC BY-SA 4\.0/);
  });

  it('parses an active clause: subject, object, root', () => {
    const sentence = parseTokens(['The', 'minister', 'signed', 'the', 'agreement', 'on', 'Monday', '.']);
    expect(arc(sentence, 'signed')).toEqual(['ROOT', 'root']);
    expect(arc(sentence, 'minister')).toEqual(['signed', 'nsubj']);
    expect(arc(sentence, 'agreement')).toEqual(['signed', 'obj']);
    expect(arc(sentence, 'Monday')).toEqual(['signed', 'obl']);
    expect(sentence.tokens.find((token) => token.form === 'signed')).toMatchObject({ upos: 'VERB', xpos: 'VBD', lemma: 'sign' });
  });

  it('parses a passive with its agent', () => {
    const sentence = parseTokens(['The', 'general', 'was', 'dismissed', 'by', 'the', 'president', '.']);
    expect(arc(sentence, 'dismissed')).toEqual(['ROOT', 'root']);
    expect(arc(sentence, 'general')).toEqual(['dismissed', 'nsubj:pass']);
    expect(arc(sentence, 'was')).toEqual(['dismissed', 'aux:pass']);
    expect(arc(sentence, 'president')).toEqual(['dismissed', 'obl:agent']);
    expect(arc(sentence, 'by')).toEqual(['president', 'case']);
  });

  it('parses coordination and a possessive', () => {
    const sentence = parseTokens(['Russia', 'and', 'China', 'criticised', 'Japan', "'s", 'decision', '.']);
    expect(arc(sentence, 'Russia')).toEqual(['criticised', 'nsubj']);
    expect(arc(sentence, 'China')).toEqual(['Russia', 'conj']);
    expect(arc(sentence, 'and')).toEqual(['China', 'cc']);
    expect(arc(sentence, 'Japan')).toEqual(['decision', 'nmod:poss']);
    expect(arc(sentence, 'decision')).toEqual(['criticised', 'obj']);
  });

  it('analyses an article with offsets into its text, the same way every time', () => {
    const text = 'The U.S. envoy didn’t meet Mr. Lee.\n\nShe said talks would resume, officials reported.';
    const sentences = analyze(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual(['The U.S. envoy didn’t meet Mr. Lee.', 'She said talks would resume, officials reported.']);
    for (const sentence of sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      for (const token of sentence.tokens) expect(text.slice(token.start, token.end)).toBe(token.form);
      expect(sentence.tokens.filter((token) => token.head === -1)).toHaveLength(1);
    }
    expect(sentences[0]!.tokens.map((token) => token.form)).toEqual(['The', 'U.S.', 'envoy', 'did', 'n’t', 'meet', 'Mr.', 'Lee', '.']);
    expect(arc(sentences[0]!, 'envoy')).toEqual(['meet', 'nsubj']);
    expect(arc(sentences[0]!, 'Lee')).toEqual(['meet', 'obj']);
    expect(analyze(text)).toEqual(sentences);
  });
});

describe('model file', () => {
  it('keeps the tagger\'s second pass when written and read back', () => {
    const model = loadModel();
    expect(model.tagger.second).toBeDefined();
    // The other tables are swapped for empty ones so the file is small; the second pass is the shipped one.
    const empty = (classCount: number) => new CompiledWeights({
      classCount, scale: 1, keys: new Int32Array(0), lengths: new Uint16Array(0), classes: new Uint16Array(0), weights: new Int16Array(0),
    });
    const small = { ...model, tagger: { ...model.tagger, weights: empty(model.tagger.classes.length) }, parser: empty(3), labeller: empty(1) };
    const copy = join(mkdtempSync(join(tmpdir(), 'newsgraph-nlp-')), 'copy.model.gz');
    saveModel(copy, small);
    const read = loadModel(copy);
    expect(read.tagger.second?.arrays.keys).toEqual(model.tagger.second?.arrays.keys);
    const forms = ['Officials', 'in', 'Kyiv', 'said', 'the', 'talks', 'would', 'resume', 'soon', '.'];
    expect(tagSentence(read.tagger, forms)).toEqual(tagSentence(small.tagger, forms));
  });
});

describe('model file errors', () => {
  it('names the file and says how to rebuild it', () => {
    const missing = join(tmpdir(), 'newsgraph-no-such-model.gz');
    expect(() => loadModel(missing)).toThrow(new RegExp(`cannot read the model file ${missing.replace(/[.\\/]/g, '\\$&')}.*npm run train`));
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-nlp-'));
    const notModel = join(dir, 'not-a-model.gz');
    writeFileSync(notModel, gzipSync(Buffer.from('hello\n')));
    expect(() => loadModel(notModel)).toThrow(/not-a-model\.gz is not a newsgraph NLP model/);
  });

  it('gives no sentences for empty or blank text', () => {
    expect(analyze('')).toEqual([]);
    expect(analyze(' \n\n ')).toEqual([]);
  });
});
