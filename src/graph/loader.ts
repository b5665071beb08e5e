/**
 * Loads a GraphDocument into Neo4j, idempotently and incrementally. The unit of
 * work is the article: each write transaction replaces the whole contribution of a
 * batch of articles (their Article nodes, MENTIONS and Evidence), then recomputes
 * the relationships that evidence touched from the evidence that remains, deletes
 * relationships left without evidence and actors left unconnected. A crash leaves
 * whole batches of articles, never half an article.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { APPLY_DEGREE_DELTAS, degreeDeltas } from './degrees.ts';
import { ACTOR_TYPES, type GraphDocument } from '../document/types.ts';
import { rebuildRelationships } from './relationships.ts';
import { articleProperties, buildDocumentRows, mergeStoredCandidate, type ActorRow, type ArticleContribution, type RelationTypes } from './rows.ts';
import { runChunked } from './run-chunked.ts';

export interface LoadOptions {
  database?: string;
  /** Articles written per transaction. */
  batchSize?: number;
  /** Rows sent per UNWIND statement. */
  rowsPerStatement?: number;
  /** Ontology relation types: the whitelist, and the source of cameo and quadClass. */
  relationTypes?: RelationTypes;
  /** Reload articles whose contentHash is unchanged. */
  force?: boolean;
  /**
   * Fingerprint of the pipeline that extracted the document (pipeline-fingerprint.ts),
   * stored on each Article: an unchanged article stored with another one is reloaded.
   */
  pipeline?: string;
  /** Called after each committed batch with the number of articles handled so far. */
  onProgress?: (done: number, total: number) => void;
}

export const LOAD_DEFAULTS = { batchSize: 50, rowsPerStatement: 1000, force: false };

export interface LoadSummary {
  created: string[];
  changed: string[];
  skipped: string[];
}

export interface RemoveSummary {
  removed: string[];
  /** Ids that were not in the database. */
  missing: string[];
}

/** What one transaction writes: new contributions, plus ids of articles to take out entirely. */
interface Batch {
  contributions: ArticleContribution[];
  actors: ActorRow[];
  removeIds: string[];
  pipeline?: string;
}

/** Loads `doc`: new and changed articles are (re)written, unchanged ones skipped. */
export async function loadDocument(driver: Driver, doc: GraphDocument, options: LoadOptions = {}): Promise<LoadSummary> {
  const settings = { ...LOAD_DEFAULTS, ...options };
  const rows = buildDocumentRows(doc, settings.relationTypes);
  const stored = await storedHashes(driver, settings.database, rows.contributions.map((c) => c.article.id));
  const summary: LoadSummary = { created: [], changed: [], skipped: [] };
  const pending: ArticleContribution[] = [];
  for (const contribution of rows.contributions) {
    const { id, contentHash } = contribution.article;
    const known = stored.get(id);
    const outdated = settings.pipeline !== undefined && known?.pipeline !== settings.pipeline;
    if (known === undefined) summary.created.push(id);
    else if (known.hash !== contentHash || outdated || settings.force) summary.changed.push(id);
    else {
      summary.skipped.push(id);
      continue;
    }
    pending.push(contribution);
  }
  const total = rows.contributions.length;
  let done = summary.skipped.length;
  const session = driver.session({ database: settings.database });
  try {
    // An actor written by an earlier batch of this load is not written again: it stays, held by
    // that batch's mentions, since no later batch replaces the same articles.
    const written = new Set<string>();
    for (let i = 0; i < pending.length; i += settings.batchSize) {
      const contributions = pending.slice(i, i + settings.batchSize);
      const actorIds = new Set(contributions.flatMap((c) => [...c.actorIds]).filter((id) => !written.has(id)));
      const actors = [...actorIds].map((id) => rows.actors.get(id)!);
      await session.executeWrite((tx) => writeBatch(tx, { contributions, actors, removeIds: [], pipeline: settings.pipeline }, settings.rowsPerStatement));
      for (const id of actorIds) written.add(id);
      done += contributions.length;
      settings.onProgress?.(done, total);
    }
  } finally {
    await session.close();
  }
  return summary;
}

/** Takes articles out of the graph with everything only they supported, in one transaction. */
export async function removeArticles(driver: Driver, ids: string[], options: Pick<LoadOptions, 'database' | 'rowsPerStatement'> = {}): Promise<RemoveSummary> {
  const settings = { ...LOAD_DEFAULTS, ...options };
  const stored = await storedHashes(driver, settings.database, ids);
  const removed = ids.filter((id) => stored.has(id));
  const session = driver.session({ database: settings.database });
  try {
    await session.executeWrite((tx) => writeBatch(tx, { contributions: [], actors: [], removeIds: removed }, settings.rowsPerStatement));
  } finally {
    await session.close();
  }
  return { removed, missing: ids.filter((id) => !stored.has(id)) };
}

/** Counts of what the graph holds: actors, relationships between actors, articles and evidence. */
export async function graphTotals(driver: Driver, database?: string): Promise<{ actors: number; relationships: number; articles: number; evidence: number }> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) =>
      tx.run(`CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
              CALL () { MATCH (:Actor)-[r]->(:Actor) WHERE r.relKey IS NOT NULL RETURN count(r) AS relationships }
              CALL () { MATCH (a:Article) RETURN count(a) AS articles }
              CALL () { MATCH (e:Evidence) RETURN count(e) AS evidence }
              RETURN actors, relationships, articles, evidence`),
    );
    const record = result.records[0]!;
    return {
      actors: record.get('actors').toNumber(),
      relationships: record.get('relationships').toNumber(),
      articles: record.get('articles').toNumber(),
      evidence: record.get('evidence').toNumber(),
    };
  } finally {
    await session.close();
  }
}

