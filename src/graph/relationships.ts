/**
 * Rebuilds the relationships a loader batch touched from the evidence that now supports
 * them: Neo4j aggregates each relationship's evidence (so a busy relationship's
 * sentences never travel to Node), the relationship is rewritten from the aggregate, or
 * deleted when no evidence is left. Returns the weight changes the degrees need.
 */
import type { Integer, ManagedTransaction } from 'neo4j-driver';
import type { WeightChange } from './degrees.ts';
import { KgError } from '../errors.ts';
import { RELATION_TYPE_NAME, relationshipProperties, type EvidenceAggregate } from './rows.ts';
import { runChunked } from './run-chunked.ts';

/**
 * Per relationship key, the aggregate of the evidence that supports it (weight 0: none
 * left). Evidence is sorted latest first so that collect(DISTINCT) lists the property
 * sets in the order relationshipProperties needs; undated evidence sorts as oldest.
 */
const AGGREGATE_EVIDENCE = `UNWIND $rows AS key
  CALL (key) {
    OPTIONAL MATCH (e:Evidence {relKey: key})
    WITH e ORDER BY coalesce(e.date, '') DESC, e.article DESC, e.start DESC
    RETURN count(e) AS weight, min(e.date) AS firstSeen, max(e.date) AS lastSeen,
           max(e.confidence) AS confidence, collect(DISTINCT e.properties) AS properties
  }
  RETURN key, weight, firstSeen, lastSeen, confidence, properties`;

/** Rewrites or deletes the relationships of `keys`; resolves to their weights before and after. */
export async function rebuildRelationships(tx: ManagedTransaction, keys: string[], size: number, touchedActors: Set<string>): Promise<WeightChange[]> {
  const rebuilt: { source: string; type: string; target: string; props: Record<string, unknown> }[] = [];
  const unsupported: { source: string; type: string; target: string }[] = [];
  for (const record of await runChunked(tx, AGGREGATE_EVIDENCE, keys, size)) {
    const key = record.get('key') as string;
    const [source, type, target] = key.split('|') as [string, string, string];
    const weight = (record.get('weight') as Integer).toNumber();
    if (weight === 0) {
      unsupported.push({ source, type, target });
      touchedActors.add(source).add(target);
      continue;
    }
    const aggregate: EvidenceAggregate = {
      weight,
      firstSeen: record.get('firstSeen') as string | null,
      lastSeen: record.get('lastSeen') as string | null,
      confidence: record.get('confidence') as number,
      properties: record.get('properties') as string[],
    };
    rebuilt.push({ source, type, target, props: relationshipProperties(key, aggregate) });
  }
  // Relationship types travel as parameters (Neo4j 5.26 dynamic types), so the batch is one
  // statement rather than one per type; each type was checked against the whitelist when its
  // evidence was built (rows.ts), and again here because this one was read back from the database.
  for (const row of rebuilt) {
    if (!RELATION_TYPE_NAME.test(row.type))
      throw new KgError(`loader: stored evidence has relation type "${row.type}", which is not a valid type name; remove it with \`kg seed --remove\`.`);
  }
  const written = await runChunked(
    tx,
    `UNWIND $rows AS row MATCH (s:Actor {id: row.source}) MATCH (t:Actor {id: row.target})
     MERGE (s)-[r:$(row.type)]->(t)
     WITH row, r, coalesce(r.weight, 0) AS before
     SET r = row.props,
         r.articles = COLLECT { MATCH (e:Evidence {relKey: row.props.relKey}) WITH DISTINCT e.article AS article ORDER BY article RETURN article }
     RETURN row.source AS source, row.type AS type, row.target AS target, before, r.weight AS after`,
    rebuilt,
    size,
  );
  const deleted = await runChunked(
    tx,
    `UNWIND $rows AS row MATCH (:Actor {id: row.source})-[r:$(row.type)]->(:Actor {id: row.target})
     WITH row, r, r.weight AS before DELETE r
     RETURN row.source AS source, row.type AS type, row.target AS target, before, 0 AS after`,
    unsupported,
    size,
  );
  return [...written, ...deleted].map((record) => ({
    source: record.get('source') as string,
    type: record.get('type') as string,
    target: record.get('target') as string,
    before: Number(record.get('before')),
    after: Number(record.get('after')),
  }));
}
