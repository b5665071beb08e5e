/**
 * `kg neo4j start|stop|status`: the Neo4j kg uses (NEO4J_URI, Docker or the managed
 * local server; see src/neo4j/resolve.ts for the order).
 */
import { Argument } from 'commander';
import { type EnsureResult, neo4jStatus, openDriver, serverVersion, startNeo4j, stopNeo4j } from '../../neo4j/index.ts';
import { provisioningProgress } from '../../neo4j/progress.ts';
import type { KgCommand } from '../types.ts';

const ENVIRONMENT = `
Environment: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE,
NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (off), NEO4J_HEAP (2g), NEO4J_PAGECACHE (2g),
NEO4J_START_TIMEOUT (120 s). See docs/neo4j.md.`;

const ACTIONS = `start: start Neo4j unless it runs (Docker service or managed local server) and wait until Bolt answers;
with NEO4J_URI set, only check that server. stop: stop the Neo4j kg started (never a NEO4J_URI server).
status: say whether Neo4j runs, its Bolt URI, version and source; exit 0 when it runs, 3 when it is stopped, 1 when it does not answer`;

async function start(): Promise<number> {
  const progress = provisioningProgress();
  let result: EnsureResult;
  try {
    result = await startNeo4j(progress);
  } finally {
    progress.done();
  }
  const { connection, alreadyRunning, pid, log } = result;
  let version = result.version;
  if (!version) {
    const driver = await openDriver(connection);
    try {
      version = await serverVersion(driver, connection.database);
    } finally {
      await driver.close();
    }
  }
  const where = [`source: ${connection.source}`, pid && `pid ${pid}`, log && `log: ${log}`].filter(Boolean).join(', ');
  const state = alreadyRunning ? 'already running' : 'started';
  console.log(`Neo4j ${version} ${state} at ${connection.uri} (${where})`);
  return 0;
}

async function status(): Promise<number> {
  const status = await neo4jStatus();
  const state = status.running ? 'running' : status.problem ? 'not usable' : 'stopped';
  const lines = [`Neo4j: ${state}`, `  source:  ${status.source} (${status.reason})`];
  if (status.uri) lines.push(`  bolt:    ${status.uri}`);
  if (status.version) lines.push(`  version: ${status.version}`);
  if (status.pid) lines.push(`  pid:     ${status.pid}`);
  if (status.log) lines.push(`  log:     ${status.log}`);
  if (status.problem) lines.push(`  problem: ${status.problem}`);
  console.log(lines.join('\n'));
  if (status.source === 'none') return 1;
  return status.running ? 0 : status.problem ? 1 : 3;
}

export const command: KgCommand = {
  summary: 'start, stop or check the Neo4j server kg uses',
  configure: (command) => command.addArgument(new Argument('<action>', ACTIONS).choices(['start', 'stop', 'status'])).addHelpText('after', ENVIRONMENT),
  async run(_options, [action]) {
    if (action === 'start') return start();
    if (action === 'status') return status();
    console.log((await stopNeo4j()).message);
    return 0;
  },
};
