/**
 * A canonical, order-independent dump of the whole database: every node with its
 * labels and properties, every relationship with its type, endpoints and properties,
 * sorted. Two databases holding the same graph give deep-equal dumps, which is how
 * idempotency and incremental loading are tested. Timestamps (appliedAt) are left out.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { toPlain } from './plain.ts';

export interface DumpNode {
  labels: string[];
  properties: Record<string, unknown>;
}

export interface DumpRelationship {
  type: string;
  /** `<kind>:<id>` of each endpoint, e.g. "Actor:vladimir-putin". */
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface GraphDump {
  nodes: DumpNode[];
  relationships: DumpRelationship[];
}

/** The label that says what a node is (the others, like Person, refine it). */
const NODE_KINDS = ['Actor', 'Article', 'Evidence', 'SchemaMigration'];

/** Properties that record when something happened rather than what the graph says. */
const VOLATILE_PROPERTIES = ['appliedAt'];

/** Reads the whole database (test- and check-sized graphs) into a canonical dump. */
export async function dumpGraph(driver: Driver, database?: string): Promise<GraphDump> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(async (tx) => {
      // The graph revision changes with every write, whatever was written (see loader.ts).
      const nodes = await tx.run('MATCH (n) WHERE NOT n:GraphRevision RETURN labels(n) AS labels, properties(n) AS properties');
      const relationships = await tx.run(
        `MATCH (a)-[r]->(b)
         RETURN type(r) AS type,
                [l IN labels(a) WHERE l IN $kinds][0] + ':' + coalesce(a.id, toString(a.version)) AS source,
                [l IN labels(b) WHERE l IN $kinds][0] + ':' + coalesce(b.id, toString(b.version)) AS target,
                properties(r) AS properties`,
        { kinds: NODE_KINDS },
      );
      return {
        nodes: sortByJson(
          nodes.records.map((record) => ({
            labels: [...(record.get('labels') as string[])].sort(),
            properties: canonicalProperties(record.get('properties')),
          })),
        ),
        relationships: sortByJson(
          relationships.records.map((record) => ({
            type: record.get('type') as string,
            source: record.get('source') as string,
            target: record.get('target') as string,
            properties: canonicalProperties(record.get('properties')),
          })),
        ),
      };
    });
  } finally {
    await session.close();
  }
}

function canonicalProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(properties).filter((key) => !VOLATILE_PROPERTIES.includes(key)).sort();
  return Object.fromEntries(keys.map((key) => [key, toPlain(properties[key])]));
}

function sortByJson<T>(items: T[]): T[] {
  return items
    .map((item) => [JSON.stringify(item), item] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, item]) => item);
}
