/**
 * Read-only access holds: every hostile statement of hostile-cypher.ts is refused by
 * `runCypher` (what `kg cypher` runs) with a KgError, every hostile value sent through
 * the API's query parameters and search box is answered as data or refused as a bad
 * parameter (never a 500), and afterwards the canonical dump equals the one before.
 */
import type { Hono } from 'hono';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KgError } from '../../src/errors.ts';
import { dumpGraph, type GraphDump } from '../../src/graph/dump.ts';
import { loadDocument } from '../../src/graph/loader.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { loadQueryLibrary, type ParamType } from '../../src/queries/library.ts';
import { runCypher } from '../../src/queries/run.ts';
import { createApp } from '../../src/server/app.ts';
import { FIXTURE_RELATION_TYPES, twoArticleDocument } from '../graph/fixtures/two-articles.ts';
import { clearDatabase, testConnection, testDriver } from '../helpers/neo4j.ts';
import { HOSTILE_STATEMENTS, HOSTILE_VALUES, HUGE_VALUES } from './hostile-cypher.ts';

const { database } = testConnection();
let driver: Driver;
let app: Hono;
let before: GraphDump;

/** A value each parameter type accepts, for the parameters not under attack. */
const PLAIN_VALUES: Record<ParamType, string> = {
  string: 'kassym-jomart-tokayev',
  integer: '1',
  float: '0.5',
  boolean: 'true',
  date: '2022-01-05',
  'string[]': 'COMMUNICATED_WITH',
  fulltext: 'Tokayev',
  actor: 'kassym-jomart-tokayev',
  'relation[]': 'COMMUNICATED_WITH',
};

/** `query.param` pairs that also get the 1 MB values. */
const HUGE_TARGETS = new Set(['search.q', 'ego.name', 'article.id']);
/** Requests in flight at once: the sweep sends about a thousand. */
const CONCURRENT_REQUESTS = 8;

beforeAll(async () => {
  driver = await testDriver();
  await clearDatabase(driver, { schema: true });
  await applySchema(driver, { database });
  await loadDocument(driver, twoArticleDocument(), { database, relationTypes: FIXTURE_RELATION_TYPES });
  app = createApp(driver, { database, log: () => {} });
  before = await dumpGraph(driver, database);
  expect(before.nodes.length).toBeGreaterThan(0);
});
afterAll(() => driver?.close());

/** GET `path` with `params` from the in-process app; resolves to status and JSON body. */
async function get(path: string, params: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await app.request(`${path}?${new URLSearchParams(params)}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('kg cypher (runCypher) refuses every hostile statement', () => {
  it.each(HOSTILE_STATEMENTS.map((statement) => [statement.attack, statement.cypher]))('%s', async (_attack, cypher) => {
    const error = await runCypher(driver, cypher, {}, { database }).then(
      (result) => result,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(KgError);
    expect((error as KgError).message).toMatch(/^cypher: /);
  });

  it('answers a read, and passes hostile parameter values as data, verbatim', async () => {
    for (const value of [...HOSTILE_VALUES, ...HUGE_VALUES]) {
      const result = await runCypher(driver, 'RETURN $value AS value', { value }, { database });
      expect(result.kind === 'table' && result.rows).toEqual([{ value }]);
    }
  });
});

describe('the API treats hostile parameter values as data', () => {
  const library = loadQueryLibrary();

  it.each([...library.values()].map((query) => [query.name, query]))('/api/query/%s', async (name, query) => {
    const cases = query.params.flatMap((attacked) =>
      // Over-long values cost a second each: the search paths (fulltext) and article ids (exact match) get them.
      [...HOSTILE_VALUES, ...(HUGE_TARGETS.has(`${name}.${attacked.name}`) ? HUGE_VALUES : [])].map((value) => {
        const params = Object.fromEntries(query.params.filter((param) => !('default' in param)).map((param) => [param.name, PLAIN_VALUES[param.type]]));
        params[attacked.name] = value;
        return { params, where: `${name}?${attacked.name}=${JSON.stringify(value.slice(0, 40))}` };
      }),
    );
    for (let start = 0; start < cases.length; start += CONCURRENT_REQUESTS) {
      const batch = cases.slice(start, start + CONCURRENT_REQUESTS);
      const responses = await Promise.all(batch.map(({ params }) => get(`/api/query/${name}`, params)));
      responses.forEach(({ status, body }, i) => {
        const { where } = batch[i]!;
        expect([200, 400], `${where}: ${JSON.stringify(body).slice(0, 300)}`).toContain(status);
        if (status === 400) expect((body.error as { message: string }).message, where).toMatch(/^query [\w-]+: parameter/);
      });
    }
  });

  it('a search for Cypher text is a clean empty result', async () => {
    expect(await get('/api/search', { q: "') RETURN 1 //" })).toEqual({ status: 200, body: { suggestions: [] } });
    expect(await get('/api/search', { q: "'}) MATCH (n) DETACH DELETE n //" })).toEqual({ status: 200, body: { suggestions: [] } });
  });

  it('every hostile search text gets a 200 or a clean 400', async () => {
    for (const q of [...HOSTILE_VALUES, ...HUGE_VALUES]) {
      const { status, body } = await get('/api/search', { q });
      expect([200, 400], `q=${JSON.stringify(q.slice(0, 40))}: ${JSON.stringify(body).slice(0, 300)}`).toContain(status);
      if (status === 200) expect(Array.isArray(body.suggestions)).toBe(true);
    }
  });

  it('a name with injected Cypher finds nothing rather than running it', async () => {
    const { status, body } = await get('/api/query/ego', { id: "kassym-jomart-tokayev'}) DETACH DELETE n //" });
    expect(status).toBe(200);
    expect((body.graph as { nodes: unknown[] }).nodes).toEqual([]);
  });
});

describe('after every attack', () => {
  it('the canonical dump equals the one taken before', async () => {
    expect(await dumpGraph(driver, database)).toEqual(before);
  });
});
