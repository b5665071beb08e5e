/**
 * `kg seed [paths…]`: ingest → extract → load into Neo4j, incrementally (unchanged
 * articles are skipped, changed ones replaced), or `--remove <id>` to take articles out.
 * A first pass checks every article; the second extracts and loads them a chunk at a
 * time, so memory follows the chunk, not the corpus.
 */
import { fileURLToPath } from 'node:url';
import { DEFAULT_CATALOG_PATH, loadCatalog } from '../../catalog/load-catalog.ts';
import { KgError } from '../../errors.ts';
import { CHUNK_ARTICLES, createContext, DocumentBuilder, extractArticle } from '../../extract/index.ts';
import { pipelineFingerprint } from '../../extract/fingerprint.ts';
import { DEFAULT_ONTOLOGY_PATH } from '../../ontology/load.ts';
import { graphTotals, loadDocument, removeArticles } from '../../graph/loader.ts';
import { ontologyRelationTypes } from '../../graph/rows.ts';
import { applySchema } from '../../graph/schema.ts';
import { withDatabase } from '../../graph/with-database.ts';
import { formatProblem, scanArticles, streamArticles } from '../../ingest/index.ts';
import { integerOption, parseCommandArgs } from '../options.ts';
import { createProgress } from '../progress.ts';
import type { Command } from '../types.ts';

const SEED_ARTICLES = fileURLToPath(new URL('../../../seed/articles', import.meta.url));

const usage = `Usage: kg seed [paths…] [--catalog file]… [--strict] [--batch-size n] [--force]
       kg seed --remove <article-id>…

Reads articles (.txt, .md, .jsonl files or directories; default seed/articles),
extracts the actor graph and loads it into Neo4j. Safe to re-run: unchanged articles
are skipped, changed ones replace their previous contribution; after a change to the
catalogs, the ontology or the extractor, every article counts as changed.
  --catalog     an extra actor catalog on top of seed/catalog.yaml, repeatable
  --strict      any unreadable article stops the run before anything is written
  --batch-size  articles per transaction (default 50)
  --force       reload every article, changed or not
  --remove      take an article (its evidence, mentions and node) out of the graph, repeatable`;

export const command: Command = {
  summary: 'Load articles into Neo4j (ingest, extract, load); incremental',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs('seed', usage, {
      args: argv,
      allowPositionals: true,
      options: {
        catalog: { type: 'string', multiple: true, default: [] },
        strict: { type: 'boolean', default: false },
        'batch-size': { type: 'string' },
        force: { type: 'boolean', default: false },
        remove: { type: 'string', multiple: true, default: [] },
      },
    });
    const started = Date.now();
    const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
    if (values.remove.length > 0) {
      if (positionals.length > 0) throw new KgError('seed: --remove takes article ids only; seed files in a separate run.', { exitCode: 2 });
      return withDatabase(async (driver, database) => {
        await applySchema(driver, { database });
        const { removed, missing } = await removeArticles(driver, values.remove, { database });
        for (const id of missing) console.error(`kg seed: no article "${id}" in the graph (see \`kg cypher "MATCH (a:Article) RETURN a.id"\`).`);
        const totals = await graphTotals(driver, database);
        console.log(`kg seed: removed ${removed.length} article(s); graph: ${totals.actors} actors, ${totals.relationships} relationships; ${seconds()} s.`);
        return missing.length > 0 ? 1 : 0;
      });
    }
    const batchSize = integerOption('seed', '--batch-size', values['batch-size'], 50);

    // Everything that can fail on bad input happens before the first write.
    const scan = await scanArticles(positionals.length > 0 ? positionals : [SEED_ARTICLES], { strict: values.strict });
    for (const problem of scan.problems) console.error(`kg seed: skipped ${formatProblem(problem)}`);
    const catalogs = [DEFAULT_CATALOG_PATH, ...values.catalog];
    const context = createContext({ catalog: loadCatalog(catalogs) });
    const relationTypes = ontologyRelationTypes(context.ontology);
    const pipeline = pipelineFingerprint([...catalogs, DEFAULT_ONTOLOGY_PATH]);

    return withDatabase(async (driver, database) => {
      await applySchema(driver, { database });
      const progress = createProgress('kg seed: extracting and loading', scan.articles, 'articles');
      const summary = { created: 0, changed: 0, skipped: 0 };
      let done = 0;
      for await (const articles of streamArticles(scan, Math.max(CHUNK_ARTICLES, batchSize))) {
        const builder = new DocumentBuilder(context.ontology);
        for (const article of articles) builder.add(extractArticle(article, context));
        const chunk = await loadDocument(driver, builder.build(), {
          database,
          batchSize,
          force: values.force,
          pipeline,
          relationTypes,
          onProgress: (loaded) => progress.update(done + loaded),
        });
        done += articles.length;
        summary.created += chunk.created.length;
        summary.changed += chunk.changed.length;
        summary.skipped += chunk.skipped.length;
      }
      progress.finish();
      const totals = await graphTotals(driver, database);
      console.log(
        `kg seed: articles: ${summary.created} new, ${summary.changed} changed, ${summary.skipped} unchanged (skipped), ` +
          `0 removed, ${scan.problems.length} failed; graph: ${totals.actors} actors, ${totals.relationships} relationships, ` +
          `${totals.articles} articles; ${seconds()} s.`,
      );
      return scan.problems.length > 0 ? 1 : 0;
    });
  },
};
