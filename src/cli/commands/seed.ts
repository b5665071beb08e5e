/**
 * `kg seed [paths…]`: ingest → extract → load into Neo4j, incrementally (unchanged
 * articles are skipped, changed ones replaced), or `--remove <id>` to take articles out.
 * A first pass checks every article; the second extracts and loads them a chunk at a
 * time, so memory follows the chunk, not the corpus. The article is the unit of failure:
 * one whose extraction fails or is invalid is reported and left out, the others load.
 */
import { KgError } from '../../errors.ts';
import { DocumentBuilder } from '../../extract/index.ts';
import { graphTotals, loadDocument, removeArticles } from '../../graph/loader.ts';
import { pipelineFingerprint } from '../../graph/pipeline-fingerprint.ts';
import { ontologyRelationTypes } from '../../graph/rows.ts';
import { applySchema } from '../../graph/schema.ts';
import {
  fetchRequested,
  formatProblem,
  ingestError,
  scanArticles,
  streamArticles,
  type Article,
  type ArticleScan,
  type IngestProblem,
} from '../../ingest/index.ts';
import { addStoredSources, matchStoredArticles } from '../../ingest/stored-copies.ts';
import { CLI_DEFAULTS } from '../defaults.ts';
import { openExtractor, type Extractor } from '../extract-pool.ts';
import { articlePaths, contextFiles, type CheckedExtraction } from '../inputs.ts';
import { repeatable, wholeNumber } from '../options.ts';
import { createProgress } from '../progress.ts';
import type { KgCommand } from '../types.ts';
import { withDatabase } from '../with-database.ts';

interface SeedOptions {
  catalog: string[];
  topicPacks: boolean;
  strict: boolean;
  batchSize: number;
  force: boolean;
  remove: string[];
  url: string[];
  urls: string[];
  refetch: boolean;
  jobs: number;
}

/** The ingest part of the summary: copies folded, inputs skipped (not English, no article), URLs fetched. */
function ingestSummary(problems: readonly IngestProblem[], folded: number, urls: { fetched: number; cached: number } | null): string {
  const skipped = (reason: IngestProblem['skip']) => problems.filter((problem) => problem.skip === reason).length;
  const parts = [
    `${folded} ${folded === 1 ? 'copy' : 'copies'} folded`,
    `${skipped('not-english')} not English, ${skipped('no-article')} without article text (skipped)`,
  ];
  if (urls) parts.push(`URLs: ${urls.fetched} fetched, ${urls.cached} from the cache`);
  return parts.join(', ');
}

/** Extracts and validates every article of `scan` without keeping the results: the failures. */
async function extractionFailures(scan: ArticleScan, extractor: Extractor, chunk: number): Promise<string[]> {
  const failures: string[] = [];
  for await (const articles of streamArticles(scan, chunk)) {
    for (const { failure } of await extractor.extract(articles)) if (failure) failures.push(failure);
  }
  return failures;
}

interface ExtractedChunk {
  articles: Article[];
  results: Promise<CheckedExtraction[]>;
}

/**
 * The chunks of `scan` with their extraction. On worker threads a chunk's extraction starts
 * as soon as the chunk before it is handed out, so the threads extract the next chunk while
 * that one loads into Neo4j; in this thread, one chunk at a time (memory holds one chunk).
 */
async function* extractedChunks(scan: ArticleScan, extractor: Extractor, chunk: number): AsyncGenerator<ExtractedChunk> {
  const chunks = streamArticles(scan, chunk)[Symbol.asyncIterator]();
  const start = async (): Promise<ExtractedChunk | undefined> => {
    const next = await chunks.next();
    if (next.done) return undefined;
    const results = extractor.extract(next.value);
    // Awaited by the consumer; a rejection before then must not count as unhandled.
    results.catch(() => {});
    return { articles: next.value, results };
  };
  for (let current = await start(); current; ) {
    if (extractor.threads === 0) {
      yield current;
      current = await start();
    } else {
      const following = start();
      // Awaited below unless the consumer stops first; its failure then must not count as unhandled.
      following.catch(() => {});
      yield current;
      current = await following;
    }
  }
}

async function remove(ids: string[], seconds: () => string): Promise<number> {
  return withDatabase(async (driver, database) => {
    await applySchema(driver, { database });
    const { removed, missing } = await removeArticles(driver, ids, { database });
    for (const id of missing) console.error(`kg seed: no article "${id}" in the graph (see \`kg cypher "MATCH (a:Article) RETURN a.id"\`).`);
    const totals = await graphTotals(driver, database);
    console.log(`kg seed: removed ${removed.length} article(s); graph: ${totals.actors} actors, ${totals.relationships} relationships; ${seconds()} s.`);
    return missing.length > 0 ? 1 : 0;
  });
}

