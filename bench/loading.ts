/**
 * Loading section of `npm run bench`: relationships/s of the project's loader
 * (src/graph loadDocument) against baselines on the same rows and server in the same
 * run: a bare batched `UNWIND $rows … CREATE` of every record the loader stores (actors,
 * articles, MENTIONS, Evidence with HAS_EVIDENCE, relationships: the online-write ceiling),
 * the same CREATE of actors and relationships only (for reference), and one auto-committed
 * statement per evidence row MERGEing what that row stores (the naive way, run on a
 * bounded sample and extrapolated); then the re-seed of the unchanged corpus as a share of
 * the first load. Leaves the loaded graph in place for the query and API sections.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { GraphDocument } from '../src/document/types.ts';
import { loadDocument } from '../src/graph/loader.ts';
import { buildDocumentRows, type DocumentRows, type EvidenceRow } from '../src/graph/rows.ts';
import { clearGraph } from './neo4j-server.ts';
import { row, type Section } from './report.ts';
import { shortCount } from './stats.ts';

export interface LoadingBenchOptions {
  driver: Driver;
  database: string;
  doc: GraphDocument;
  /** Evidence rows the naive per-row statements run on. */
  naiveSample: number;
}

const CHUNK = 1000;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const begin = performance.now();
  await work();
  return performance.now() - begin;
}

/** Runs `statement` over `rows`, 1000 rows a statement and 10 statements a transaction. */
async function createInBatches(driver: Driver, database: string, statement: string, rows: readonly unknown[]): Promise<void> {
  const session = driver.session({ database });
  try {
    for (let i = 0; i < rows.length; i += CHUNK * 10) {
      await session.executeWrite(async (tx: ManagedTransaction) => {
        for (let j = i; j < Math.min(rows.length, i + CHUNK * 10); j += CHUNK) await tx.run(statement, { rows: rows.slice(j, j + CHUNK) });
      });
    }
  } finally {
    await session.close();
  }
}

/** Bare CREATE of the actors, then of each type's relationships (the type comes from the generated document's fixed list). */
async function createActorsAndRelationships(driver: Driver, database: string, doc: GraphDocument): Promise<void> {
  await createInBatches(
    driver,
    database,
    'UNWIND $rows AS row CREATE (a:Actor) SET a = row',
    doc.actors.map(({ id, name, type, aliases, status }) => ({ id, name, type, aliases, status })),
  );
  const byType = new Map<string, object[]>();
  for (const relation of doc.relations) {
    const rows = byType.get(relation.type) ?? [];
    rows.push({
      source: relation.source,
      target: relation.target,
      props: {
        relKey: `${relation.source}|${relation.type}|${relation.target}`,
        weight: relation.evidence.length,
        firstSeen: relation.date,
        lastSeen: relation.date,
      },
    });
    byType.set(relation.type, rows);
  }
  for (const [type, rows] of byType) {
    await createInBatches(
      driver,
      database,
      `UNWIND $rows AS row MATCH (s:Actor {id: row.source}) MATCH (t:Actor {id: row.target}) CREATE (s)-[r:${type}]->(t) SET r = row.props`,
      rows,
    );
  }
}

/** Bare CREATE of every record the loader stores, from the loader's own rows. */
async function createEverything(driver: Driver, database: string, doc: GraphDocument, rows: DocumentRows): Promise<void> {
  await createActorsAndRelationships(driver, database, doc);
  const contributions = rows.contributions;
  await createInBatches(driver, database, 'UNWIND $rows AS row CREATE (a:Article) SET a = row', contributions.map((c) => c.article));
  await createInBatches(
    driver,
    database,
    'UNWIND $rows AS row MATCH (article:Article {id: row.article}) MATCH (actor:Actor {id: row.actor}) CREATE (article)-[:MENTIONS {count: ' +
      'row.count}]->(actor)',
    contributions.flatMap((c) => c.mentions),
  );
  await createInBatches(
    driver,
    database,
    'UNWIND $rows AS row MATCH (article:Article {id: row.article}) CREATE (e:Evidence) SET e = row CREATE (article)-[:HAS_EVIDENCE]->(e)',
    contributions.flatMap((c) => c.evidence),
  );
}

