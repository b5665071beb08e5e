/**
 * The bench's Neo4j: a throwaway managed Neo4j Community in its own temporary home, on a
 * free port (as tests/setup/neo4j.ts does for the integration tests, with the same
 * src/neo4j code), so the bench never touches the user's graph. Schema applied, deleted
 * on stop.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../src/graph/schema.ts';
import { openDriver, readNeo4jSettings, serverVersion, type Neo4jConnection } from '../src/neo4j/index.ts';
import { managedInstance, startManaged, stopManaged } from '../src/neo4j/managed.ts';
import { findFreePort } from '../src/neo4j/ports.ts';

export interface BenchNeo4j {
  driver: Driver;
  database: string;
  version: string;
  stop(): Promise<void>;
}

/** Memory for graphs of up to 1M relationships with evidence. */
const BENCH_TUNING = { heap: '3g', pagecache: '2g' } as const;

export async function startBenchNeo4j(log: (line: string) => void): Promise<BenchNeo4j> {
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-neo4j-bench-'));
  const instance = managedInstance(home);
  const remove = () => fs.rm(home, { recursive: true, force: true });
  let pid: number | undefined;
  const killOnExit = () => pid !== undefined && process.kill(pid, 'SIGKILL');
  try {
    const started = await startManaged(
      instance,
      { ...BENCH_TUNING, boltPort: await findFreePort() },
      { timeoutMs: readNeo4jSettings().startTimeoutSeconds * 1000, onProgress: (message) => log(`neo4j: ${message}`) },
    );
    pid = started.pid;
    process.once('exit', killOnExit);
    const driver = await openDriver(started.connection);
    const { database } = started.connection;
    await applySchema(driver, { database });
    return {
      driver,
      database,
      version: await serverVersion(driver, database),
      stop: async () => {
        await driver.close();
        await stopManaged(instance);
        process.off('exit', killOnExit);
        await remove();
      },
    };
  } catch (error) {
    if (pid !== undefined) await stopManaged(instance).catch(() => undefined);
    await remove();
    throw error;
  }
}

/**
 * Uses a server someone else runs (the integration tests' throwaway one). The bench
 * clears its graph: never point this at a graph you want to keep.
 */
export async function connectBenchNeo4j(connection: Neo4jConnection): Promise<BenchNeo4j> {
  const driver = await openDriver(connection);
  try {
    await applySchema(driver, { database: connection.database });
    return { driver, database: connection.database, version: await serverVersion(driver, connection.database), stop: () => driver.close() };
  } catch (error) {
    await driver.close();
    throw error;
  }
}

/** Deletes every node the bench created (actors, articles, evidence, bare rows), in batches. */
export async function clearGraph(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // Relationships first: detaching 10,000 hub actors at once (1M-relationship graph) exceeds the transaction memory pool.
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
