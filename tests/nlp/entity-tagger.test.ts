import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ENTITY_MODEL_PATH,
  entityLabels,
  GAZETTEER_BITS,
  loadEntityModel,
  markEntities,
  NAME_SHIFT,
  nameMatches,
  saveEntityModel,
  tagEntities,
  trainEntityTagger,
  type EntitySentence,
} from '../../src/nlp/entity-tagger.ts';
import { analyze, parseTokens } from '../../src/nlp/index.ts';
import { writeModelFile } from '../../src/nlp/model-file.ts';
import { PerceptronTrainer } from '../../src/nlp/perceptron.ts';

/** A parsed sentence of space-separated words with its entities given as [words, type] (the first place the words occur). */
function sentence(text: string, entities: Array<[string, string]>): EntitySentence {
  const words = text.split(' ');
  const spans = entities.map(([name, type]) => {
    const parts = name.split(' ');
    const start = words.findIndex((_, i) => parts.every((part, j) => words[i + j] === part));
    if (start < 0) throw new Error(`"${name}" is not in "${text}"`);
    return { start, end: start + parts.length, type };
  });
  return { tokens: parseTokens(words).tokens, spans };
}

const TYPES = ['person', 'organization', 'place'];
const HEADER = { attribution: 'constructed test sentences', training: {}, types: TYPES };

const TRAINING = [
  sentence('Maria Lopez visited Lisbon in May .', [['Maria Lopez', 'person'], ['Lisbon', 'place']]),
  sentence('The Red Cross sent doctors to Lisbon .', [['Red Cross', 'organization'], ['Lisbon', 'place']]),
  sentence('Officials said Maria Lopez joined the Red Cross .', [['Maria Lopez', 'person'], ['Red Cross', 'organization']]),
  sentence('Trains to Oporto were cancelled on Monday .', [['Oporto', 'place']]),
  sentence('John Okafor and the Red Cross met in Oporto .', [['John Okafor', 'person'], ['Red Cross', 'organization'], ['Oporto', 'place']]),
];

const temp = () => mkdtempSync(join(tmpdir(), 'entities-'));

describe('shipped entity model', () => {
  it('loads once per process, with its attribution and types', () => {
    expect(loadEntityModel()).toBe(loadEntityModel(DEFAULT_ENTITY_MODEL_PATH));
    expect(loadEntityModel().header.attribution).toMatch(/GUM.*CC BY 4\.0/);
    expect(loadEntityModel().header.types).toEqual(expect.arrayContaining(['person', 'organization', 'place']));
  });

  it('tags a person and a place in a constructed sentence', () => {
    const [parsed] = analyze('Angela Merkel met the doctors in Berlin on Monday.');
    const found = tagEntities(parsed!.tokens).map((span) => [parsed!.tokens.slice(span.start, span.end).map((token) => token.form).join(' '), span.type]);
    expect(found).toContainEqual(['Angela Merkel', 'person']);
    expect(found).toContainEqual(['Berlin', 'place']);
    expect(found.map(([words]) => words)).not.toContain('doctors');
  });

  it("writes each token's BIO entity tag", () => {
    const sentences = analyze('Angela Merkel spoke. Merkel left.');
    const spans = markEntities(sentences);
    expect(spans).toHaveLength(2);
    expect(sentences[0]!.tokens.map((token) => token.entity)).toEqual(['B-person', 'I-person', 'O', 'O']);
    expect(sentences.flatMap((sentence) => sentence.tokens).filter((token) => token.entity !== 'O')).toHaveLength(
      spans.flat().reduce((sum, span) => sum + span.end - span.start, 0),
    );
  });
});

