import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphTotals, loadDocument } from '../../src/graph/loader.ts';
import { applySchema } from '../../src/graph/schema.ts';
import type { GraphResult, TableResult } from '../../src/queries/result.ts';
import { runCypher, runNamedQuery } from '../../src/queries/run.ts';
import { clearDatabase, testConnection, testDriver } from '../helpers/neo4j.ts';
import { ARTICLE_1, ARTICLE_2, FIXTURE_RELATION_TYPES, twoArticleDocument } from '../graph/fixtures/two-articles.ts';

let driver: Driver;
const { database } = testConnection();
const TOKAYEV = 'kassym-jomart-tokayev';
const CALL = `${TOKAYEV}|COMMUNICATED_WITH|vladimir-putin`;
const AID = `${TOKAYEV}|REQUESTED_AID|csto`;
const DISMISSAL = `${TOKAYEV}|DISMISSED|karim-masimov`;

beforeAll(async () => {
  driver = await testDriver();
  await clearDatabase(driver, { schema: true });
  await applySchema(driver, { database });
  await loadDocument(driver, twoArticleDocument(), { database, relationTypes: FIXTURE_RELATION_TYPES });
});
afterAll(() => driver.close());

async function graph(name: string, params: Record<string, unknown>, limit?: number) {
  const result = (await runNamedQuery(driver, name, params, { database, limit })) as GraphResult;
  expect(result.kind).toBe('graph');
  return {
    nodes: result.graph.nodes.map((node) => node.key).sort(),
    edges: result.graph.edges.map((edge) => edge.key).sort(),
    result,
  };
}

async function table(name: string, params: Record<string, unknown>) {
  const result = (await runNamedQuery(driver, name, params, { database })) as TableResult;
  expect(result.kind).toBe('table');
  return result.rows;
}