export const command: KgCommand<SeedOptions> = {
  summary: 'Load articles into Neo4j (ingest, extract, load); incremental',
  configure: (command) =>
    command
      .usage('[paths…] [options]\n       kg seed --remove <article-id>…')
      .description('Reads articles (default seed/articles), extracts the actor graph and loads it into Neo4j. ' +
        'Safe to re-run: unchanged articles are skipped, changed ones replace their previous contribution; ' +
        'after a change to the catalogs, the ontology or the pipeline, every article counts as changed. ' +
        'An article that cannot be read or extracted is reported and left out; the others load, and the exit code is 1. ' +
        'Copies of one story from several outlets are loaded once, with every outlet and URL; articles not in English ' +
        'and pages with no article text are reported and skipped.')
      .argument('[paths...]', 'article files (.txt, .md, .jsonl, .html, .htm, .xml, .rss, .atom) or directories')
      .option('--url <url>', 'fetch a web page or feed (http or https) and seed its articles, repeatable', repeatable, [])
      .option('--urls <file>', 'fetch every URL of a file (one a line; # starts a comment), repeatable', repeatable, [])
      .option('--refetch', 'fetch URLs again even when .kg/cache/ holds them', false)
      .option('--catalog <file>', 'an extra actor catalog on top of seed/catalog.yaml, repeatable', repeatable, [])
      .option('--no-topic-packs', 'general knowledge alone (countries, organisations, agents): no seed/catalog.yaml, no --catalog')
      .option('--strict', 'any unreadable article, or one whose extraction fails, stops the run before anything is written', false)
      .option('--batch-size <n>', 'articles per transaction', wholeNumber(), CLI_DEFAULTS.batchSize)
      .option('--force', 'reload every article, changed or not', false)
      .option('--jobs <n>', 'extraction threads (1: extract in the main thread); the graph is the same for any number', wholeNumber(), CLI_DEFAULTS.jobs)
      .option('--remove <article-id>', 'take an article (its evidence, mentions and node) out of the graph, repeatable', repeatable, []),
  async run(options, paths) {
    const started = Date.now();
    const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
    if (options.remove.length > 0) {
      if (paths.length > 0) throw new KgError('seed: --remove takes article ids only; seed files in a separate run.', { exitCode: 2 });
      return remove(options.remove, seconds);
    }

    // Everything that can fail on bad input happens before the first write.
    const asksUrls = options.url.length > 0 || options.urls.length > 0;
    const urls = asksUrls ? await fetchRequested(options.url, options.urls, { refetch: options.refetch }) : null;
    if (options.strict && urls && urls.problems.length > 0) throw ingestError(urls.problems);
    const scan = await scanArticles(asksUrls && paths.length === 0 ? [] : articlePaths(paths), { strict: options.strict, fetched: urls?.inputs ?? [] });
    const problems = [...(urls?.problems ?? []), ...scan.problems];
    for (const problem of problems) console.error(`kg seed: skipped ${formatProblem(problem)}`);
    const contextOptions = { catalog: options.catalog, topicPacks: options.topicPacks };
    const extractor = await openExtractor(contextOptions, Math.min(options.jobs, scan.articles));
    try {
      return await seedArticles(options, { scan, problems, urls, extractor, files: contextFiles(contextOptions), seconds });
    } finally {
      await extractor.close();
    }
  },
};

interface SeedRun {
  scan: ArticleScan;
  problems: IngestProblem[];
  urls: Awaited<ReturnType<typeof fetchRequested>> | null;
  extractor: Extractor;
  /** The catalog and ontology files (the pipeline fingerprint). */
  files: string[];
  seconds: () => string;
}

/** Extracts the scanned articles (all checked first under --strict) and loads them a chunk at a time; the exit code. */
async function seedArticles(options: SeedOptions, { scan, problems, urls, extractor, files, seconds }: SeedRun): Promise<number> {
  const relationTypes = ontologyRelationTypes(extractor.ontology);
  const pipeline = pipelineFingerprint(files);
  const chunk = Math.max(CLI_DEFAULTS.chunkArticles, options.batchSize);
  if (options.strict) {
    const failures = await extractionFailures(scan, extractor, chunk);
    if (failures.length > 0)
      throw new KgError(`seed: ${failures.length} article(s) could not be extracted; nothing was written:\n  ${failures.join('\n  ')}`);
  }

  return withDatabase(async (driver, database) => {
    await applySchema(driver, { database });
    const progress = createProgress('kg seed: extracting and loading', scan.articles, 'articles');
    const summary = { created: 0, changed: 0, skipped: 0, failed: problems.filter((problem) => problem.skip === undefined).length };
    const previousSources = await matchStoredArticles(driver, database, scan.copies);
    let done = 0;
    let reported = 0;
    const report = (count: number) => progress.update((reported = count));
    for await (const { articles, results } of extractedChunks(scan, extractor, chunk)) {
      const builder = new DocumentBuilder(extractor.ontology);
      let failed = 0;
      for (const { extraction, failure } of await results) {
        if (extraction) builder.add(extraction);
        else {
          console.error(`kg seed: skipped ${failure}`);
          failed++;
        }
      }
      summary.failed += failed;
      const loaded = await loadDocument(driver, builder.build(), {
        database,
        batchSize: options.batchSize,
        force: options.force,
        pipeline,
        relationTypes,
        onProgress: (count) => report(done + failed + count),
      });
      done += articles.length;
      // A chunk with nothing to write (all unchanged or failed) reports no batch of its own.
      if (reported !== done) report(done);
      summary.created += loaded.created.length;
      summary.changed += loaded.changed.length;
      summary.skipped += loaded.skipped.length;
    }
    progress.finish();
    await addStoredSources(driver, database, scan.copies.storedFolds(), previousSources);
    const totals = await graphTotals(driver, database);
    console.log(
      `kg seed: articles: ${summary.created} new, ${summary.changed} changed, ${summary.skipped} unchanged (skipped), ` +
        `0 removed, ${summary.failed} failed; graph: ${totals.actors} actors, ${totals.relationships} relationships, ` +
        `${totals.articles} articles; ${ingestSummary(problems, scan.copies.folded, urls)}; ${seconds()} s.`,
    );
    return summary.failed > 0 ? 1 : 0;
  });
}
