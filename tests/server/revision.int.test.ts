// Answers cached by graph revision against a real Neo4j: every write of the loader (a load,
// a removal) gives a new revision, so a client's ETag stops matching exactly when the graph changed.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument, removeArticles } from '../../src/graph/loader.ts';
import { ontologyRelationTypes } from '../../src/graph/rows.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { loadOntology } from '../../src/ontology/index.ts';
import { createApp } from '../../src/server/app.ts';
import { clearDatabase, testConnection, testDriver } from '../helpers/neo4j.ts';
import { analystDocument, hostileDocument } from '../viewer/fixtures/documents.ts';

const { database } = testConnection();
let driver: Driver;

beforeAll(async () => {
  driver = await testDriver();
  await clearDatabase(driver);
  await applySchema(driver, { database });
});
afterAll(() => driver?.close());

describe('answers cached by graph revision', () => {
  it('answers 304 while the graph is unchanged and anew after each load or removal', async () => {
    const relationTypes = ontologyRelationTypes(loadOntology());
    await loadDocument(driver, analystDocument(), { database, relationTypes });
    const app = createApp(driver, { database, log: () => {} });
    const ask = (etag?: string) => app.request('/api/actor/bob-birch', etag ? { headers: { 'If-None-Match': etag } } : {});

    const first = await ask();
    const etag = first.headers.get('etag')!;
    expect(((await first.json()) as { total: number }).total).toBe(4);
    expect((await ask(etag)).status).toBe(304);

    // A load that does not touch Birch still changes the graph, so the answer is computed again.
    await loadDocument(driver, hostileDocument(), { database, relationTypes });
    const afterLoad = await ask(etag);
    expect(afterLoad.status).toBe(200);
    const etagAfterLoad = afterLoad.headers.get('etag')!;
    expect(etagAfterLoad).not.toBe(etag);

    await removeArticles(driver, ['fixture-quarrel'], { database });
    const afterRemoval = await ask(etagAfterLoad);
    expect(afterRemoval.status).toBe(200);
    expect(((await afterRemoval.json()) as { total: number }).total).toBe(2);
  });
});
