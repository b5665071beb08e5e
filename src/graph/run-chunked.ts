/** Runs one UNWIND statement over many rows, in chunks, inside a transaction the caller owns. */
import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';

/** Runs `statement` once per chunk of `rows`, passed as `$rows`; resolves to the records of every chunk. */
export async function runChunked(tx: ManagedTransaction, statement: string, rows: unknown[], size: number): Promise<Neo4jRecord[]> {
  const records: Neo4jRecord[] = [];
  for (let i = 0; i < rows.length; i += size) records.push(...(await tx.run(statement, { rows: rows.slice(i, i + size) })).records);
  return records;
}
