// Real articles on other topics (the two non-Kazakh development articles) read with the general
// knowledge alone (--no-topic-packs): their countries and organisations are found with the right
// types, nothing of the Kazakhstan pack appears, and a role is only attached to a country the
// article names.
import { beforeAll, describe, expect, it } from 'vitest';
import { nameKey } from '../../src/catalog/normalize.ts';
import type { GraphDocument } from '../../src/document/types.ts';
import { extractDocument } from '../../src/extract/index.ts';
import { readArticles, type Article } from '../../src/ingest/index.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge.ts';

const ARTICLES = ['eval/dev-articles/other-niger-coup-deadline.md', 'eval/dev-articles/other-sri-lanka-new-premier.md'];
const { catalog } = loadKnowledgeBase({ topicPacks: false });

describe('extraction with the general knowledge alone', () => {
  let articles: Article[];
  let document: GraphDocument;
  beforeAll(async () => {
    articles = (await readArticles(ARTICLES, { strict: true })).articles;
    document = extractDocument(articles, { catalog });
  });
  const typeOf = (id: string) => document.actors.find((actor) => actor.id === id)?.type;

  it('finds the countries and organisations of a coup in Niger and a crisis in Sri Lanka, typed', () => {
    for (const id of ['niger', 'nigeria', 'mali', 'burkina-faso', 'france', 'united-states', 'sri-lanka']) expect(typeOf(id), id).toBe('Country');
    for (const id of ['economic-community-of-west-african-states', 'united-nations']) expect(typeOf(id), id).toBe('Organization');
  });

  it('takes every catalogued actor from the general layer', () => {
    const catalogued = document.actors.filter((actor) => catalog.byId.has(actor.id));
    expect(catalogued.length).toBeGreaterThan(8);
    expect(catalogued.filter((actor) => catalog.byId.get(actor.id)!.layer !== 'general').map((actor) => actor.id)).toEqual([]);
  });

  it('attaches a role only to a country the article names (by name, alias or demonym)', () => {
    const text = nameKey(articles.map((article) => `${article.title} ${article.text}`).join(' '));
    const named = (id: string) => {
      const country = catalog.byId.get(id)!;
      return [country.name, ...country.aliases, ...(country.demonyms ?? [])].some((name) => text.includes(nameKey(name)));
    };
    const roles = document.relations.filter((relation) => relation.type === 'HOLDS_ROLE' && typeOf(relation.target) === 'Country');
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.filter((relation) => !named(relation.target)).map((relation) => `${relation.source} → ${relation.target}`)).toEqual([]);
  });
});
