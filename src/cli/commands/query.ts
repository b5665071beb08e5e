/** `kg query <name> --param k=v…`: runs a named query of queries/*.cypher (read-only). */
import { writeOutput } from '../../export/index.ts';
import { KgError } from '../../errors.ts';
import { withDatabase } from '../../graph/with-database.ts';
import { choiceOption, integerOption, parseCommandArgs } from '../options.ts';
import { formatResult, formatTable, OUTPUT_FORMATS } from '../../queries/format.ts';
import { loadQueryLibrary } from '../../queries/library.ts';
import { parseParamPairs } from '../../queries/params.ts';
import { resolveNamedQuery, runNamedQuery } from '../../queries/run.ts';
import type { Command } from '../types.ts';

const usage = `Usage: kg query <name> [--param name=value]… [--format table|json|gexf|graphml] [--out file]
                [--limit n] [--timeout-ms n]
       kg query --list

Runs a named query (queries/<name>.cypher) in a read-only transaction.
  --param       a parameter of the query, repeatable (lists: --param types=ARRESTED,ACCUSED)
  --format      table (default), json, or gexf/graphml for queries that return a graph
  --out         write to this file instead of printing
  --limit       most nodes and edges (or rows) returned (default 2000)
  --timeout-ms  server-side timeout (default 10000)
  --list        list the queries and their parameters

Example: kg query ego --param name=Tokayev --param hops=2`;

export const command: Command = {
  summary: 'Run a named Cypher query (kg query --list shows them)',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs('query', usage, {
      args: argv,
      allowPositionals: true,
      options: {
        param: { type: 'string', multiple: true, default: [] },
        format: { type: 'string' },
        out: { type: 'string' },
        limit: { type: 'string' },
        'timeout-ms': { type: 'string' },
        list: { type: 'boolean', default: false },
      },
    });
    const library = loadQueryLibrary();
    if (values.list) {
      const rows = [...library.values()].flatMap((query) => [
        { query: query.name, returns: query.returns, parameter: '', description: query.description },
        ...query.params.map((param) => ({
          query: '',
          returns: '',
          parameter: `${param.name}: ${param.type}${'default' in param ? ` = ${JSON.stringify(param.default)}` : ' (required)'}`,
          description: param.description,
        })),
      ]);
      process.stdout.write(formatTable(['query', 'returns', 'parameter', 'description'], rows));
      return 0;
    }
    if (positionals.length !== 1) throw new KgError(`query: give one query name (got ${positionals.length}).\n\n${usage}`, { exitCode: 2 });
    const format = choiceOption('query', '--format', values.format, OUTPUT_FORMATS, 'table');
    const limit = integerOption('query', '--limit', values.limit, 2_000);
    const timeoutMs = integerOption('query', '--timeout-ms', values['timeout-ms'], 10_000);
    const params = parseParamPairs(values.param);
    resolveNamedQuery(positionals[0]!, params, library); // report a bad name or parameter before connecting
    const result = await withDatabase((driver, database) => runNamedQuery(driver, positionals[0]!, params, { database, limit, timeoutMs, library }));
    writeOutput(formatResult(result, format), values.out);
    if (result.truncated && format !== 'table') console.error('kg query: warning: the result was truncated at --limit; narrow the query or raise --limit.');
    return 0;
  },
};
