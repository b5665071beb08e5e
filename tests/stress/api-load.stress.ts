/**
 * The API under load: 50 concurrent clients on loopback, each requesting the viewer's
 * endpoints (search, ego, expand, evidence, health) back to back for 30 s, against a
 * graph of a few hundred synthetic articles. Every response must be a 200: zero errors.
 * The count of requests is reported and must be positive; no speed is asserted.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_CATALOG_PATH, loadCatalog } from '../../src/catalog/load-catalog.ts';
import { extractDocument } from '../../src/extract/index.ts';
import { loadDocument } from '../../src/graph/loader.ts';
import { ontologyRelationTypes } from '../../src/graph/rows.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { readArticles } from '../../src/ingest/index.ts';
import { loadOntology } from '../../src/ontology/load.ts';
import { startServer, type RunningServer } from '../../src/server/start-server.ts';
import { writeCorpus } from '../../src/synth/write-corpus.ts';
import { clearDatabase, testConnection, testDriver } from '../helpers/neo4j.ts';

const CLIENTS = 50;
const DURATION_MS = 30_000;
const ARTICLES = 300;

const { database } = testConnection();
let driver: Driver;
let server: RunningServer;
let work: string;
/** Paths the clients cycle through, built from the seeded graph. */
let paths: string[];

beforeAll(async () => {
  driver = await testDriver();
  await clearDatabase(driver, { schema: true });
  await applySchema(driver, { database });
  work = await mkdtemp(join(tmpdir(), 'newsgraph-stress-api-'));
  const corpus = await writeCorpus({ out: join(work, 'corpus'), articles: ARTICLES, format: 'jsonl' });
  const { articles } = await readArticles([corpus.files.articles], { strict: true });
  const ontology = loadOntology();
  const doc = extractDocument(articles, { catalog: loadCatalog([DEFAULT_CATALOG_PATH, corpus.files.catalog]), ontology });
  await loadDocument(driver, doc, { database, relationTypes: ontologyRelationTypes(ontology) });

  const relation = doc.relations[0]!;
  const actors = doc.actors.slice(0, 20);
  paths = [
    '/api/health',
    ...actors.map((actor) => `/api/search?q=${encodeURIComponent(actor.name.slice(0, 6))}`),
    ...actors.map((actor) => `/api/query/ego?id=${encodeURIComponent(actor.id)}&hops=2`),
    ...actors.map((actor) => `/api/expand/${encodeURIComponent(actor.id)}`),
    `/api/evidence?${new URLSearchParams({ source: relation.source, type: relation.type, target: relation.target })}`,
  ];
  server = await startServer({ driver, port: 0, database, log: () => {} });
}, 600_000);
afterAll(async () => {
  await server?.close();
  await driver?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

it(`holds ${CLIENTS} concurrent clients for ${DURATION_MS / 1000} s with zero errors`, async () => {
  expect(new URL(server.url).hostname).toBe('127.0.0.1');
  const deadline = Date.now() + DURATION_MS;
  const errors: string[] = [];
  let requests = 0;
  const client = async (offset: number) => {
    for (let i = offset; Date.now() < deadline; i++) {
      const path = paths[i % paths.length]!;
      try {
        const response = await fetch(new URL(path, server.url));
        await response.arrayBuffer();
        if (response.status !== 200) errors.push(`${path}: HTTP ${response.status}`);
      } catch (error) {
        errors.push(`${path}: ${(error as Error).message}`);
      }
      requests++;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i * 7)));
  console.log(
    `api-load: ${CLIENTS} clients, ${requests} requests in ${DURATION_MS / 1000} s (${Math.round(requests / (DURATION_MS / 1000))}/s), ${errors.length} errors`,
  );
  expect(errors.slice(0, 10)).toEqual([]);
  expect(requests).toBeGreaterThanOrEqual(CLIENTS);
});
