/** `kg export`: the whole actor graph (capped) or a named query's graph as GEXF 1.3, GraphML or JSON. */
import { Option } from 'commander';
import { GRAPH_FORMATS, writeGraph, writeOutput, type GraphFormat } from '../../export/index.ts';
import { KgError } from '../../errors.ts';
import { parseParamPairs } from '../../queries/params.ts';
import { resolveNamedQuery, runNamedQuery } from '../../queries/run.ts';
import { CLI_DEFAULTS } from '../defaults.ts';
import { repeatable, wholeNumber } from '../options.ts';
import type { KgCommand } from '../types.ts';
import { withDatabase } from '../with-database.ts';

const WHOLE_GRAPH_QUERY = 'graph';

interface ExportOptions {
  format: GraphFormat;
  query?: string;
  param: string[];
  out?: string;
  limit: number;
  timeoutMs: number;
}

export const command: KgCommand<ExportOptions> = {
  summary: 'Export the graph or a query result as GEXF 1.3, GraphML or JSON',
  configure: (command) =>
    command
      .description('Exports the actor graph for Gephi (gexf), yEd/Cytoscape/networkx (graphml) or ' +
        'graphology (json). Without --query: the whole graph, at most --limit relationships.')
      .addOption(new Option('--format <format>', 'the file format').choices(GRAPH_FORMATS).makeOptionMandatory())
      .option('--query <name>', 'a named query that returns a graph (see kg query --list)')
      .option('--param <name=value>', 'a parameter of that query, repeatable', repeatable, [])
      .option('--out <file>', 'file to write (default: print); written whole or not at all')
      .option('--limit <n>', 'most nodes and edges', wholeNumber(), CLI_DEFAULTS.exportLimit)
      .option('--timeout-ms <n>', 'server-side timeout', wholeNumber(), CLI_DEFAULTS.exportTimeoutMs),
  async run(options) {
    const { limit, timeoutMs } = options;
    const name = options.query ?? WHOLE_GRAPH_QUERY;
    if (!options.query && options.param.length > 0) throw new KgError('export: --param needs --query.', { exitCode: 2 });
    const params = options.query ? parseParamPairs(options.param) : { limit: String(limit) };
    resolveNamedQuery(name, params); // report a bad name or parameter before connecting
    const result = await withDatabase((driver, database) => runNamedQuery(driver, name, params, { database, limit, timeoutMs }));
    if (result.kind !== 'graph') throw new KgError(`export: query "${name}" returns a table, not a graph; export it with \`kg query ${name} --format json\`.`);
    if (result.truncated || result.graph.edges.length >= limit) {
      console.error(`kg export: warning: the export stops at ${limit} nodes/edges; raise --limit or narrow it with --query.`);
    }
    writeOutput(writeGraph(result.graph, options.format), options.out);
    if (options.out) console.error(`kg export: wrote ${result.graph.nodes.length} nodes and ${result.graph.edges.length} edges to ${options.out}.`);
    return 0;
  },
};
