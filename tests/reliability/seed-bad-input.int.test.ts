/**
 * `kg seed` with bad input, run as a real child process against the test Neo4j: with
 * --strict (or a bad catalog) nothing at all changes — the canonical dump after equals
 * the dump before — and without it the bad files are skipped, reported, and the exit
 * code is non-zero while the good articles are loaded.
 */
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpGraph, type GraphDump } from '../../src/graph/dump.ts';
import { clearDatabase, neo4jEnv, testConnection, testDriver } from '../helpers/neo4j.ts';
import { hasStackTrace, runKg } from './run-kg.ts';

const connection = testConnection();
const env = neo4jEnv();
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const SEED = fileURLToPath(new URL('../../seed/articles/', import.meta.url));
const BAD_FILES = ['empty.txt', 'binary.txt', 'invalid-utf8.txt', 'impossible-date.md', 'duplicate-ids.jsonl'];

let driver: Driver;
let dir: string;
let before: GraphDump;

const articleIds = (dump: GraphDump) => dump.nodes.filter((node) => node.labels.includes('Article')).map((node) => node.properties.id);

beforeAll(async () => {
  driver = await testDriver();
  await clearDatabase(driver);
  const [first, second] = (await readdir(SEED)).filter((file) => file.endsWith('.txt')).sort();
  // The graph already holds one article; the run under test brings a second, good one plus bad files.
  expect((await runKg(['seed', join(SEED, first!)], { env })).code).toBe(0);
  before = await dumpGraph(driver, connection.database);
  dir = await mkdtemp(join(tmpdir(), 'newsgraph-seed-bad-'));
  await copyFile(join(SEED, second!), join(dir, second!));
  for (const file of BAD_FILES) await copyFile(fixture(file), join(dir, file));
});
afterAll(async () => {
  await driver?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('kg seed with bad input', () => {
  it('--strict: exit 1, every problem listed, and the graph is exactly as before', async () => {
    const run = await runKg(['seed', '--strict', dir], { env });
    expect(run.code).toBe(1);
    for (const file of BAD_FILES) expect(run.stderr).toContain(join(dir, file));
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(await dumpGraph(driver, connection.database)).toEqual(before);
  });

  it('a catalog with an alias clash: exit 1, file:line, and the graph is exactly as before', async () => {
    const run = await runKg(['seed', '--catalog', fixture('duplicate-alias-catalog.yaml'), dir], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/duplicate-alias-catalog\.yaml:\d+: /);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(await dumpGraph(driver, connection.database)).toEqual(before);
  });

  it('without --strict: bad files are skipped and reported, the good article is loaded, exit 1', async () => {
    const run = await runKg(['seed', dir], { env });
    expect(run.code).toBe(1);
    for (const file of BAD_FILES) {
      const path = join(dir, file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(run.stderr).toMatch(new RegExp(`^kg seed: skipped ${path}(:\\d+)?: \\S`, 'm'));
    }
    expect(hasStackTrace(run.stderr)).toBe(false);
    const ids = articleIds(await dumpGraph(driver, connection.database));
    // The graph's first article, the directory's good one, and the two distinct ids of the JSON Lines file.
    expect(ids.sort()).toEqual([...articleIds(before), 'report-1', 'report-2', expect.any(String)].sort());
    expect(ids).toHaveLength(articleIds(before).length + 3);
  });
});
