/** `kg extract`: runs the extraction pipeline on articles and prints the actors and relations (no database). */
import { Option } from 'commander';
import { KgError } from '../../errors.ts';
import type { GraphDocument, Relation } from '../../document/types.ts';
import { DocumentBuilder } from '../../extract/index.ts';
import { CLI_DEFAULTS } from '../defaults.ts';
import { openExtractor } from '../extract-pool.ts';
import { readArticleFiles } from '../inputs.ts';
import { repeatable, wholeNumber } from '../options.ts';
import type { KgCommand } from '../types.ts';

interface ExtractOptions {
  format: 'json' | 'table';
  catalog: string[];
  topicPacks: boolean;
  ontology?: string;
  strict: boolean;
  jobs: number;
}

/** The JSON of `kg extract`: actors and relations with their keys in a fixed order. */
export function formatJson(document: GraphDocument): string {
  const actors = document.actors.map(({ id, name, type, aliases, status }) => ({ id, name, type, aliases, status }));
  const relations = document.relations.map(({ source, target, type, properties, date, confidence, attributedTo, evidence }) => ({
    source,
    target,
    type,
    properties,
    date,
    confidence,
    ...(attributedTo !== undefined && { attributedTo }),
    evidence,
  }));
  return `${JSON.stringify({ actors, relations }, null, 2)}\n`;
}

/** One readable line: `source —TYPE→ target  [date] conf  "evidence…"`. */
function formatLine(relation: Relation): string {
  const arrow = `${relation.source} —${relation.type}→ ${relation.target}`;
  const properties = Object.entries(relation.properties).map(([name, value]) => `${name}=${value}`).join(' ');
  const quote = relation.evidence[0]!.text.replace(/\s+/g, ' ');
  const shown = quote.length > 80 ? `${quote.slice(0, 79)}…` : quote;
  return `${arrow}${properties ? ` {${properties}}` : ''}  [${relation.date ?? 'no date'}] ${relation.confidence.toFixed(2)}  "${shown}"`;
}

export const command: KgCommand<ExtractOptions> = {
  summary: 'Extract actors and relations from articles (no database)',
  configure: (command) =>
    command
      .description('Extracts actors and relations from articles (default: seed/articles) and prints them. ' +
        'No database is needed; the output is the same for the same input, byte for byte.')
      .argument('[paths...]', 'article files (.txt, .md, .jsonl) or directories')
      .addOption(new Option('--format <format>', 'json: {"actors": […], "relations": […]} with evidence; table: one line per relation')
        .choices(['json', 'table']).default('json'))
      .option('--catalog <file>', 'a catalog merged after seed/catalog.yaml (kg candidates writes entries), repeatable', repeatable, [])
      .option('--no-topic-packs', 'general knowledge alone (countries, organisations, agents): no seed/catalog.yaml, no --catalog')
      .option('--ontology <file>', 'an ontology file instead of schema/ontology.yaml')
      .option('--strict', 'stop at any unreadable article (or one whose extraction fails) and print nothing', false)
      .option('--jobs <n>', 'extraction threads (1: extract in the main thread); the output is the same for any number', wholeNumber(), CLI_DEFAULTS.jobs)
      .addHelpText('after', '\nUnreadable articles, and articles whose extraction fails, are reported on stderr and make the exit code 1.'),
  async run(options, paths) {
    const inputs = await readArticleFiles('extract', paths, options.strict);
    if (inputs.articles.length === 0 && !inputs.failed) throw new KgError('extract: no articles found; give article files or directories.');
    const { catalog, topicPacks, ontology } = options;
    const extractor = await openExtractor({ catalog, topicPacks, ontology }, Math.min(options.jobs, inputs.articles.length));
    const builder = new DocumentBuilder(extractor.ontology);
    const failures: string[] = [];
    try {
      for (const { extraction, failure } of await extractor.extract(inputs.articles)) {
        if (extraction) builder.add(extraction);
        else failures.push(failure);
      }
    } finally {
      await extractor.close();
    }
    if (options.strict && failures.length > 0)
      throw new KgError(`extract: ${failures.length} article(s) could not be extracted; nothing printed:\n  ${failures.join('\n  ')}`);
    for (const failure of failures) console.error(`kg extract: ${failure}`);
    const document = builder.build();
    process.stdout.write(
      options.format === 'json' ? formatJson(document) : document.relations.map(formatLine).join('\n') + (document.relations.length > 0 ? '\n' : ''),
    );
    return inputs.failed || failures.length > 0 ? 1 : 0;
  },
};
