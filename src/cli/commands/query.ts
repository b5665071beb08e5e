/** `kg query <name> --param k=v…`: runs a named query of queries/*.cypher (read-only). */
import { Option } from 'commander';
import { writeOutput } from '../../export/index.ts';
import { KgError } from '../../errors.ts';
import { formatResult, formatTable, OUTPUT_FORMATS } from '../../queries/format.ts';
import { loadQueryLibrary, type QueryLibrary } from '../../queries/library.ts';
import { parseParamPairs } from '../../queries/params.ts';
import { resolveNamedQuery, runNamedQuery } from '../../queries/run.ts';
import { CLI_DEFAULTS } from '../defaults.ts';
import { repeatable, wholeNumber } from '../options.ts';
import type { KgCommand } from '../types.ts';
import { withDatabase } from '../with-database.ts';

interface QueryOptions {
  param: string[];
  format: (typeof OUTPUT_FORMATS)[number];
  out?: string;
  limit: number;
  timeoutMs: number;
  list: boolean;
}

/** `kg query --list`: each query, then its parameters with their types and defaults. */
function listQueries(library: QueryLibrary): string {
  const rows = [...library.values()].flatMap((query) => [
    { query: query.name, returns: query.returns, parameter: '', description: query.description },
    ...query.params.map((param) => ({
      query: '',
      returns: '',
      parameter: `${param.name}: ${param.type}${'default' in param ? ` = ${JSON.stringify(param.default)}` : ' (required)'}`,
      description: param.description,
    })),
  ]);
  return formatTable(['query', 'returns', 'parameter', 'description'], rows);
}

export const command: KgCommand<QueryOptions> = {
  summary: 'Run a named Cypher query (kg query --list shows them)',
  configure: (command) =>
    command
      .usage('<name> [options]\n       kg query --list')
      .description('Runs a named query (queries/<name>.cypher) in a read-only transaction.')
      .argument('[name]', 'the query (see --list)')
      .option('--param <name=value>', 'a parameter of the query, repeatable (lists: --param types=ARRESTED,ACCUSED)', repeatable, [])
      .addOption(new Option('--format <format>', 'gexf and graphml for queries that return a graph').choices(OUTPUT_FORMATS).default('table'))
      .option('--out <file>', 'write to this file instead of printing')
      .option('--limit <n>', 'most nodes and edges (or rows) returned', wholeNumber(), CLI_DEFAULTS.queryLimit)
      .option('--timeout-ms <n>', 'server-side timeout', wholeNumber(), CLI_DEFAULTS.queryTimeoutMs)
      .option('--list', 'list the queries and their parameters', false)
      .addHelpText('after', '\nExample: kg query ego --param name=Tokayev --param hops=2'),
  async run(options, names) {
    const library = loadQueryLibrary();
    if (options.list) {
      process.stdout.write(listQueries(library));
      return 0;
    }
    const [name] = names;
    if (name === undefined) throw new KgError('query: give one query name (see `kg query --list`).', { exitCode: 2 });
    const params = parseParamPairs(options.param);
    resolveNamedQuery(name, params, library); // report a bad name or parameter before connecting
    const { limit, timeoutMs } = options;
    const result = await withDatabase((driver, database) => runNamedQuery(driver, name, params, { database, limit, timeoutMs, library }));
    writeOutput(formatResult(result, options.format), options.out);
    if (result.truncated && options.format !== 'table')
      console.error('kg query: warning: the result was truncated at --limit; narrow the query or raise --limit.');
    return 0;
  },
};
