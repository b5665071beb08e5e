// A real Bolt round trip against the run's Neo4j, and the server is the version we ship for.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverVersion } from '../../src/neo4j/driver.ts';
import { clearDatabase, testConnection, testDriver } from '../helpers/neo4j.ts';

describe('Neo4j round trip', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await testDriver();
    await clearDatabase(driver);
  });
  afterAll(async () => {
    await clearDatabase(driver);
    await driver.close();
  });

  it('reads back in a READ session what a write transaction stored', async () => {
    const { database } = testConnection();
    const marker = `round-trip-${Date.now()}`;
    const write = driver.session({ database });
    try {
      await write.executeWrite((tx) => tx.run('CREATE (:RoundTrip {marker: $marker, title: $title})', { marker, title: 'stored' }));
    } finally {
      await write.close();
    }
    const read = driver.session({ database, defaultAccessMode: 'READ' });
    try {
      const result = await read.executeRead((tx) => tx.run('MATCH (n:RoundTrip {marker: $marker}) RETURN n.title AS title', { marker }));
      expect(result.records.map((record) => record.get('title'))).toEqual(['stored']);
    } finally {
      await read.close();
    }
  });

  it('refuses writes in a READ session', async () => {
    const read = driver.session({ database: testConnection().database, defaultAccessMode: 'READ' });
    try {
      await expect(read.executeRead((tx) => tx.run('CREATE (:RoundTrip)'))).rejects.toThrow(/write/i);
    } finally {
      await read.close();
    }
  });

  it('runs Neo4j 5.26 (or NEO4J_EXPECTED_VERSION)', async () => {
    const version = await serverVersion(driver);
    const expected = process.env.NEO4J_EXPECTED_VERSION;
    if (expected) expect(version).toBe(expected);
    else expect(version).toMatch(/^5\.26\.\d+$/);
    expect(testConnection().version).toBe(version);
  });
});
