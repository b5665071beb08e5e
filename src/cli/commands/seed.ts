/**
 * `kg seed [paths…]`: ingest → extract → load into Neo4j, incrementally (unchanged
 * articles are skipped, changed ones replaced), or `--remove <id>` to take articles out.
 */
import { fileURLToPath } from 'node:url';
import { DEFAULT_CATALOG_PATH, loadCatalog } from '../../catalog/load-catalog.ts';
import { KgError } from '../../errors.ts';
import { createContext, DocumentBuilder, extractArticle } from '../../extract/index.ts';
import { graphTotals, loadDocument, removeArticles } from '../../graph/loader.ts';
import { ontologyRelationTypes } from '../../graph/rows.ts';
import { applySchema } from '../../graph/schema.ts';
import { withDatabase } from '../../graph/with-database.ts';
import { formatProblem, readArticles } from '../../ingest/index.ts';
import { integerOption, parseCommandArgs } from '../options.ts';
import { createProgress } from '../progress.ts';
import type { Command } from '../types.ts';

const SEED_ARTICLES = fileURLToPath(new URL('../../../seed/articles', import.meta.url));

const usage = `Usage: kg seed [paths…] [--catalog file]… [--strict] [--batch-size n] [--force]
       kg seed --remove <article-id>…

Reads articles (.txt, .md, .jsonl files or directories; default seed/articles),
extracts the actor graph and loads it into Neo4j. Safe to re-run: unchanged articles
are skipped, changed ones replace their previous contribution.
  --catalog     an extra actor catalog on top of seed/catalog.yaml, repeatable
  --strict      any unreadable article stops the run before anything is written
  --batch-size  articles per transaction (default 25)
  --force       reload articles even when unchanged
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
    const batchSize = integerOption('seed', '--batch-size', values['batch-size'], 25);

    // Everything that can fail on bad input happens before the first write.
    const { articles, problems } = await readArticles(positionals.length > 0 ? positionals : [SEED_ARTICLES], { strict: values.strict });
    for (const problem of problems) console.error(`kg seed: skipped ${formatProblem(problem)}`);
    const context = createContext({ catalog: loadCatalog([DEFAULT_CATALOG_PATH, ...values.catalog]) });
    const builder = new DocumentBuilder(context.ontology);
    const extracting = createProgress('kg seed: extracting', articles.length, 'articles');
    articles.forEach((article, i) => {
      builder.add(extractArticle(article, context));
      extracting.update(i + 1);
    });
    extracting.finish();
    const doc = builder.build();

    return withDatabase(async (driver, database) => {
      await applySchema(driver, { database });
      const loading = createProgress('kg seed: loading', doc.articles.length, 'articles');
      const summary = await loadDocument(driver, doc, {
        database,
        batchSize,
        force: values.force,
        relationTypes: ontologyRelationTypes(context.ontology),
        onProgress: (done) => loading.update(done),
      });
      loading.finish();
      const totals = await graphTotals(driver, database);
      console.log(
        `kg seed: articles: ${summary.created.length} new, ${summary.changed.length} changed, ${summary.skipped.length} unchanged (skipped), ` +
          `0 removed, ${problems.length} failed; graph: ${totals.actors} actors, ${totals.relationships} relationships, ` +
          `${totals.articles} articles; ${seconds()} s.`,
      );
      return problems.length > 0 ? 1 : 0;
    });
  },
};