/** Content hash and pipeline fingerprint of the stored articles among `ids`. */
async function storedHashes(driver: Driver, database: string | undefined, ids: string[]): Promise<Map<string, { hash: string; pipeline: string | null }>> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) =>
      tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.contentHash AS hash, a.pipeline AS pipeline', { ids }),
    );
    return new Map(
      result.records.map((record) => [record.get('id') as string, { hash: record.get('hash') as string, pipeline: record.get('pipeline') as string | null }]),
    );
  } finally {
    await session.close();
  }
}

/**
 * The transaction body. It only reads its arguments, so the driver may retry it
 * after a transient error.
 */
async function writeBatch(tx: ManagedTransaction, batch: Batch, size: number): Promise<void> {
  const replaced = [...batch.contributions.map((c) => c.article.id), ...batch.removeIds];

  // 1. Take out the old contribution of every article in the batch, remembering what it touched.
  const old = await tx.run(
    `UNWIND $ids AS id
     MATCH (article:Article {id: id})
     CALL (article) { OPTIONAL MATCH (article)-[m:MENTIONS]->(actor:Actor) DELETE m RETURN collect(actor.id) AS mentioned }
     CALL (article) {
       OPTIONAL MATCH (article)-[:HAS_EVIDENCE]->(e:Evidence) WITH e, e.relKey AS key, [e.source, e.target] AS ends
       DETACH DELETE e RETURN collect(key) AS keys, collect(ends) AS ends
     }
     RETURN mentioned, keys, ends`,
    { ids: replaced },
  );
  const touchedKeys = new Set<string>();
  const touchedActors = new Set<string>();
  for (const record of old.records) {
    for (const id of record.get('mentioned') as string[]) touchedActors.add(id);
    for (const key of record.get('keys') as string[]) touchedKeys.add(key);
    for (const ends of record.get('ends') as string[][]) ends.forEach((id) => touchedActors.add(id));
  }
  if (batch.removeIds.length > 0) await tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a', { ids: batch.removeIds });

  // 2. Write the new contribution: actors (with their type label), articles, mentions, evidence.
  // Actors already stored as given are left alone: rewriting them would update every index on
  // Actor (full-text included) for each batch that mentions a busy actor.
  await runChunked(
    tx,
    `UNWIND $rows AS row MERGE (a:Actor {id: row.id}) ON CREATE SET a.degree = 0, a.weightedDegree = 0
     WITH a, row WHERE NOT coalesce(a {.id, .name, .type, .aliases, .status, .searchNames} = row.props, false)
     SET a += row.props REMOVE a:${ACTOR_TYPES.join(':')} SET a:$(row.type)`,
    await withStoredCandidates(tx, batch.actors),
    size,
  );
  // Step 1 took out every MENTIONS and Evidence of these articles, so theirs are created, not merged.
  const articles = batch.contributions.map((c) => {
    const properties = articleProperties(c.article);
    return batch.pipeline === undefined ? properties : { ...properties, pipeline: batch.pipeline };
  });
  await runChunked(tx, 'UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a = row', articles, size);
  await runChunked(
    tx,
    `UNWIND $rows AS row MATCH (article:Article {id: row.article}) MATCH (actor:Actor {id: row.actor})
     CREATE (article)-[:MENTIONS {count: row.count}]->(actor)`,
    batch.contributions.flatMap((c) => c.mentions),
    size,
  );
  const evidence = batch.contributions.flatMap((c) => c.evidence);
  await runChunked(
    tx,
    `UNWIND $rows AS row MATCH (article:Article {id: row.article})
     CREATE (article)-[:HAS_EVIDENCE]->(e:Evidence) SET e = row`,
    evidence,
    size,
  );
  for (const row of evidence) touchedKeys.add(row.relKey);

  // 3. Recompute every touched relationship from the evidence that now supports it.
  const changes = await rebuildRelationships(tx, [...touchedKeys], size, touchedActors);

  // 4. Actors that lost their last mention and relationship go too.
  await tx.run('UNWIND $ids AS id MATCH (a:Actor {id: id}) WHERE NOT EXISTS { (a)--() } DELETE a', { ids: [...touchedActors] });

  // 5. The degrees of the actors at either end of a relationship that appeared, went or changed weight.
  await runChunked(tx, APPLY_DEGREE_DELTAS, degreeDeltas(changes), size);

  // 6. A new graph revision: `kg serve` keys its cached answers (and ETags) by it. Random, not a
  // counter, so a database cleared and seeded again never repeats an earlier revision.
  await tx.run("MERGE (v:GraphRevision {id: 'graph'}) SET v.revision = randomUUID()");
}

/** `actors`, candidates among them merged with what is stored (see mergeStoredCandidate). */
async function withStoredCandidates(tx: ManagedTransaction, actors: ActorRow[]): Promise<ActorRow[]> {
  const ids = actors.filter((actor) => actor.props.status === 'candidate').map((actor) => actor.id);
  if (ids.length === 0) return actors;
  const result = await tx.run(
    `UNWIND $ids AS id MATCH (a:Actor {id: id}) WHERE a.status = 'candidate' RETURN a.id AS id, a.name AS name, a.aliases AS aliases`,
    { ids },
  );
  const stored = new Map(
    result.records.map((record) => [record.get('id') as string, { name: record.get('name') as string, aliases: record.get('aliases') as string[] }]),
  );
  return actors.map((actor) => {
    const candidate = stored.get(actor.id);
    return candidate ? mergeStoredCandidate(actor, candidate) : actor;
  });
}
