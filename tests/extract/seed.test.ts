// The extractor on the two seed articles, without a database: the actors and relations
// an analyst expects, exact evidence offsets, and byte-identical output across runs.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatJson } from '../../src/cli/commands/extract.ts';
import type { GraphDocument } from '../../src/document/types.ts';
import { extractDocument } from '../../src/extract/index.ts';
import { DEFAULT_ARTICLES } from '../../src/cli/inputs.ts';
import { readArticles, type Article } from '../../src/ingest/index.ts';
import { findRelation } from './article-fixture.ts';

let articles: Article[];
let document: GraphDocument;

beforeAll(async () => {
  ({ articles } = await readArticles([DEFAULT_ARTICLES], { strict: true }));
  document = extractDocument(articles);
});

describe('extraction of the seed articles', () => {
  it('finds Tokayev, Nazarbayev, Masimov, Putin and the CSTO', () => {
    expect(document.actors.map((actor) => actor.id)).toEqual(
      expect.arrayContaining(['kassym-jomart-tokayev', 'nursultan-nazarbayev', 'karim-masimov', 'vladimir-putin', 'collective-security-treaty-organization']),
    );
  });

  it('has the Tokayev–Putin call with evidence from both articles', () => {
    const call = findRelation(document, 'kassym-jomart-tokayev', 'COMMUNICATED_WITH', 'vladimir-putin');
    expect(new Set(call?.evidence.map((evidence) => evidence.article))).toEqual(new Set(articles.map((article) => article.id)));
  });

  it('has Abish as Nazarbayev’s nephew and Peskov speaking for Putin', () => {
    expect(findRelation(document, 'samat-abish', 'RELATIVE_OF', 'nursultan-nazarbayev')?.properties).toMatchObject({ kinship: 'nephew' });
    expect(findRelation(document, 'dmitry-peskov', 'SPOKESPERSON_FOR', 'vladimir-putin')).toBeDefined();
  });

  it('quotes every evidence exactly as the article text at its offsets', () => {
    const textOf = new Map(articles.map((article) => [article.id, article.text]));
    const evidence = document.relations.flatMap((relation) => relation.evidence);
    expect(evidence.length).toBeGreaterThan(10);
    for (const item of evidence) expect(textOf.get(item.article)!.slice(item.start, item.end)).toBe(item.text);
  });

  it('prints byte-identical JSON on a second run', () => {
    expect(formatJson(extractDocument(articles))).toBe(formatJson(document));
  });

  it('puts symmetric relations in one canonical order and sorts everything', () => {
    for (const relation of document.relations.filter((relation) => relation.type === 'COMMUNICATED_WITH')) {
      expect(relation.source < relation.target).toBe(true);
    }
    const keys = document.relations.map((relation) => `${relation.type} ${relation.source} ${relation.target}`);
    expect(keys).toEqual([...keys].sort());
    expect(document.actors.map((actor) => actor.id)).toEqual(document.actors.map((actor) => actor.id).sort());
  });
});
