/**
 * API section of `npm run bench`: requests/s and p50/p99 latency of capped 2-hop ego
 * requests (`/api/query/ego`, a random actor each) from 50 concurrent keep-alive clients
 * against the real server (src/server startServer, in process, on 127.0.0.1) with its
 * answer cache off, for a fixed time and at most a fixed number of requests; every
 * non-200 answer counts as an error. Baseline: `/api/health`, the same server's cheapest
 * route, under the same load. Then the same clients on a mix of repeated views (ego
 * networks, actor panels, evidence and the timeline of a few actors, as analysts
 * re-open what they looked at) against the server as it runs, cached by graph revision,
 * next to the uncached ego figures.
 */
import type { Driver } from 'neo4j-driver';
import type { GraphDocument } from '../src/document/types.ts';
import type { Random } from '../src/synth/random.ts';
import { startServer } from '../src/server/start-server.ts';
import { createRandom } from '../src/synth/random.ts';
import { formatNumber, row, type Row, type Section } from './report.ts';
import { percentile, shortCount } from './stats.ts';

export interface ApiBenchOptions {
  driver: Driver;
  database: string;
  doc: GraphDocument;
  clients: number;
  seconds: number;
  /** Upper bound on requests per phase, whatever the time. */
  maxRequests: number;
}

interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  latencies: number[];
  firstError?: string;
}

/** Runs `clients` loops fetching `nextUrl()` until the time or request budget is spent. */
async function load(clients: number, seconds: number, maxRequests: number, nextUrl: () => string): Promise<LoadResult> {
  const result: LoadResult = { requests: 0, errors: 0, seconds: 0, latencies: [] };
  const deadline = performance.now() + seconds * 1000;
  const begin = performance.now();
  const client = async () => {
    while (performance.now() < deadline && result.requests < maxRequests) {
      result.requests += 1;
      const start = performance.now();
      try {
        const response = await fetch(nextUrl());
        await response.arrayBuffer();
        if (response.status !== 200) {
          result.errors += 1;
          result.firstError ??= `HTTP ${response.status}`;
        }
      } catch (error) {
        result.errors += 1;
        result.firstError ??= (error as Error).message;
      }
      result.latencies.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  result.seconds = (performance.now() - begin) / 1000;
  return result;
}

/** Distinct views in the repeated mix: a few actors' ego networks, panels and evidence. */
const MIX_ACTORS = 10;

/** URLs of the repeated mix: for MIX_ACTORS actors, their 2-hop ego, actor panel and one relationship's evidence, plus the timeline. */
function repeatedViews(doc: GraphDocument, random: Random): string[] {
  const urls = ['api/timeline'];
  for (let i = 0; i < MIX_ACTORS; i++) {
    const relation = random.pick(doc.relations);
    const id = encodeURIComponent(relation.source);
    urls.push(`api/query/ego?id=${id}&hops=2&limit=200`, `api/actor/${id}`);
    urls.push(`api/evidence?${new URLSearchParams({ source: relation.source, type: relation.type, target: relation.target })}`);
  }
  return urls;
}

export async function apiSection(options: ApiBenchOptions, log: (line: string) => void): Promise<Section> {
  const { driver, database, doc, clients, seconds, maxRequests } = options;
  const section: Section = { name: 'HTTP API under load', rows: [], notes: [], seconds: 0 };
  const size = `${clients} clients × ${seconds} s, ${shortCount(doc.actors.length)} actors / ${shortCount(doc.relations.length)} rels`;
  const serverOptions = { driver, host: '127.0.0.1', port: 0, database, viewerDir: null, log: () => undefined };
  const server = await startServer({ ...serverOptions, cacheEntries: 0 });
  const cached = await startServer(serverOptions);
  try {
    const random = createRandom(11, 0xa91);
    log('api: /api/health (baseline)');
    const health = await load(clients, seconds, maxRequests, () => `${server.url}api/health`);
    log('api: /api/query/ego (capped, 2 hops)');
    const egoUrl = () => `${server.url}api/query/ego?id=${encodeURIComponent(random.pick(doc.actors).id)}&hops=2&limit=200`;
    const ego = await load(clients, seconds, maxRequests, egoUrl);
    const p99 = percentile(ego.latencies, 99);
    const views = repeatedViews(doc, random);
    log(`api: ${views.length} views asked once each (warm-up), then asked again at random, cached by graph revision`);
    const warmUp = performance.now();
    await Promise.all(views.map((view) => fetch(`${cached.url}${view}`).then((response) => response.arrayBuffer())));
    const warmUpSeconds = (performance.now() - warmUp) / 1000;
    const mix = await load(clients, seconds, maxRequests, () => `${cached.url}${random.pick(views)}`);
    const mixP99 = percentile(mix.latencies, 99);
    const health50 = { name: '/api/health', value: percentile(health.latencies, 50) };
    const health99 = { name: '/api/health', value: percentile(health.latencies, 99) };
    const uncached = (value: number) => ({ name: 'ego, uncached', value });
    const figure = (name: string, value: number, unit: string, extra: Pick<Row, 'baseline' | 'target'> = {}) =>
      row({ figure: name, size, value, unit, ...extra });
    const rate = (result: LoadResult) => result.requests / result.seconds;
    section.rows.push(
      figure('ego requests/s', rate(ego), 'req/s', { baseline: { name: '/api/health', value: rate(health) } }),
      figure('ego p50', percentile(ego.latencies, 50), 'ms', { baseline: health50 }),
      figure('ego p99', p99, 'ms', { baseline: health99, target: { text: '≤ 100 ms', met: p99 <= 100 } }),
      figure('ego errors', ego.errors, `of ${ego.requests}`, { target: { text: 'zero errors', met: ego.errors + health.errors === 0 } }),
      figure('repeated views, cached: requests/s', rate(mix), 'req/s', { baseline: uncached(rate(ego)) }),
      figure('repeated views, cached: p50', percentile(mix.latencies, 50), 'ms', { baseline: uncached(percentile(ego.latencies, 50)) }),
      figure('repeated views, cached: p99', mixP99, 'ms', { baseline: uncached(p99), target: { text: '≤ 200 ms', met: mixP99 <= 200 } }),
      figure('repeated views, cached: errors', mix.errors, `of ${mix.requests}`, { target: { text: 'zero errors', met: mix.errors === 0 } }),
    );
    const firstError = ego.firstError ?? health.firstError ?? mix.firstError;
    if (firstError) section.notes.push(`First error: ${firstError}`);
    section.notes.push(
      `Repeated views: ${views.length} URLs (ego networks, actor panels and evidence of ${MIX_ACTORS} actors, and the timeline), ` +
        `each asked once first (${formatNumber(warmUpSeconds)} s, all at once), then each request one of them at random; ` +
        'every answer still reads the graph revision from Neo4j (concurrent requests share one read).',
    );
    section.notes.push(
      'Server started in process with startServer on 127.0.0.1 (port chosen by the OS); clients are Node fetch (undici, keep-alive) ' +
        'in the same process, so client and server share the 2 cores.',
    );
  } finally {
    await server.close();
    await cached.close();
  }
  return section;
}
