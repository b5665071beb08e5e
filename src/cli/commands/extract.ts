/** `kg extract`: runs the extraction pipeline on articles and prints the actors and relations (no database). */
import { KgError } from '../../errors.ts';
import type { GraphDocument, Relation } from '../../document/types.ts';
import { DocumentBuilder, extractArticle } from '../../extract/index.ts';
import { readInputs } from '../../extract/inputs.ts';
import { choiceOption, parseCommandArgs } from '../options.ts';
import type { Command } from '../types.ts';

const FORMATS = ['json', 'table'] as const;

const usage = `Usage: kg extract [files or directories…] [--format json|table] [--catalog extra.yaml] [--ontology path] [--strict]

Extracts actors and relations from articles (default: seed/articles) and prints them.
No database is needed; the output is the same for the same input, byte for byte.
  --format     json (default): {"actors": […], "relations": […]} with evidence;
               table: one line per relation
  --catalog    a catalog file merged after seed/catalog.yaml (kg candidates writes entries)
  --ontology   an ontology file instead of schema/ontology.yaml
  --strict     stop at any unreadable article and print nothing
Unreadable articles are reported on stderr and make the exit code 1.`;

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

export const command: Command = {
  summary: 'Extract actors and relations from articles (no database)',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs('extract', usage, {
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        catalog: { type: 'string' },
        ontology: { type: 'string' },
        strict: { type: 'boolean', default: false },
      },
    });
    const format = choiceOption('extract', '--format', values.format, FORMATS, 'json');
    const inputs = await readInputs('extract', { files: positionals, catalog: values.catalog, ontology: values.ontology, strict: values.strict });
    if (inputs.articles.length === 0 && !inputs.failed) throw new KgError('extract: no articles found; give article files or directories.');
    const builder = new DocumentBuilder(inputs.context.ontology);
    for (const article of inputs.articles) builder.add(extractArticle(article, inputs.context));
    const document = builder.build();
    process.stdout.write(format === 'json' ? formatJson(document) : document.relations.map(formatLine).join('\n') + (document.relations.length > 0 ? '\n' : ''));
    return inputs.failed ? 1 : 0;
  },
};
