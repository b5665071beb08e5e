/** `kg cypher "<query>"`: runs one read-only Cypher statement; writes are refused. */
import { Option } from 'commander';
import { writeOutput } from '../../export/index.ts';
import { formatResult } from '../../queries/format.ts';
import { inferParamTypes, parseParamPairs } from '../../queries/params.ts';
import { runCypher, singleStatement } from '../../queries/run.ts';
import { CLI_DEFAULTS } from '../defaults.ts';
import { repeatable, wholeNumber } from '../options.ts';
import type { KgCommand } from '../types.ts';
import { withDatabase } from '../with-database.ts';

interface CypherOptions {
  param: string[];
  format: 'table' | 'json';
  limit: number;
  timeoutMs: number;
}

export const command: KgCommand<CypherOptions> = {
  summary: 'Run one read-only Cypher query',
  configure: (command) =>
    command
      .description('Runs one read-only Cypher statement. Anything that would write (CREATE, MERGE, SET, ' +
        'DELETE, schema changes) is refused before it runs, and the session is read-only.')
      .argument('<query>', 'the statement, as one quoted argument')
      .option('--param <name=value>', '$name in the query; JSON values (2, true, ["a","b"]) keep their type, anything else is a string; repeatable',
        repeatable, [])
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
      .option('--limit <n>', 'most rows returned', wholeNumber(), CLI_DEFAULTS.queryLimit)
      .option('--timeout-ms <n>', 'server-side timeout', wholeNumber(), CLI_DEFAULTS.queryTimeoutMs)
      .addHelpText('after', '\nExample: kg cypher "MATCH (a:Actor {id: \\$id})--(b:Actor) RETURN b.name" --param id=vladimir-putin'),
  async run(options, [text]) {
    singleStatement(text!); // report chained statements before connecting
    const params = inferParamTypes(parseParamPairs(options.param));
    const result = await withDatabase((driver, database) => runCypher(driver, text!, params, { database, limit: options.limit, timeoutMs: options.timeoutMs }));
    writeOutput(formatResult(result, options.format));
    return 0;
  },
};
