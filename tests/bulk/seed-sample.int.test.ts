/**
 * `kg seed` of several hundred real documents of ../shared/data/ (a fixed sample of every
 * corpus the bulk tests read, written as .txt files) in one run, against the test Neo4j:
 * every article is accounted for, as loaded or failed, and every one loaded is in the graph.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpGraph } from '../../src/graph/dump.ts';
import { runKg } from '../reliability/run-kg.ts';
import { clearDatabase, neo4jEnv, testConnection, testDriver } from '../helpers/neo4j.ts';
import { articlesOf, bulkDocuments, DATA_DIR } from './corpora.ts';

/** Every how-many-th bulk document the sample takes: about 300 of the corpora. */
const SAMPLE_EVERY = 5;

const present = existsSync(DATA_DIR);
if (!present && process.env.CI) throw new Error(`bulk tests: ${DATA_DIR} is missing; CI must have the shared data beside the clone.`);

describe.skipIf(!present)('kg seed of a sample of real documents', { timeout: 600_000 }, () => {
  const connection = testConnection();
  const env = neo4jEnv();
  let dir: string;
  const expected = new Set<string>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsgraph-bulk-seed-'));
    const sample = [...bulkDocuments()].filter((_document, index) => index % SAMPLE_EVERY === 0);
    for (const [index, document] of sample.entries()) {
      await writeFile(join(dir, `${String(index).padStart(4, '0')}.txt`), document.text);
      for (const article of articlesOf(document)) expected.add(article.id);
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('loads every article in one run, each accounted for in the summary and present in the graph', async () => {
    const driver = await testDriver();
    try {
      await clearDatabase(driver);
      expect(expected.size).toBeGreaterThan(250);
      const run = await runKg(['seed', dir], { env, timeoutMs: 540_000 });
      const summary = /articles: (\d+) new, (\d+) changed, (\d+) unchanged \(skipped\), 0 removed, (\d+) failed/.exec(run.stdout);
      expect(summary, run.stderr).not.toBeNull();
      const [created, changed, skipped, failed] = summary!.slice(1).map(Number);
      // Repeated texts share an id: ingest reports each repeat as a failed (skipped) file.
      const files = (await readdir(dir)).length;
      expect(created! + changed! + skipped! + failed!).toBe(files);
      expect(created).toBe(expected.size);
      const stored = (await dumpGraph(driver, connection.database)).nodes.filter((node) => node.labels.includes('Article')).map((node) => node.properties.id);
      expect(new Set(stored)).toEqual(expected);
      expect(run.code).toBe(failed === 0 ? 0 : 1);
    } finally {
      await driver.close();
    }
  });
});