describe('entity tagger', () => {
  it('labels are O, then B- and I- per type', () => {
    expect(entityLabels(['person', 'place'])).toEqual(['O', 'B-person', 'I-person', 'B-place', 'I-place']);
  });

  it('a tiny training run learns its sentences', () => {
    const model = trainEntityTagger(TRAINING.map((example) => [example]), HEADER, new Map(), { epochs: 10, seed: 3 });
    for (const example of TRAINING) expect(tagEntities(example.tokens, model)).toEqual(example.spans);
  });

  it('finds the longest whole names of the gazetteer, from tokens that may start a name', () => {
    const [organization, place] = [GAZETTEER_BITS.organization << NAME_SHIFT, GAZETTEER_BITS.place << NAME_SHIFT];
    const gazetteer = new Map([['red cross', organization], ['red cross of lisbon', organization], ['lisbon', place], ['cross', place]]);
    const tokens = 'the Red Cross of Lisbon and Lisbon cross'.split(' ').map((form) => ({ form, upos: 'X', xpos: 'X' }));
    const plain = Uint8Array.from(tokens, (token) => (token.form[0] === token.form[0]!.toLowerCase() ? 1 : 0));
    const [org, at] = [GAZETTEER_BITS.organization * 2, GAZETTEER_BITS.place * 2];
    expect([...nameMatches(tokens, plain, gazetteer)]).toEqual([0, org + 1, org, org, org, 0, at + 1, 0]);
  });

  it('is deterministic: the same data and seed give the same model file', () => {
    const dir = temp();
    const write = (name: string) => {
      const path = join(dir, name);
      saveEntityModel(path, trainEntityTagger([TRAINING], HEADER, new Map([['lisbon', 1]]), { epochs: 3, seed: 5 }));
      return path;
    };
    const [first, second] = [write('a.model.gz'), write('b.model.gz')];
    const loaded = loadEntityModel(first);
    expect(loaded.gazetteer.get('lisbon')).toBe(1);
    expect(loadEntityModel(second).weights.arrays.weights).toEqual(loaded.weights.arrays.weights);
    expect(tagEntities(TRAINING[0]!.tokens, loaded)).toEqual(tagEntities(TRAINING[0]!.tokens, loadEntityModel(second)));
  });

  it('learns from where a name hangs in the parse: the same words and tags, parsed two ways, get two types', () => {
    const words = 'Nor Vel met Ama .'.split(' ');
    const base = parseTokens(words).tokens;
    // "Nor Vel" as the subject of "met", and as a dependent of "Ama" (hand-set heads): only the attachment differs.
    const parsedAs = (head: number, deprel: string) =>
      base.map((token, i) => (i === 0 ? { ...token, head, deprel } : i === 1 ? { ...token, head: 0, deprel: 'flat' } : token));
    const subject = parsedAs(2, 'nsubj');
    const modifier = parsedAs(3, 'nmod');
    const examples = [
      { tokens: subject, spans: [{ start: 0, end: 2, type: 'person' }] },
      { tokens: modifier, spans: [{ start: 0, end: 2, type: 'place' }] },
    ];
    const model = trainEntityTagger([examples, examples, examples], HEADER, new Map(), { epochs: 10, seed: 2 });
    expect(tagEntities(subject, model).filter((span) => span.start === 0)).toEqual([{ start: 0, end: 2, type: 'person' }]);
    expect(tagEntities(modifier, model).filter((span) => span.start === 0)).toEqual([{ start: 0, end: 2, type: 'place' }]);
  });

  it('an I- label never follows another type: every span has one type and lies inside the sentence', () => {
    const model = trainEntityTagger([TRAINING], HEADER, new Map(), { epochs: 1, seed: 1 });
    const { tokens } = parseTokens('Red Cross doctors met Maria Lopez Oporto Lisbon Red Cross .'.split(' '));
    const spans = tagEntities(tokens, model);
    for (const span of spans) {
      expect(TYPES).toContain(span.type);
      expect(span.start).toBeLessThan(span.end);
      expect(span.end).toBeLessThanOrEqual(tokens.length);
    }
    spans.slice(1).forEach((span, i) => expect(span.start).toBeGreaterThanOrEqual(spans[i]!.end));
  });

  it('a file that is not a model names the file', () => {
    const path = join(temp(), 'broken.model.gz');
    writeFileSync(path, 'not gzip');
    expect(() => loadEntityModel(path)).toThrow(/entities: cannot read the entity model .*broken\.model\.gz.*train:entities/);
  });

  it('a model file of another kind names the file', () => {
    const path = join(temp(), 'parser.model.gz');
    writeModelFile(path, { header: { format: 'newsgraph-nlp' }, weights: { tagger: new PerceptronTrainer(2).compile() } });
    expect(() => loadEntityModel(path)).toThrow(/entities: .*parser\.model\.gz is not an entity model/);
  });
});
