/**
 * A seed of 10,000 synthetic articles (STRESS_SEED_ARTICLES to change it) completes,
 * loads every article, and its memory stays flat: the child's resident set size,
 * sampled by rss-probe.mjs between its progress lines, may not grow more than 2× from
 * the moment 20 % of the articles are loaded to the end of the run. A structural
 * bound — memory proportional to the corpus would break it — not a timing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphTotals } from '../../src/graph/loader.ts';
import { writeCorpus } from '../../src/synth/write-corpus.ts';
import { clearDatabase, neo4jEnv, testConnection, testDriver } from '../helpers/neo4j.ts';
import { runKg } from '../reliability/run-kg.ts';

const ARTICLES = Number(process.env.STRESS_SEED_ARTICLES ?? 10_000);
/** Growth allowed between the early mark and the end. */
const MAX_GROWTH = 2;
const PROBE = fileURLToPath(new URL('./rss-probe.mjs', import.meta.url));

let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'newsgraph-stress-seed-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** RSS samples, each tagged with the number of articles extracted and loaded when it was taken. */
function samplesByProgress(stderr: string): Array<{ done: number; rss: number }> {
  const samples = [];
  let done = 0;
  for (const line of stderr.split('\n')) {
    const progress = /^kg seed: extracting and loading: (\d+)\/\d+/.exec(line);
    if (progress) done = Number(progress[1]);
    const probe = /^rss-probe: (\d+)$/.exec(line);
    if (probe) samples.push({ done, rss: Number(probe[1]) });
  }
  return samples;
}

it(`seeds ${ARTICLES} synthetic articles with flat memory`, async () => {
  const corpus = await writeCorpus({ out: join(work, 'corpus'), articles: ARTICLES, format: 'jsonl' });
  const driver = await testDriver();
  const { database } = testConnection();
  try {
    await clearDatabase(driver, { schema: true });
    const run = await runKg(['seed', corpus.files.articles, '--catalog', corpus.files.catalog, '--batch-size', '100'], {
      env: neo4jEnv(),
      nodeArgs: ['--import', PROBE],
      timeoutMs: 840_000,
    });
    expect(run.code, run.stderr.slice(-2000)).toBe(0);
    expect((await graphTotals(driver, database)).articles).toBe(ARTICLES);

    const samples = samplesByProgress(run.stderr);
    const mark = samples.find((sample) => sample.done >= ARTICLES / 5);
    expect(mark, 'no memory sample after 20 % of the articles were loaded').toBeDefined();
    const peak = Math.max(...samples.slice(samples.indexOf(mark!)).map((sample) => sample.rss));
    const mb = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;
    console.log(`seed-memory: ${ARTICLES} articles; RSS at ${mark!.done} articles: ${mb(mark!.rss)}, peak after: ${mb(peak)}`);
    expect(peak / mark!.rss).toBeLessThan(MAX_GROWTH);
  } finally {
    await driver.close();
  }
});
