/**
 * A database that dies mid-seed. The test owns a second, throwaway managed Neo4j (so
 * killing it touches no other test): `kg seed` loads a synthetic corpus into it, the
 * server is SIGKILLed once some batches are committed, the seed must fail cleanly, the
 * server is restarted and the seed run again. The result must equal an uninterrupted
 * seed of the same corpus into a clean database (the shared test server): identical
 * canonical dumps, so nothing is missing and nothing is duplicated.
 *
 * Needs Java 17 and the Neo4j jars (.neo4j/lib), like the managed server itself; on a
 * machine without them (Docker or NEO4J_URI only) it is skipped and says why, except
 * under CI, where it fails.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpGraph, type GraphDump } from '../../src/graph/dump.ts';
import { openDriver } from '../../src/neo4j/index.ts';
import { managedInstance, startManaged, stopManaged, type ManagedInstance } from '../../src/neo4j/managed.ts';
import { findFreePort } from '../../src/neo4j/ports.ts';
import { runtimeLibsComplete } from '../../src/neo4j/runtime-libs.ts';
import { probeJava } from '../../src/neo4j/toolchain.ts';
import { writeCorpus } from '../../src/synth/write-corpus.ts';
import { clearDatabase, neo4jEnv, testConnection, testDriver } from '../helpers/neo4j.ts';
import { hasStackTrace, runKg } from './run-kg.ts';

const ARTICLES = 200;
const BATCH_SIZE = 20;
/** Articles committed before the kill: a few batches in, well before the end. */
const KILL_AFTER = 2 * BATCH_SIZE;
const TUNING = { heap: '512m', pagecache: '128m' };

const canRunOwnServer = (await probeJava()).available && (await runtimeLibsComplete());
const NEEDS = 'needs Java 17+ and the Neo4j jars in .neo4j/lib to run a server it may kill (run `kg neo4j start` once)';
// CI runs every integration test: there a missing prerequisite is a failure, not a skip.
if (!canRunOwnServer && process.env.CI) throw new Error(`seed-crash: ${NEEDS}.`);
if (!canRunOwnServer) console.warn(`seed-crash: skipped: ${NEEDS}.`);

let work: string;
let instance: ManagedInstance;
let boltPort: number;
let seedArgs: string[];

const start = () => startManaged(instance, { ...TUNING, boltPort }, { timeoutMs: 180_000 });

async function articleCount(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n', {}, { routing: neo4j.routing.READ });
  return records[0]!.get('n').toNumber();
}

/** Polls until at least `count` articles are committed, then SIGKILLs the server; false if the seed ended first. */
async function killWhenLoaded(driver: Driver, pid: number, count: number, seed: Promise<unknown>): Promise<boolean> {
  let seedEnded = false;
  void seed.then(() => (seedEnded = true));
  while (!seedEnded) {
    if ((await articleCount(driver).catch(() => 0)) >= count) {
      process.kill(pid, 'SIGKILL');
      return true;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

beforeAll(async () => {
  if (!canRunOwnServer) return;
  work = await mkdtemp(join(tmpdir(), 'newsgraph-crash-'));
  instance = managedInstance(join(work, 'neo4j'));
  boltPort = await findFreePort();
  const corpus = await writeCorpus({ out: join(work, 'corpus'), articles: ARTICLES, format: 'jsonl' });
  seedArgs = ['seed', corpus.files.articles, '--catalog', corpus.files.catalog, '--batch-size', String(BATCH_SIZE)];
});
afterAll(async () => {
  if (!canRunOwnServer) return;
  await stopManaged(instance).catch(() => undefined);
  await rm(work, { recursive: true, force: true });
});

describe.skipIf(!canRunOwnServer)('a Neo4j killed in the middle of kg seed', () => {
  it('fails the seed cleanly; re-running after a restart gives the graph of an uninterrupted seed', { timeout: 900_000 }, async () => {
    // The uninterrupted reference seed (shared test server) runs alongside the one that gets interrupted.
    const reference = await testDriver();
    await clearDatabase(reference, { schema: true });
    const uninterruptedRun = runKg(seedArgs, { env: neo4jEnv(), timeoutMs: 600_000 });

    const first = await start();
    const watcher = await openDriver(first.connection);
    const interrupted = runKg(seedArgs, { env: neo4jEnv(first.connection), timeoutMs: 300_000 });
    const killed = await killWhenLoaded(watcher, first.pid, KILL_AFTER, interrupted);
    await watcher.close();
    const failure = await interrupted;
    expect(killed, `the seed ended before ${KILL_AFTER} articles were committed: ${JSON.stringify(failure).slice(0, 600)}`).toBe(true);
    expect(failure.code).not.toBe(0);
    expect(failure.code).not.toBeNull(); // it gave up by itself rather than hanging until the timeout
    expect(failure.stderr).toMatch(/^kg seed: .*neo4j/im);
    expect(hasStackTrace(failure.stderr)).toBe(false);

    const restarted = await start();
    const driver = await openDriver(restarted.connection);
    let afterCrash: GraphDump;
    try {
      // The unit of a seed is the batch: a crash leaves whole batches, never part of one.
      const survived = await articleCount(driver);
      expect(survived).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(survived).toBeLessThan(ARTICLES);
      expect(survived % BATCH_SIZE).toBe(0);

      const resumed = await runKg(seedArgs, { env: neo4jEnv(restarted.connection), timeoutMs: 600_000 });
      expect([resumed.code, resumed.stderr.match(/^kg seed: (?!extracting|loading).*$/gm)]).toEqual([0, null]);
      expect(resumed.stdout).toContain(`${survived} unchanged (skipped)`);
      afterCrash = await dumpGraph(driver);
    } finally {
      await driver.close();
    }

    try {
      expect((await uninterruptedRun).code).toBe(0);
      const uninterrupted = await dumpGraph(reference, testConnection().database);
      expect(uninterrupted.nodes.filter((node) => node.labels.includes('Article'))).toHaveLength(ARTICLES);
      expect(afterCrash).toEqual(uninterrupted);
    } finally {
      await reference.close();
    }
  });
});
