/** `kg cypher "<query>"`: runs one read-only Cypher statement; writes are refused. */
import { writeOutput } from '../../export/index.ts';
import { KgError } from '../../errors.ts';
import { withDatabase } from '../../graph/with-database.ts';
import { choiceOption, integerOption, parseCommandArgs } from '../options.ts';
import { formatResult } from '../../queries/format.ts';
import { inferParamTypes, parseParamPairs } from '../../queries/params.ts';
import { runCypher, singleStatement } from '../../queries/run.ts';
import type { Command } from '../types.ts';

const usage = `Usage: kg cypher "<query>" [--param name=value]… [--format table|json] [--limit n] [--timeout-ms n]

Runs one read-only Cypher statement. Anything that would write (CREATE, MERGE, SET,
DELETE, schema changes) is refused before it runs, and the session is read-only.
  --param       $name in the query; JSON values (2, true, ["a","b"]) keep their type, anything else is a string
  --format      table (default) or json
  --limit       most rows returned (default 2000)
  --timeout-ms  server-side timeout (default 10000)

Example: kg cypher "MATCH (a:Actor {id: \\$id})--(b:Actor) RETURN b.name" --param id=vladimir-putin`;

export const command: Command = {
  summary: 'Run one read-only Cypher query',
  usage,
  async run(argv) {
    const { values, positionals } = parseCommandArgs('cypher', usage, {
      args: argv,
      allowPositionals: true,
      options: {
        param: { type: 'string', multiple: true, default: [] },
        format: { type: 'string' },
        limit: { type: 'string' },
        'timeout-ms': { type: 'string' },
      },
    });
    if (positionals.length !== 1) throw new KgError(`cypher: give the query as one quoted argument (got ${positionals.length}).\n\n${usage}`, { exitCode: 2 });
    const format = choiceOption('cypher', '--format', values.format, ['table', 'json'] as const, 'table');
    const limit = integerOption('cypher', '--limit', values.limit, 2_000);
    const timeoutMs = integerOption('cypher', '--timeout-ms', values['timeout-ms'], 10_000);
    singleStatement(positionals[0]!); // report chained statements before connecting
    const params = inferParamTypes(parseParamPairs(values.param));
    const result = await withDatabase((driver, database) => runCypher(driver, positionals[0]!, params, { database, limit, timeoutMs }));
    writeOutput(formatResult(result, format));
    return 0;
  },
};