/** Naive: per evidence row one auto-commit statement MERGEing its actors, article, evidence and relationship. */
async function perRowMerge(driver: Driver, database: string, evidence: readonly EvidenceRow[]): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const item of evidence) {
      await session.run(
        `MERGE (s:Actor {id: $row.source}) MERGE (t:Actor {id: $row.target}) MERGE (article:Article {id: $row.article})
         MERGE (e:Evidence {id: $row.id}) SET e = $row MERGE (article)-[:HAS_EVIDENCE]->(e)
         MERGE (s)-[r:${item.type}]->(t) SET r.relKey = $row.relKey, r.weight = coalesce(r.weight, 0) + 1`,
        { row: item },
      );
    }
  } finally {
    await session.close();
  }
}

export async function loadingSection(options: LoadingBenchOptions, log: (line: string) => void): Promise<Section> {
  const { driver, database, doc } = options;
  const section: Section = { name: 'Loading into Neo4j', rows: [], notes: [], seconds: 0 };
  const total = doc.relations.length;
  const size = `${shortCount(doc.actors.length)} actors / ${shortCount(total)} rels`;
  const rate = (count: number, ms: number) => (count * 1000) / ms;

  const rows = buildDocumentRows(doc);
  const evidence = rows.contributions.flatMap((c) => c.evidence);

  log(`loading: bare UNWIND … CREATE of every record, ${size}`);
  await clearGraph(driver, database);
  const ceiling = rate(total, await timed(() => createEverything(driver, database, doc, rows)));
  await clearGraph(driver, database);
  log(`loading: bare UNWIND … CREATE of actors and relationships only, ${size}`);
  const relationshipsOnly = rate(total, await timed(() => createActorsAndRelationships(driver, database, doc)));
  await clearGraph(driver, database);

  const sample = Math.min(options.naiveSample, evidence.length);
  log(`loading: per-row MERGE, ${sample} evidence rows`);
  // Extrapolated: the time per evidence row times every row, as relationships/s of the whole document.
  const naive = rate(total, ((await timed(() => perRowMerge(driver, database, evidence.slice(0, sample)))) / sample) * evidence.length);
  await clearGraph(driver, database);

  log(`loading: project loader, ${size}`);
  let reported = 0;
  const onProgress = (done: number, articles: number) => {
    if (done - reported < articles / 10 && done < articles) return;
    reported = done;
    log(`loading: ${done}/${articles} articles`);
  };
  const firstMs = await timed(() => loadDocument(driver, doc, { database, onProgress }));
  const loader = rate(total, firstMs);
  log('loading: re-seed of the unchanged corpus');
  const reseedMs = await timed(() => loadDocument(driver, doc, { database }));

  section.rows.push(
    row({
      figure: 'loader relationships/s',
      size,
      value: loader,
      unit: 'rels/s',
      baseline: { name: 'bare UNWIND…CREATE of the same records (ceiling)', value: ceiling },
      target: { text: '≥ 0.7× ceiling', met: loader >= 0.7 * ceiling },
    }),
    row({
      figure: 'loader relationships/s',
      size,
      value: loader,
      unit: 'rels/s',
      baseline: { name: 'bare UNWIND…CREATE of actors and relationships only', value: relationshipsOnly },
    }),
    row({
      figure: 'loader relationships/s',
      size,
      value: loader,
      unit: 'rels/s',
      baseline: { name: `per-row MERGE (naive, ${sample} evidence rows)`, value: naive },
      target: { text: '≥ 20× per-row', met: loader >= 20 * naive },
    }),
    row({
      figure: 're-seed of unchanged corpus',
      size,
      value: (reseedMs / firstMs) * 100,
      unit: '% of first load',
      baseline: { name: 'first load (s)', value: firstMs / 1000 },
      target: { text: '≤ 5%', met: reseedMs <= 0.05 * firstMs },
    }),
  );
  section.notes.push(
    `Same records: actors, an Article per ${Math.round(total / doc.articles.length)} relationships, MENTIONS, an Evidence node with HAS_EVIDENCE per ` +
      `supporting sentence, and the relationships. The loader also MERGEs (idempotent), replaces each article's previous contribution, recomputes each ` +
      `touched relationship from its evidence and keeps actor degrees.`,
    'The actors-and-relationships-only CREATE writes a third of those records; it is shown for reference. The naive rate is measured on a sample of ' +
      'evidence rows and extrapolated to the whole document.',
  );
  return section;
}
