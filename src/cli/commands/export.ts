/** `kg export`: the whole actor graph (capped) or a named query's graph as GEXF 1.3, GraphML or JSON. */
import { GRAPH_FORMATS, writeGraph, writeOutput } from '../../export/index.ts';
import { KgError } from '../../errors.ts';
import { withDatabase } from '../../graph/with-database.ts';
import { choiceOption, integerOption, parseCommandArgs } from '../options.ts';
import { parseParamPairs } from '../../queries/params.ts';
import { resolveNamedQuery, runNamedQuery } from '../../queries/run.ts';
import type { Command } from '../types.ts';

const WHOLE_GRAPH_QUERY = 'graph';

const usage = `Usage: kg export --format gexf|graphml|json [--query <name> [--param name=value]…] [--out file] [--limit n]

Exports the actor graph for Gephi (gexf), yEd/Cytoscape/networkx (graphml) or
graphology (json). Without --query: the whole graph, at most --limit relationships.
  --query       a named query that returns a graph (see kg query --list)
  --param       a parameter of that query, repeatable
  --out         file to write (default: print); written whole or not at all
  --limit       most nodes and edges (default 50000)`;

export const command: Command = {
  summary: 'Export the graph or a query result as GEXF 1.3, GraphML or JSON',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs('export', usage, {
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        query: { type: 'string' },
        param: { type: 'string', multiple: true, default: [] },
        out: { type: 'string' },
        limit: { type: 'string' },
        'timeout-ms': { type: 'string' },
      },
    });
    if (positionals.length > 0) throw new KgError(`export: unexpected argument "${positionals[0]}".\n\n${usage}`, { exitCode: 2 });
    if (values.format === undefined) throw new KgError(`export: --format is required.\n\n${usage}`, { exitCode: 2 });
    const format = choiceOption('export', '--format', values.format, GRAPH_FORMATS, 'gexf');
    const limit = integerOption('export', '--limit', values.limit, 50_000);
    const timeoutMs = integerOption('export', '--timeout-ms', values['timeout-ms'], 60_000);
    const name = values.query ?? WHOLE_GRAPH_QUERY;
    const params = values.query ? parseParamPairs(values.param) : { limit: String(limit) };
    if (!values.query && values.param.length > 0) throw new KgError('export: --param needs --query.', { exitCode: 2 });
    resolveNamedQuery(name, params); // report a bad name or parameter before connecting
    const result = await withDatabase((driver, database) => runNamedQuery(driver, name, params, { database, limit, timeoutMs }));
    if (result.kind !== 'graph') throw new KgError(`export: query "${name}" returns a table, not a graph; export it with \`kg query ${name} --format json\`.`);
    if (result.truncated || result.graph.edges.length >= limit) {
      console.error(`kg export: warning: the export stops at ${limit} nodes/edges; raise --limit or narrow it with --query.`);
    }
    writeOutput(writeGraph(result.graph, format), values.out);
    if (values.out) console.error(`kg export: wrote ${result.graph.nodes.length} nodes and ${result.graph.edges.length} edges to ${values.out}.`);
    return 0;
  },
};
