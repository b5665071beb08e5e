/**
 * The benchmark harness behind `npm run bench`: runs the sections in order on one
 * throwaway Neo4j, keeps going when one fails (recording why), and writes
 * results.json and results.md. Presets: `full` (documented run), `quick` (< 10 min on
 * 2 cores) and `tiny` (the harness's own test).
 */
import os from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiSection } from './api.ts';
import { extractionSection } from './extraction.ts';
import { realTextSection } from './extraction-real.ts';
import { generateGraphDocument } from './graph-rows.ts';
import { loadingSection } from './loading.ts';
import { describeMachine } from './machine.ts';
import type { Neo4jConnection } from '../src/neo4j/index.ts';
import { clearGraph, connectBenchNeo4j, startBenchNeo4j, type BenchNeo4j } from './neo4j-server.ts';
import { querySection } from './queries.ts';
import { toMarkdown, type BenchResults, type Section } from './report.ts';
import { viewerSection } from './viewer.ts';

/** The English Web Treebank's source documents: the real text extraction is timed on. */
const REAL_TEXT_DIR = fileURLToPath(new URL('../../shared/data/ud/ewt/sources', import.meta.url));

export const SECTION_NAMES = ['extraction', 'loading', 'queries', 'api', 'viewer'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export interface BenchConfig {
  preset: 'full' | 'quick' | 'tiny';
  sections: SectionName[];
  seed: number;
  /** Actors of the synthetic corpus for extraction. */
  corpusActors: number;
  extractionSizes: number[];
  /** Every n-th EWT source document is the real text of the extraction section (1 = all 1,174). */
  realTextStride: number;
  graph: { actors: number; relationships: number };
  naiveSample: number;
  queryRuns: number;
  api: { clients: number; seconds: number; maxRequests: number };
  /** Node counts of the viewer graphs (edges: 5× nodes). */
  viewerSizes: number[];
  /** Where results.json and results.md go, and scratch files under out/. */
  outDir: string;
  /** A throwaway Neo4j to use instead of starting one (the tests pass theirs); its graph is cleared. */
  connection?: Neo4jConnection;
}

const BENCH_DIR = new URL('.', import.meta.url).pathname;

const full: BenchConfig = {
  preset: 'full',
  sections: [...SECTION_NAMES],
  seed: 1,
  corpusActors: 400,
  extractionSizes: [1_000, 10_000, 100_000],
  realTextStride: 1,
  graph: { actors: 100_000, relationships: 1_000_000 },
  naiveSample: 5_000,
  queryRuns: 300,
  api: { clients: 50, seconds: 30, maxRequests: 200_000 },
  viewerSizes: [1_000, 10_000],
  outDir: BENCH_DIR,
};

export const PRESETS: Record<BenchConfig['preset'], BenchConfig> = {
  full,
  quick: {
    ...full,
    preset: 'quick',
    extractionSizes: [1_000, 10_000],
    realTextStride: 1,
    graph: { actors: 10_000, relationships: 100_000 },
    naiveSample: 2_000,
    queryRuns: 100,
    api: { ...full.api, seconds: 10 },
  },
  tiny: {
    ...full,
    preset: 'tiny',
    corpusActors: 60,
    extractionSizes: [20],
    realTextStride: 200,
    graph: { actors: 200, relationships: 1_000 },
    naiveSample: 50,
    queryRuns: 5,
    api: { clients: 5, seconds: 1, maxRequests: 200 },
    viewerSizes: [100],
  },
};

async function timedSection(name: string, work: () => Promise<Section>): Promise<Section> {
  const begin = performance.now();
  let section: Section;
  try {
    section = await work();
  } catch (error) {
    section = { name, rows: [], notes: [], error: (error as Error)?.message ?? String(error), seconds: 0 };
  }
  section.seconds = (performance.now() - begin) / 1000;
  return section;
}

/**
 * Runs the configured sections and writes the results, rewritten after every section
 * so that an interrupted run keeps what it measured; resolves to them.
 */
export async function runBench(config: BenchConfig, log: (line: string) => void = console.log): Promise<BenchResults> {
  const begin = performance.now();
  const machine = describeMachine();
  const results: BenchResults = { date: new Date().toISOString(), quick: config.preset !== 'full', machine, seconds: 0, sections: [] };
  const wants = (name: SectionName) => config.sections.includes(name);
  const workDir = join(config.outDir, 'out');
  await mkdir(config.outDir, { recursive: true });
  const save = async (section?: Section) => {
    if (section) results.sections.push(section);
    results.seconds = (performance.now() - begin) / 1000;
    await writeFile(join(config.outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(join(config.outDir, 'results.md'), toMarkdown(results));
  };

  if (wants('extraction')) {
    await save(
      await timedSection('Extraction on real text', () =>
        realTextSection({ sourcesDir: REAL_TEXT_DIR, stride: config.realTextStride, cores: os.availableParallelism() }, log),
      ),
    );
    await save(
      await timedSection('Extraction', () =>
        extractionSection({ sizes: config.extractionSizes, seed: config.seed, actors: config.corpusActors, cores: os.availableParallelism(), workDir }, log),
      ),
    );
  }

  if (wants('loading') || wants('queries') || wants('api')) {
    let db: BenchNeo4j | undefined;
    try {
      log('neo4j: starting a throwaway server');
      db = config.connection ? await connectBenchNeo4j(config.connection) : await startBenchNeo4j(log);
      machine.neo4j = db.version;
      log(`graph: generating ${config.graph.actors} actors / ${config.graph.relationships} relationships`);
      const doc = generateGraphDocument(config.seed, config.graph.actors, config.graph.relationships);
      const { driver, database } = db;
      // Queries and API need the graph the loading section leaves.
      const loading = await timedSection('Loading into Neo4j', () => loadingSection({ driver, database, doc, naiveSample: config.naiveSample }, log));
      await save(loading);
      if (loading.error) throw new Error('the graph could not be loaded, so queries and API were not measured');
      if (wants('queries')) await save(await timedSection('Named queries', () => querySection({ driver, database, doc, runs: config.queryRuns }, log)));
      if (wants('api')) await save(await timedSection('HTTP API under load', () => apiSection({ driver, database, doc, ...config.api }, log)));
      await clearGraph(driver, database);
    } catch (error) {
      await save({ name: 'Neo4j', rows: [], notes: [], error: (error as Error)?.message ?? String(error), seconds: 0 });
    } finally {
      await db?.stop();
    }
  }

  if (wants('viewer')) await save(await timedSection('Viewer', () => viewerSection({ sizes: config.viewerSizes, seed: config.seed }, log)));
  await save();
  return results;
}
