/**
 * Loading section of `npm run bench`: relationships/s of the project's loader
 * (src/graph loadDocument) against, on the same rows and server in the same run, a bare
 * batched `UNWIND $rows … CREATE` (the ceiling) and one auto-committed `MERGE` statement
 * per row (the naive way, run on a bounded sample and extrapolated as a rate); then the
 * re-seed of the unchanged corpus as a share of the first load. Leaves the loaded graph
 * in place for the query and API sections.
 */
import type { Driver } from 'neo4j-driver';
import type { GraphDocument } from '../src/document/types.ts';
import { loadDocument } from '../src/graph/loader.ts';
import { clearGraph } from './neo4j-server.ts';
import { row, type Section } from './report.ts';
import { shortCount } from './stats.ts';

export interface LoadingBenchOptions {
  driver: Driver;
  database: string;
  doc: GraphDocument;
  /** Rows the naive per-row MERGE runs on. */
  naiveSample: number;
}

const CHUNK = 1000;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const begin = performance.now();
  await work();
  return performance.now() - begin;
}

/** Bare ceiling: CREATE the actors, then per type CREATE the relationships, 1000 rows a statement, 10 statements a transaction. */
async function bareCreate({ driver, database, doc }: LoadingBenchOptions): Promise<void> {
  const session = driver.session({ database });
  try {
    const actorRows = doc.actors.map(({ id, name, type, aliases, status }) => ({ id, name, type, aliases, status }));
    for (let i = 0; i < actorRows.length; i += CHUNK * 10) {
      await session.executeWrite(async (tx) => {
        for (let j = i; j < Math.min(actorRows.length, i + CHUNK * 10); j += CHUNK) {
          await tx.run('UNWIND $rows AS row CREATE (a:Actor) SET a = row', { rows: actorRows.slice(j, j + CHUNK) });
        }
      });
    }
    const byType = new Map<string, object[]>();
    for (const relation of doc.relations) {
      const rows = byType.get(relation.type) ?? [];
      rows.push({ source: relation.source, target: relation.target, props: { relKey: `${relation.source}|${relation.type}|${relation.target}`, firstSeen: relation.date, lastSeen: relation.date } });
      byType.set(relation.type, rows);
    }
    for (const [type, rows] of byType) {
      for (let i = 0; i < rows.length; i += CHUNK * 10) {
        await session.executeWrite(async (tx) => {
          for (let j = i; j < Math.min(rows.length, i + CHUNK * 10); j += CHUNK) {
            // The type comes from the generated document's fixed list of ontology types.
            await tx.run(`UNWIND $rows AS row MATCH (s:Actor {id: row.source}) MATCH (t:Actor {id: row.target}) CREATE (s)-[r:${type}]->(t) SET r = row.props`, { rows: rows.slice(j, j + CHUNK) });
          }
        });
      }
    }
  } finally {
    await session.close();
  }
}

/** Naive: one auto-commit MERGE statement per relationship, for the first `count` relations. */
async function perRowMerge({ driver, database, doc }: LoadingBenchOptions, count: number): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const relation of doc.relations.slice(0, count)) {
      await session.run(
        `MERGE (s:Actor {id: $source}) MERGE (t:Actor {id: $target}) MERGE (s)-[r:${relation.type}]->(t) SET r.relKey = $key`,
        { source: relation.source, target: relation.target, key: `${relation.source}|${relation.type}|${relation.target}` },
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

  log(`loading: bare UNWIND … CREATE, ${size}`);
  await clearGraph(driver, database);
  const ceiling = rate(total, await timed(() => bareCreate(options)));
  await clearGraph(driver, database);

  const sample = Math.min(options.naiveSample, total);
  log(`loading: per-row MERGE, ${sample} rows`);
  const naive = rate(sample, await timed(() => perRowMerge(options, sample)));
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
    row({ figure: 'loader relationships/s', size, value: loader, unit: 'rels/s', baseline: { name: 'bare UNWIND…CREATE (ceiling)', value: ceiling }, target: { text: '≥ 0.7× ceiling', met: loader >= 0.7 * ceiling } }),
    row({ figure: 'loader relationships/s', size, value: loader, unit: 'rels/s', baseline: { name: `per-row MERGE (naive, ${sample} rows)`, value: naive }, target: { text: '≥ 20× per-row', met: loader >= 20 * naive } }),
    row({ figure: 're-seed of unchanged corpus', size, value: (reseedMs / firstMs) * 100, unit: '% of first load', baseline: { name: 'first load (s)', value: firstMs / 1000 }, target: { text: '≤ 5%', met: reseedMs <= 0.05 * firstMs } }),
  );
  section.notes.push(
    `The loader writes more than the baselines for the same relationships: an Article node per ${Math.round(total / doc.articles.length)} relations, an Evidence node and HAS_EVIDENCE per relation, MENTIONS, and recomputes each touched relationship's properties from its evidence.`,
    'Ceiling and naive write only actors and typed relationships with their key; the naive rate is measured on a sample and extrapolated as a rate.',
  );
  return section;
}
