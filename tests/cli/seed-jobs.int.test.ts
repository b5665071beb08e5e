/**
 * `kg seed --jobs 2` builds the same graph as `--jobs 1` (the canonical dump, every node,
 * relationship and property) and prints the same summary, on the seed and development
 * articles; chunks are made small here so that the threads extract one chunk while the
 * one before it loads.
 */
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dumpGraph } from '../../src/graph/dump.ts';
import { clearDatabase, neo4jEnv, testConnection, testDriver } from '../helpers/neo4j.ts';
import { runMain } from './run-main.ts';

vi.mock('../../src/cli/defaults.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/cli/defaults.ts')>();
  return { CLI_DEFAULTS: { ...actual.CLI_DEFAULTS, chunkArticles: 4 } };
});

const ROOT = join(import.meta.dirname, '../..');
const ARTICLES = [join(ROOT, 'seed/articles'), join(ROOT, 'eval/dev-articles')];
const connection = testConnection();
let driver: Driver;

beforeAll(async () => {
  driver = await testDriver();
  for (const [name, value] of Object.entries(neo4jEnv())) vi.stubEnv(name, value);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await driver?.close();
});

/** A seed into an empty graph: the exit code, the summary without its duration, and the graph. */
async function seedFromScratch(jobs: number) {
  await clearDatabase(driver);
  const run = await runMain(['seed', '--jobs', String(jobs), '--batch-size', '2', ...ARTICLES]);
  return { code: run.code, summary: run.stdout.replace(/; [\d.]+ s\.\n$/, ''), graph: await dumpGraph(driver, connection.database) };
}

describe('kg seed --jobs', () => {
  it('loads the same graph on 2 threads as in one, chunk after chunk', async () => {
    const one = await seedFromScratch(1);
    const two = await seedFromScratch(2);
    expect(one.code, one.summary).toBe(0);
    expect(one.summary).toMatch(/^kg seed: articles: 12 new, 0 changed, 0 unchanged \(skipped\), 0 removed, 0 failed; graph: \d+ actors/);
    expect(one.graph.relationships.length).toBeGreaterThan(20);
    expect(two).toEqual(one);
  });
});
