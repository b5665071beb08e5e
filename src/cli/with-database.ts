/** Runs a command's work with a driver on the configured Neo4j (started if needed), closing it afterwards. */
import type { Driver } from 'neo4j-driver';
import { ensureNeo4j, openDriver } from '../neo4j/index.ts';

/** Calls `work` with a verified driver and the database name; the driver is closed whatever happens. */
export async function withDatabase<T>(work: (driver: Driver, database: string) => Promise<T>): Promise<T> {
  const conn = await ensureNeo4j({ onProgress: (message) => console.error(message) });
  const driver = await openDriver(conn);
  try {
    return await work(driver, conn.database);
  } finally {
    await driver.close();
  }
}
