/**
 * Global setup of the `integration` vitest project: one real Neo4j 5 for the whole run,
 * found in the same order as the CLI (src/neo4j/resolve.ts):
 *   - NEO4J_URI set: that server (nothing started);
 *   - a Docker engine: a throwaway neo4j:5.26-community container (testcontainers);
 *   - else: a throwaway managed Neo4j Community in its own temporary home, on a free
 *     port, with a random password — so concurrent runs never collide and never touch
 *     the user's .neo4j data. It is stopped and deleted at teardown.
 * The connection is provided to test files as `inject('neo4j')` (see tests/helpers/neo4j.ts).
 * Without any Neo4j the run fails: integration tests are never skipped.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { KgError } from '../../src/errors.ts';
import { readNeo4jSettings, resolveNeo4j, openDriver, serverVersion, type Neo4jConnection } from '../../src/neo4j/index.ts';
import { managedInstance, startManaged, stopManaged } from '../../src/neo4j/managed.ts';
import { findFreePort } from '../../src/neo4j/ports.ts';

/** What `inject('neo4j')` returns in integration tests. */
export interface Neo4jTestConnection extends Neo4jConnection {
  /** Server version, e.g. "5.26.30". */
  version: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jTestConnection;
  }
}

/** Docker image of the containerised test server. */
export const TEST_IMAGE = 'neo4j:5.26-community';

/** Memory of the throwaway managed server: small, as several runs may share the machine. */
const TEST_TUNING = { heap: '1g', pagecache: '512m' } as const;

interface TestServer {
  connection: Neo4jConnection;
  version: string;
  label: string;
  stop: () => Promise<void>;
}

async function externalServer(): Promise<TestServer> {
  const settings = readNeo4jSettings();
  if (settings.password === undefined)
    throw new KgError('NEO4J_URI is set but NEO4J_PASSWORD is not; set both to run the integration tests against that server.');
  const connection: Neo4jConnection = {
    uri: settings.uri!,
    username: settings.username,
    password: settings.password,
    database: settings.database,
    source: 'env',
  };
  const driver = await openDriver(connection);
  try {
    return { connection, version: await serverVersion(driver, connection.database), label: '(NEO4J_URI)', stop: async () => {} };
  } finally {
    await driver.close();
  }
}

async function containerServer(): Promise<TestServer> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const container = await new Neo4jContainer(TEST_IMAGE).withPassword(randomBytes(18).toString('base64url')).start();
  const connection: Neo4jConnection = {
    uri: container.getBoltUri(),
    username: container.getUsername(),
    password: container.getPassword(),
    database: 'neo4j',
    source: 'docker',
  };
  const driver = await openDriver(connection);
  try {
    return { connection, version: await serverVersion(driver), label: `(container ${TEST_IMAGE})`, stop: async () => void (await container.stop()) };
  } finally {
    await driver.close();
  }
}

async function ephemeralManagedServer(): Promise<TestServer> {
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-neo4j-test-'));
  const instance = managedInstance(home);
  const settings = readNeo4jSettings();
  const remove = () => fs.rm(home, { recursive: true, force: true });
  // If the run dies before teardown, do not leave the server behind.
  let pid: number | undefined;
  const killOnExit = () => {
    try {
      if (pid !== undefined) process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  try {
    const started = await startManaged(
      instance,
      { ...TEST_TUNING, boltPort: await findFreePort() },
      { timeoutMs: settings.startTimeoutSeconds * 1000, onProgress: (message) => console.log(`neo4j: ${message}`) },
    );
    pid = started.pid;
    process.once('exit', killOnExit);
    return {
      connection: started.connection,
      version: started.version ?? 'unknown',
      label: '(ephemeral)',
      stop: async () => {
        await stopManaged(instance);
        process.off('exit', killOnExit);
        await remove();
      },
    };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** Provides `inject('neo4j')`; the returned function is the teardown. */
export default async function setup({ provide }: TestProject): Promise<() => Promise<void>> {
  const { source, reason } = await resolveNeo4j(readNeo4jSettings());
  if (source === 'none') {
    throw new Error(`integration tests need a real Neo4j and are never skipped: ${reason}`);
  }
  const server = source === 'env' ? await externalServer() : source === 'docker' ? await containerServer() : await ephemeralManagedServer();
  provide('neo4j', { ...server.connection, version: server.version });
  console.log(`neo4j: ${server.connection.source} Neo4j ${server.version} at ${server.connection.uri} ${server.label}`);
  return server.stop;
}
