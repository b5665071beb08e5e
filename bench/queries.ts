/**
 * Query section of `npm run bench`: p50/p95/p99 latency of every named query
 * (src/queries runNamedQuery, as `kg query` and the API run them), next to the round trip
 * of a bare `RETURN 1` through the same driver (the floor), on the graph the
 * loading section left, with varied parameters, and the index each query's plan starts
 * from (EXPLAIN), flagging label or all-node scans.
 */
import neo4j, { type Driver, type Plan } from 'neo4j-driver';
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

/** Timed runs a slow query gets at least, whatever the time budget. */
const MIN_RUNS = 10;
/** Time one query may take in all: slow queries (label scans) get fewer runs rather than minutes each. */
const BUDGET_MS = 15_000;

/**
 * Milliseconds of each of `runs` calls of `work`, after a warm-up of a fifth as many;
 * fewer (but at least MIN_RUNS) once BUDGET_MS has passed.
 */
async function timedRuns(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  const warmUp = Math.ceil(runs / 5);
  const started = performance.now();
  for (let i = 0; i < runs + warmUp; i += 1) {
    const begin = performance.now();
    await work();
    const elapsed = performance.now() - started;
    if (i >= warmUp) samples.push(performance.now() - begin);
    // A slow query cuts its warm-up short too (a fifth of the budget), then its runs.
    else if (elapsed > BUDGET_MS / 5) i = warmUp - 1;
    if (samples.length >= MIN_RUNS && elapsed > BUDGET_MS) break;
  }
  return samples;
}

export async function querySection(options: QueryBenchOptions, log: (line: string) => void): Promise<Section> {
  const { driver, database, doc, runs } = options;
  const section: Section = { name: 'Named queries', rows: [], notes: [], seconds: 0 };
  const size = `${shortCount(doc.actors.length)} actors / ${shortCount(doc.relations.length)} rels`;
  const library = loadQueryLibrary();
  const random = createRandom(7, 0x9e7);

  // The floor every query stands on: a READ transaction of `RETURN 1` through the same driver.
  log('queries: RETURN 1 (round-trip baseline)');
  const floorSamples = await timedRuns(runs, async () => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => tx.run('RETURN 1'));
    } finally {
      await session.close();
    }
  });
  const floor = (p: number) => ({ name: `RETURN 1 round trip p${p}`, value: percentile(floorSamples, p) });

  for (const [name, query] of library) {
    const makeParams = QUERY_PARAMS[name] ?? (() => ({}));
    if (!QUERY_PARAMS[name] && query.params.some((param) => param.default === undefined)) {
      section.notes.push(`${name}: not measured, the bench does not know how to fill its required parameters.`);
      continue;
    }
    log(`queries: ${name}`);
    const samples = await timedRuns(runs, () => runNamedQuery(driver, name, makeParams(random, doc), { database, library }));
    if (samples.length < runs) section.notes.push(`\`${name}\` ran ${samples.length} times, not ${runs}: its runs took over ${BUDGET_MS / 1000} s in all.`);
    const p95 = percentile(samples, 95);
    const target = TARGETS[name];
    section.rows.push(
      row({ figure: `${name} p50`, size, value: percentile(samples, 50), unit: 'ms', baseline: floor(50) }),
      row({
        figure: `${name} p95`,
        size,
        value: p95,
        unit: 'ms',
        baseline: floor(95),
        ...(target === undefined ? {} : { target: { text: `≤ ${target} ms`, met: p95 <= target } }),
      }),
      row({ figure: `${name} p99`, size, value: percentile(samples, 99), unit: 'ms', baseline: floor(99) }),
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
  section.notes.push(
    `Each query ran up to ${runs} times (after ${Math.ceil(runs / 5)} warm-up runs) in sequence, each with fresh random parameters, through runNamedQuery ` +
      `(READ transaction, server-side timeout, result cap).`,
  );
  return section;
}
