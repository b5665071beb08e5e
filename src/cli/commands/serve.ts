/**
 * `kg serve`: the HTTP API and the graph viewer on http://127.0.0.1:7475/ (see
 * docs/viewer.md). Builds the viewer first when viewer/dist is missing or stale.
 */
import { ensureNeo4j, openDriver } from '../../neo4j/index.ts';
import { DEFAULTS } from '../../server/app.ts';
import { SERVER_DEFAULTS, startServer } from '../../server/start-server.ts';
import { buildViewer, VIEWER_DIST, viewerBuildState } from '../../server/viewer-build.ts';
import { wholeNumber } from '../options.ts';
import type { KgCommand } from '../types.ts';

export interface ServeOptions {
  host: string;
  port: number;
  timeoutMs: number;
  limit: number;
}

export const SERVE_DEFAULTS: ServeOptions = { ...SERVER_DEFAULTS, timeoutMs: DEFAULTS.timeoutMs, limit: DEFAULTS.limit };

/** Resolves at the first Ctrl-C (SIGINT) or SIGTERM after the call; the process is not killed by it. */
export function interrupted(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop).off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop).on('SIGTERM', stop);
  });
}

/** Serves the viewer and API until `until` resolves, then closes the server and says so; `name` prefixes messages. */
export async function serve(options: ServeOptions, until: Promise<unknown>, name = 'serve'): Promise<number> {
  const state = viewerBuildState();
  if (state !== 'fresh') {
    console.error(`kg ${name}: the viewer build is ${state}; building it (npm run build:viewer)…`);
    await buildViewer();
  }
  const conn = await ensureNeo4j();
  const driver = await openDriver(conn);
  try {
    const server = await startServer({ ...options, driver, database: conn.database, viewerDir: VIEWER_DIST });
    if (options.host !== SERVER_DEFAULTS.host && options.host !== 'localhost' && options.host !== '::1') {
      console.error(`kg ${name}: warning: listening on ${options.host}, not loopback: anyone who can reach this machine can read the graph.`);
    }
    // `until` listens for Ctrl-C already: whoever waits for the next line may stop us at once.
    console.log(`kg ${name}: viewer and API on ${server.url} (Ctrl-C to stop)`);
    await until;
    await server.close();
    console.error(`kg ${name}: stopped the viewer and API on ${server.url}.`);
  } finally {
    await driver.close();
  }
  return 0;
}

export const command: KgCommand<ServeOptions> = {
  summary: 'Serve the graph viewer and its JSON API on http://127.0.0.1:7475/',
  configure: (command) =>
    command
      .description('Serves the graph viewer and its JSON API (read-only) until Ctrl-C.')
      .option('--host <host>', 'interface to bind (another value than loopback exposes the graph to the network)', SERVE_DEFAULTS.host)
      .option('--port <n>', 'TCP port', wholeNumber(0), SERVE_DEFAULTS.port)
      .option('--timeout-ms <n>', 'server-side timeout of one query', wholeNumber(), SERVE_DEFAULTS.timeoutMs)
      .option('--limit <n>', 'maximum nodes/edges/rows per response', wholeNumber(), SERVE_DEFAULTS.limit),
  run: (options) => serve(options, interrupted()),
};