describe('named queries on the two-article fixture', () => {
  it('search tolerates transliteration, case and unfinished words', async () => {
    expect((await table('search', { q: 'Tokajew' }))[0]?.id).toBe(TOKAYEV);
    expect((await table('search', { q: 'PUTIN' }))[0]?.id).toBe('vladimir-putin');
    expect((await table('search', { q: 'Collect' }))[0]).toMatchObject({ id: 'csto', type: 'Organization' });
    expect(await table('search', { q: '"(*' })).toEqual([]);
  });

  it('ego expands from an id or a name, by hops, types and dates', async () => {
    expect(await graph('ego', { id: 'vladimir-putin', hops: '1' })).toMatchObject({ nodes: [TOKAYEV, 'vladimir-putin'], edges: [CALL] });
    const twoHops = await graph('ego', { name: 'Toqaev', hops: '2' });
    expect(twoHops.nodes).toEqual(['csto', 'karim-masimov', TOKAYEV, 'vladimir-putin']);
    expect(twoHops.edges).toEqual([CALL, DISMISSAL, AID].sort());
    expect((await graph('ego', { id: 'vladimir-putin', hops: '2', types: 'DISMISSED' })).nodes).toEqual(['vladimir-putin']);
    expect((await graph('ego', { id: TOKAYEV, hops: '1', from: '2022-01-06' })).edges).toEqual([CALL, DISMISSAL].sort());
  });

  it('graph results carry the actor and relationship attributes', async () => {
    const { result } = await graph('ego', { id: 'vladimir-putin', hops: '1' });
    const putin = result.graph.nodes.find((node) => node.key === 'vladimir-putin');
    expect(putin?.attributes).toEqual({ name: 'Vladimir Putin', type: 'Person', aliases: [], status: 'catalog' });
    const call = result.graph.edges[0]!;
    expect([call.source, call.target]).toEqual([TOKAYEV, 'vladimir-putin']);
    expect(call.attributes).toMatchObject({ type: 'COMMUNICATED_WITH', cameo: '04', quadClass: 1, weight: 2, articles: [ARTICLE_1, ARTICLE_2], kind: 'phone' });
  });

  it('shortest-paths links two actors through a third', async () => {
    expect(await graph('shortest-paths', { source: 'vladimir-putin', target: 'karim-masimov' })).toMatchObject({
      nodes: ['karim-masimov', TOKAYEV, 'vladimir-putin'],
      edges: [CALL, DISMISSAL].sort(),
    });
  });

  it('who-did-what filters by quad class or types, most recent first', async () => {
    expect((await table('who-did-what', { quadClass: '4' })).map((row) => row.relation)).toEqual(['DISMISSED']);
    const rows = await table('who-did-what', { types: 'COMMUNICATED_WITH,REQUESTED_AID' });
    expect(rows.map((row) => [row.relation, row.lastSeen])).toEqual([
      ['COMMUNICATED_WITH', '2022-01-07'],
      ['REQUESTED_AID', '2022-01-05'],
    ]);
    expect(await table('who-did-what', { types: 'COMMUNICATED_WITH', to: '2022-01-04' })).toEqual([]);
  });

  it('timeline lists an actor’s evidence in date order', async () => {
    const rows = await table('timeline', { id: 'vladimir-putin' });
    expect(rows.map((row) => [row.date, row.article, row.relation])).toEqual([
      ['2022-01-05', ARTICLE_1, 'COMMUNICATED_WITH'],
      ['2022-01-07', ARTICLE_2, 'COMMUNICATED_WITH'],
    ]);
  });

  it('most-connected ranks by degree, then weighted degree', async () => {
    const rows = await table('most-connected', {});
    expect(rows[0]).toMatchObject({ id: TOKAYEV, degree: 3, weightedDegree: 4 });
    expect(rows.map((row) => row.id)).not.toContain('protesters');
    expect((await table('most-connected', { actorType: 'Organization' })).map((row) => row.id)).toEqual(['csto']);
  });

  it('article shows what one article contributed', async () => {
    expect(await graph('article', { id: ARTICLE_2 })).toMatchObject({
      nodes: ['karim-masimov', TOKAYEV, 'protesters', 'vladimir-putin'],
      edges: [CALL, DISMISSAL].sort(),
    });
  });

  it('evidence returns the sentences of one relationship with article metadata and offsets', async () => {
    const rows = await table('evidence', { source: TOKAYEV, type: 'COMMUNICATED_WITH', target: 'vladimir-putin' });
    expect(rows.map((row) => [row.article, row.title, row.source, row.date])).toEqual([
      [ARTICLE_1, 'Tokayev calls Putin', 'Wire A', '2022-01-05'],
      [ARTICLE_2, 'Masimov dismissed', 'Wire B', '2022-01-07'],
    ]);
    expect(rows[0]).toMatchObject({ text: 'Tokayev spoke by phone with Putin on Wednesday.', start: 0, end: 47, triggerStart: 8, triggerEnd: 13 });
    expect(rows[1]).toMatchObject({ triggerStart: null });
  });

  it('neighbours returns one hop; a node without relationships comes back alone', async () => {
    expect(await graph('neighbours', { id: 'csto' })).toMatchObject({ nodes: ['csto', TOKAYEV], edges: [AID] });
    expect(await graph('neighbours', { id: 'protesters' })).toMatchObject({ nodes: ['protesters'], edges: [] });
  });

  it('co-mentions counts shared articles', async () => {
    const rows = await table('co-mentions', { id: 'protesters' });
    expect(rows.map((row) => [row.id, row.sharedArticles])).toEqual([
      ['karim-masimov', 1],
      [TOKAYEV, 1],
      ['vladimir-putin', 1],
    ]);
  });

  it('caps a graph result and says it was truncated', async () => {
    const whole = await graph('graph', {});
    expect([whole.nodes.length, whole.edges.length, whole.result.truncated]).toEqual([4, 3, false]);
    const capped = await graph('graph', {}, 2);
    expect(capped.result.truncated).toBe(true);
    expect(capped.edges.length).toBeLessThanOrEqual(2);
  });

  it('reports a parameter of the wrong type, an unknown or a missing one', async () => {
    await expect(runNamedQuery(driver, 'ego', { id: TOKAYEV, hops: 'two' }, { database })).rejects.toThrow(/parameter "hops" expects a whole number/);
    await expect(runNamedQuery(driver, 'ego', { depth: '2' }, { database })).rejects.toThrow(/unknown parameter "depth"/);
    await expect(runNamedQuery(driver, 'evidence', { source: TOKAYEV }, { database })).rejects.toThrow(/"type" \(string\) is required/);
    await expect(runNamedQuery(driver, 'no-such-query', {}, { database })).rejects.toThrow(/no query named "no-such-query"/);
  });
});

describe('runCypher', () => {
  it('runs a read query as a table', async () => {
    const result = (await runCypher(driver, 'MATCH (a:Actor {id: $id}) RETURN a.name AS name', { id: 'csto' }, { database })) as TableResult;
    expect(result.rows).toEqual([{ name: 'Collective Security Treaty Organization' }]);
  });

  it('refuses writes and chained statements, changing nothing', async () => {
    const before = await graphTotals(driver, database);
    await expect(runCypher(driver, 'CREATE (n) RETURN n', {}, { database })).rejects.toThrow(/refused.*would write/);
    await expect(runCypher(driver, 'MATCH (a:Actor) DETACH DELETE a', {}, { database })).rejects.toThrow(/refused/);
    await expect(runCypher(driver, 'MATCH (n) RETURN n; MATCH (n) DETACH DELETE n', {}, { database })).rejects.toThrow(/exactly one statement \(got 2\)/);
    await expect(runCypher(driver, 'CREATE INDEX x FOR (n:X) ON (n.x)', {}, { database })).rejects.toThrow(/refused/);
    expect(await graphTotals(driver, database)).toEqual(before);
  });
});
