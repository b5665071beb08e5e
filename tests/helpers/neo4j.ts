/**
 * Helpers for integration test files: the Neo4j provided by tests/setup/neo4j.ts.
 *
 *   const driver = await testDriver();
 *   beforeEach(() => clearDatabase(driver));
 *   afterAll(() => driver.close());
 */
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { openDriver, type Neo4jConnection } from '../../src/neo4j/driver.ts';
import type { Neo4jTestConnection } from '../setup/neo4j.ts';

/** The connection of the run's test server (uri, username, password, database, source, version). */
export function testConnection(): Neo4jTestConnection {
  return inject('neo4j');
}

/** The NEO4J_* variables that point `kg` (a child process, or `main` in this one) at `connection`, by default the test server. */
export function neo4jEnv(connection: Neo4jConnection = testConnection()): Record<string, string> {
  return { NEO4J_URI: connection.uri, NEO4J_USERNAME: connection.username, NEO4J_PASSWORD: connection.password, NEO4J_DATABASE: connection.database };
}

/** A verified driver on the test server; close it in afterAll. */
export function testDriver(): Promise<Driver> {
  return openDriver(testConnection());
}

/** Backtick-quotes a schema name read from the server, for DROP statements (which take no parameters). */
const quoteName = (name: string) => `\`${name.replaceAll('`', '``')}\``;

/**
 * Deletes every node and relationship of the test database; with `schema: true` also
 * drops its constraints and indexes, for tests that create their own.
 */
export async function clearDatabase(driver: Driver, options: { schema?: boolean } = {}): Promise<void> {
  const { database } = testConnection();
  // In batches, in an auto-commit transaction: one transaction over a large graph
  // (the stress seed) runs out of Neo4j's transaction memory.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  if (!options.schema) return;
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name', {}, { database });
  for (const record of constraints.records) {
    await driver.executeQuery(`DROP CONSTRAINT ${quoteName(record.get('name'))} IF EXISTS`, {}, { database });
  }
  const indexes = await driver.executeQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name", {}, { database });
  for (const record of indexes.records) {
    await driver.executeQuery(`DROP INDEX ${quoteName(record.get('name'))} IF EXISTS`, {}, { database });
  }
}
