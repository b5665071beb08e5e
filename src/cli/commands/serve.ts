/**
 * `kg serve`: the HTTP API and the graph viewer on http://127.0.0.1:7475/ (see
 * docs/viewer.md). Builds the viewer first when viewer/dist is missing or stale.
 */
import { ensureNeo4j, openDriver } from '../../neo4j/index.ts';
import { DEFAULTS } from '../../server/app.ts';
import { SERVER_DEFAULTS, startServer } from '../../server/start-server.ts';
import { buildViewer, VIEWER_DIST, viewerBuildState } from '../../server/viewer-build.ts';
import { integerOption, parseCommandArgs } from '../options.ts';
import type { Command } from '../types.ts';

const usage = `Usage: kg serve [--host ${SERVER_DEFAULTS.host}] [--port ${SERVER_DEFAULTS.port}] [--timeout-ms ${DEFAULTS.timeoutMs}] [--limit ${DEFAULTS.limit}]

Serves the graph viewer and its JSON API (read-only) until Ctrl-C.
  --host        interface to bind (default loopback; another value exposes the graph to the network)
  --port        TCP port (default ${SERVER_DEFAULTS.port})
  --timeout-ms  server-side timeout of one query (default ${DEFAULTS.timeoutMs})
  --limit       maximum nodes/edges/rows per response (default ${DEFAULTS.limit})`;

export const command: Command = {
  summary: 'Serve the graph viewer and its JSON API on http://127.0.0.1:7475/',
  usage,
  async run(argv) {
    const { values } = parseCommandArgs('serve', usage, {
      args: argv,
      options: { host: { type: 'string' }, port: { type: 'string' }, 'timeout-ms': { type: 'string' }, limit: { type: 'string' } },
    });
    const host = values.host ?? SERVER_DEFAULTS.host;
    const port = integerOption('serve', '--port', values.port, SERVER_DEFAULTS.port, 0);
    const timeoutMs = integerOption('serve', '--timeout-ms', values['timeout-ms'], DEFAULTS.timeoutMs);
    const limit = integerOption('serve', '--limit', values.limit, DEFAULTS.limit);

    const state = viewerBuildState();
    if (state !== 'fresh') {
      console.error(`kg serve: the viewer build is ${state}; building it (npm run build:viewer)…`);
      await buildViewer();
    }
    const conn = await ensureNeo4j();
    const driver = await openDriver(conn);
    try {
      const server = await startServer({ driver, host, port, timeoutMs, limit, database: conn.database, viewerDir: VIEWER_DIST });
      if (host !== SERVER_DEFAULTS.host && host !== 'localhost' && host !== '::1') {
        console.error(`kg serve: warning: listening on ${host}, not loopback: anyone who can reach this machine can read the graph.`);
      }
      // Listen for Ctrl-C before saying we are ready: whoever waits for that line may stop us at once.
      const stopped = new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      console.log(`kg serve: viewer and API on ${server.url} (Ctrl-C to stop)`);
      await stopped;
      await server.close();
    } finally {
      await driver.close();
    }
    return 0;
  },
};
