import { describe, expect, it } from 'vitest';
import type { GraphDocument, Relation } from '../../src/document/types.ts';
import { createCorpusContext, generateArticle } from '../../src/synth/corpus.ts';
import { scoreAgainstGroundTruth, type TruthArticle } from '../../src/synth/ground-truth.ts';

const context = createCorpusContext(3, 120);
const truth = {
  articles: [0, 1, 2].map((index): TruthArticle => {
    const { id, date, actors, relations } = generateArticle(context, index);
    return { article: id, date, actors, relations: relations.map(({ article: _, ...relation }) => relation) };
  }),
};

/** A document that extracted exactly what the ground truth states. */
function perfectDocument(): GraphDocument {
  const relations: Relation[] = truth.articles.flatMap(({ article, relations }) =>
    relations.map(({ source, type, target, sentence }) => ({
      source, type, target, properties: {}, date: null, confidence: 1,
      evidence: [{ article, start: 0, end: sentence.length, text: sentence }],
    })),
  );
  const actors = context.population.actors.map(({ id, name, type, aliases }) => ({ id, name, type, aliases, status: 'catalog' as const }));
  const mentions = truth.articles.flatMap(({ article, actors }) => actors.map((actor) => ({ article, actor, count: 1 })));
  return { articles: [], actors, relations, mentions };
}

describe('scoreAgainstGroundTruth', () => {
  const total = truth.articles.reduce((sum, article) => sum + article.relations.length, 0);

  it('gives precision and recall 1 to a document that states exactly the ground truth', () => {
    const { micro } = scoreAgainstGroundTruth(perfectDocument(), truth);
    expect(micro).toMatchObject({ tp: total, fp: 0, fn: 0, precision: 1, recall: 1 });
  });

  it('counts a missed relation against recall and an invented one against precision', () => {
    const doc = perfectDocument();
    const [missed, ...kept] = doc.relations;
    const invented: Relation = { ...missed!, type: 'ARRESTED', source: missed!.target, target: missed!.source };
    const { micro } = scoreAgainstGroundTruth({ ...doc, relations: [...kept, invented] }, truth);
    expect(micro).toMatchObject({ tp: total - 1, fp: 1, fn: 1 });
  });
});
