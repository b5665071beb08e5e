import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dumpGraph } from '../../src/graph/dump.ts';
import { graphTotals, loadDocument, removeArticles } from '../../src/graph/loader.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { clearDatabase, testConnection, testDriver } from '../helpers/neo4j.ts';
import { ARTICLE_1, ARTICLE_2, FIXTURE_RELATION_TYPES, documentWithout, twoArticleDocument } from './fixtures/two-articles.ts';

let driver: Driver;
const { database } = testConnection();
const options = { database, relationTypes: FIXTURE_RELATION_TYPES };

beforeAll(async () => {
  driver = await testDriver();
  await clearDatabase(driver, { schema: true });
  await applySchema(driver, { database });
});
afterAll(() => driver.close());
beforeEach(() => driver.executeQuery('MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n', {}, { database }));

async function relationship(source: string, type: string, target: string) {
  const { records } = await driver.executeQuery(
    'MATCH (:Actor {id: $source})-[r]->(:Actor {id: $target}) WHERE type(r) = $type RETURN properties(r) AS p',
    { source, type, target },
    { database },
  );
  return records[0]?.get('p');
}

describe('loadDocument', () => {
  it('stores actors with their type label, articles, mentions and one relationship per (source, type, target)', async () => {
    const summary = await loadDocument(driver, twoArticleDocument(), options);
    expect(summary.created.sort()).toEqual([ARTICLE_1, ARTICLE_2].sort());
    expect(await graphTotals(driver, database)).toEqual({ actors: 5, relationships: 3, articles: 2, evidence: 4 });

    const { records } = await driver.executeQuery('MATCH (a:Actor:Person) RETURN a.id AS id ORDER BY id', {}, { database });
    expect(records.map((r) => r.get('id'))).toEqual(['karim-masimov', 'kassym-jomart-tokayev', 'vladimir-putin']);

    const call = await relationship('kassym-jomart-tokayev', 'COMMUNICATED_WITH', 'vladimir-putin');
    expect(call.weight.toNumber()).toBe(2);
    expect(call.articles).toEqual([ARTICLE_1, ARTICLE_2]);
    expect([call.firstSeen, call.lastSeen]).toEqual(['2022-01-05', '2022-01-07']);
    expect([call.cameo, call.quadClass.toNumber(), call.confidence, call.kind]).toEqual(['04', 1, 0.9, 'phone']);
    expect(call.relKey).toBe('kassym-jomart-tokayev|COMMUNICATED_WITH|vladimir-putin');

    // Evidence without a date of its own takes its article's date.
    const dismissal = await relationship('kassym-jomart-tokayev', 'DISMISSED', 'karim-masimov');
    expect([dismissal.firstSeen, dismissal.role]).toEqual(['2022-01-08', 'head of the security committee']);

    // Tokayev: the call (two sentences), the aid request and the dismissal.
    const degrees = await driver.executeQuery(
      'MATCH (a:Actor {id: $id}) RETURN a.degree AS degree, a.weightedDegree AS weighted',
      { id: 'kassym-jomart-tokayev' },
      { database },
    );
    expect([degrees.records[0]?.get('degree').toNumber(), degrees.records[0]?.get('weighted').toNumber()]).toEqual([3, 4]);

    const mentions = await driver.executeQuery(
      'MATCH (:Article {id: $id})-[m:MENTIONS]->(:Actor {id: $actor}) RETURN m.count AS count',
      { id: ARTICLE_1, actor: 'kassym-jomart-tokayev' },
      { database },
    );
    expect(mentions.records[0]?.get('count').toNumber()).toBe(2);
  });

  it('is idempotent: loading the same document twice leaves the same graph and skips unchanged articles', async () => {
    await loadDocument(driver, twoArticleDocument(), options);
    const first = await dumpGraph(driver, database);
    const again = await loadDocument(driver, twoArticleDocument(), options);
    expect(again.skipped.sort()).toEqual([ARTICLE_1, ARTICLE_2].sort());
    expect(await dumpGraph(driver, database)).toEqual(first);
    await loadDocument(driver, twoArticleDocument(), { ...options, force: true });
    expect(await dumpGraph(driver, database)).toEqual(first);
  });

  it('replaces a changed article’s evidence: the result equals loading the new version from scratch', async () => {
    const edited = twoArticleDocument();
    edited.articles[1]!.contentHash = 'hash-2-edited';
    edited.relations[0]!.evidence[1]!.text = 'Tokaev and Putin spoke again.';
    edited.relations[0]!.evidence[1]!.end = 29;
    edited.relations = edited.relations.filter((relation) => relation.type !== 'DISMISSED');
    edited.mentions = edited.mentions.filter((mention) => mention.actor !== 'karim-masimov');

    await loadDocument(driver, edited, options);
    const fresh = await dumpGraph(driver, database);
    await driver.executeQuery('MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n', {}, { database });

    await loadDocument(driver, twoArticleDocument(), options);
    const summary = await loadDocument(driver, edited, options);
    expect(summary).toEqual({ created: [], changed: [ARTICLE_2], skipped: [ARTICLE_1] });
    expect(await dumpGraph(driver, database)).toEqual(fresh);
    expect(await relationship('kassym-jomart-tokayev', 'DISMISSED', 'karim-masimov')).toBeUndefined();
  });

  it('removes exactly an article’s contribution: the result equals a load without it', async () => {
    await loadDocument(driver, documentWithout(twoArticleDocument(), ARTICLE_2), options);
    const without = await dumpGraph(driver, database);
    await driver.executeQuery('MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n', {}, { database });

    await loadDocument(driver, twoArticleDocument(), options);
    expect(await removeArticles(driver, [ARTICLE_2, 'no-such-article'], { database })).toEqual({ removed: [ARTICLE_2], missing: ['no-such-article'] });
    expect(await dumpGraph(driver, database)).toEqual(without);
    const call = await relationship('kassym-jomart-tokayev', 'COMMUNICATED_WITH', 'vladimir-putin');
    expect([call.weight.toNumber(), call.lastSeen]).toEqual([1, '2022-01-05']);
  });

  it('takes a property the sources disagree on from the latest-dated evidence, whatever the load order', async () => {
    // The call: article 1 (5 January) says phone, article 2 (7 January) says video.
    const kindIn: Record<string, string> = { [ARTICLE_1]: 'phone', [ARTICLE_2]: 'video' };
    const articleAlone = (id: string) => {
      const doc = documentWithout(twoArticleDocument(), id === ARTICLE_1 ? ARTICLE_2 : ARTICLE_1);
      doc.relations.find((relation) => relation.type === 'COMMUNICATED_WITH')!.properties.kind = kindIn[id]!;
      return doc;
    };
    const kinds = [];
    for (const order of [[ARTICLE_1, ARTICLE_2], [ARTICLE_2, ARTICLE_1]]) {
      await driver.executeQuery('MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n', {}, { database });
      for (const id of order) await loadDocument(driver, articleAlone(id), options);
      kinds.push((await relationship('kassym-jomart-tokayev', 'COMMUNICATED_WITH', 'vladimir-putin')).kind);
    }
    expect(kinds).toEqual(['video', 'video']);
  });

  it('refuses a relation type outside the ontology and writes nothing', async () => {
    const doc = twoArticleDocument();
    doc.relations[1]!.type = 'INVADED';
    await expect(loadDocument(driver, doc, options)).rejects.toThrow(/INVADED.*ontology/);
    doc.relations[1]!.type = 'X]->() DETACH DELETE (n';
    await expect(loadDocument(driver, doc, { database })).rejects.toThrow(/UPPER_SNAKE_CASE/);
    expect((await graphTotals(driver, database)).articles).toBe(0);
  });

  it('writes in several transactions when the batch is smaller than the document', async () => {
    const progress: number[] = [];
    await loadDocument(driver, twoArticleDocument(), { ...options, batchSize: 1, rowsPerStatement: 1, onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([1, 2]);
    expect(await graphTotals(driver, database)).toEqual({ actors: 5, relationships: 3, articles: 2, evidence: 4 });
  });
});
