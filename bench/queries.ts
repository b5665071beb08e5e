/**
 * Query section of `npm run bench`: p50/p95/p99 latency of every named query
 * (src/queries runNamedQuery, as `kg query` and the API run them) on the graph the
 * loading section left, with varied parameters, and the index each query's plan starts
 * from (EXPLAIN), flagging label or all-node scans.
 */
import type { Driver, Plan } from 'neo4j-driver';
import type { GraphDocument } from '../src/document/types.ts';
import { loadQueryLibrary } from '../src/queries/library.ts';
import { resolveNamedQuery, runNamedQuery } from '../src/queries/run.ts';
import { createRandom, type Random } from '../src/synth/random.ts';
import { row, type Section } from './report.ts';
import { percentile, shortCount } from './stats.ts';

export interface QueryBenchOptions {
  driver: Driver;
  database: string;
  doc: GraphDocument;
  /** Timed runs per query (after a warm-up of a fifth as many). */
  runs: number;
}

type ParamMaker = (random: Random, doc: GraphDocument) => Record<string, unknown>;

const actorId = (random: Random, doc: GraphDocument) => random.pick(doc.actors).id;

/** Parameters per query, drawn afresh for every run; queries missing here run with their defaults. */
export const QUERY_PARAMS: Record<string, ParamMaker> = {
  article: (random, doc) => ({ id: random.pick(doc.articles).id }),
  'co-mentions': (random, doc) => ({ id: actorId(random, doc) }),
  neighbours: (random, doc) => ({ id: actorId(random, doc) }),
  timeline: (random, doc) => ({ id: actorId(random, doc) }),
  ego: (random, doc) => ({ id: actorId(random, doc), hops: 2 }),
  evidence: (random, doc) => {
    const { source, type, target } = random.pick(doc.relations);
    return { source, type, target };
  },
  search: (random, doc) => ({ q: random.pick(doc.actors).name.split(' ').slice(-1)[0]!.slice(0, -1) }),
  'shortest-paths': (random, doc) => ({ source: actorId(random, doc), target: actorId(random, doc) }),
};

/** Latency targets of the issue, by query. */
const TARGETS: Record<string, number> = { ego: 20, search: 10 };

/** Operators that read every node or every node of a label: a query starting with one ignores the indexes. */
const SCANS = /AllNodesScan|NodeByLabelScan/;

/** Index operators (with their details) and scans in a plan, depth first. */
function planAccess(plan: Plan, found: { indexes: Set<string>; scans: Set<string> }): typeof found {
  const operator = plan.operatorType.split('@')[0]!;
  const details = String(plan.arguments?.Details ?? '');
  if (/Index|Seek/.test(operator) || /fulltext/.test(details)) found.indexes.add(`${operator}(${details.slice(0, 80)})`);
  if (SCANS.test(operator)) found.scans.add(`${operator}(${details.slice(0, 60)})`);
  for (const child of plan.children) planAccess(child, found);
  return found;
}

export async function querySection(options: QueryBenchOptions, log: (line: string) => void): Promise<Section> {
  const { driver, database, doc, runs } = options;
  const section: Section = { name: 'Named queries', rows: [], notes: [], seconds: 0 };
  const size = `${shortCount(doc.actors.length)} actors / ${shortCount(doc.relations.length)} rels`;
  const library = loadQueryLibrary();
  const random = createRandom(7, 0x9e7);
  for (const [name, query] of library) {
    const makeParams = QUERY_PARAMS[name] ?? (() => ({}));
    if (!QUERY_PARAMS[name] && query.params.some((param) => param.default === undefined)) {
      section.notes.push(`${name}: not measured, the bench does not know how to fill its required parameters.`);
      continue;
    }
    log(`queries: ${name}`);
    const samples: number[] = [];
    for (let i = 0; i < runs + Math.ceil(runs / 5); i += 1) {
      const params = makeParams(random, doc);
      const begin = performance.now();
      await runNamedQuery(driver, name, params, { database, library });
      if (i >= Math.ceil(runs / 5)) samples.push(performance.now() - begin);
    }
    const p95 = percentile(samples, 95);
    const target = TARGETS[name];
    section.rows.push(
      row({ figure: `${name} p50`, size, value: percentile(samples, 50), unit: 'ms' }),
      row({ figure: `${name} p95`, size, value: p95, unit: 'ms', ...(target === undefined ? {} : { target: { text: `≤ ${target} ms`, met: p95 <= target } }) }),
      row({ figure: `${name} p99`, size, value: percentile(samples, 99), unit: 'ms' }),
    );

    const resolved = resolveNamedQuery(name, makeParams(random, doc), library);
    const session = driver.session({ database });
    try {
      const { summary } = await session.executeRead((tx) => tx.run(`EXPLAIN ${resolved.query.text}`, resolved.params));
      const access = summary.plan ? planAccess(summary.plan, { indexes: new Set(), scans: new Set() }) : undefined;
      const indexes = access && access.indexes.size > 0 ? [...access.indexes].join('; ') : 'no index';
      const scans = access && access.scans.size > 0 ? ` — **scans:** ${[...access.scans].join('; ')}` : '';
      section.notes.push(`\`${name}\` plan: ${indexes}${scans}`);
    } finally {
      await session.close();
    }
  }
  section.notes.push(`Each query ran ${runs} times (after ${Math.ceil(runs / 5)} warm-up runs) in sequence, each with fresh random parameters, through runNamedQuery (READ transaction, server-side timeout, result cap).`);
  return section;
}
