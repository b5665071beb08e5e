/**
 * Prints query results for `kg query`, `kg cypher` and `kg export`: an aligned text
 * table for people (a graph as a table of nodes and one of edges), JSON for
 * programs, GEXF or GraphML for graph tools.
 */
import { KgError } from '../errors.ts';
import { writeGraph } from '../export/index.ts';
import type { QueryResult } from './result.ts';

export const OUTPUT_FORMATS = ['table', 'json', 'gexf', 'graphml'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Longest cell shown in a text table; longer values are cut with "…". */
const MAX_CELL = 60;

/** `result` as text in `format`; GEXF and GraphML need a graph result. */
export function formatResult(result: QueryResult, format: OutputFormat): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  if (format === 'table') {
    const text =
      result.kind === 'table'
        ? formatTable(result.columns, result.rows)
        : [
            formatTable(['key', 'name', 'type', 'status'], result.graph.nodes.map((node) => ({ key: node.key, ...node.attributes }))),
            formatTable(
              ['source', 'type', 'target', 'weight', 'firstSeen', 'lastSeen'],
              result.graph.edges.map((edge) => ({ ...edge.attributes, source: edge.source, target: edge.target })),
            ),
          ].join('\n');
    return result.truncated ? `${text}(truncated: more results exist; narrow the query or raise --limit)\n` : text;
  }
  if (result.kind !== 'graph') throw new KgError(`--format ${format} needs a query that returns a graph; this one returns a table (use table or json).`);
  return writeGraph(result.graph, format);
}

/** An aligned plain-text table with a header row and a row count. */
export function formatTable(columns: string[], rows: Record<string, unknown>[]): string {
  const cells = rows.map((row) => columns.map((column) => cell(row[column])));
  const widths = columns.map((column, i) => Math.max(column.length, ...cells.map((line) => line[i]!.length)));
  const line = (values: string[]) => values.map((value, i) => value.padEnd(widths[i]!)).join('  ').trimEnd();
  const count = `(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`;
  return [line(columns), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line), count, ''].join('\n');
}

function cell(value: unknown): string {
  const text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}
