/**
 * `kg serve`: the HTTP API and the graph viewer on http://127.0.0.1:7475/ (see
 * docs/viewer.md). Builds the viewer first when viewer/dist is missing or stale.
 */
import { parseArgs } from 'node:util';
import { KgError } from '../../errors.ts';
import { ensureNeo4j, openDriver } from '../../neo4j/index.ts';
import { DEFAULTS } from '../../server/app.ts';
import { SERVER_DEFAULTS, startServer } from '../../server/start-server.ts';
import { buildViewer, VIEWER_DIST, viewerBuildState } from '../../server/viewer-build.ts';
import type { Command } from '../types.ts';

const usage = `Usage: kg serve [--host ${SERVER_DEFAULTS.host}] [--port ${SERVER_DEFAULTS.port}] [--timeout-ms ${DEFAULTS.timeoutMs}] [--limit ${DEFAULTS.limit}]

Serves the graph viewer and its JSON API (read-only) until Ctrl-C.
  --host        interface to bind (default loopback; another value exposes the graph to the network)
  --port        TCP port (default ${SERVER_DEFAULTS.port})
  --timeout-ms  server-side timeout of one query (default ${DEFAULTS.timeoutMs})
  --limit       maximum nodes/edges/rows per response (default ${DEFAULTS.limit})`;

function positiveInt(value: string | undefined, option: string, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw new KgError(`serve: ${option} must be an integer ≥ ${min}, got "${value}".\n\n${usage}`, { exitCode: 2 });
  return number;
}

export const command: Command = {
  summary: 'Serve the graph viewer and its JSON API on http://127.0.0.1:7475/',
  usage,
  async run(argv) {
    let values;
    try {
      ({ values } = parseArgs({ args: argv, options: { host: { type: 'string' }, port: { type: 'string' }, 'timeout-ms': { type: 'string' }, limit: { type: 'string' } } }));
    } catch (error) {
      throw new KgError(`serve: ${(error as Error).message}\n\n${usage}`, { exitCode: 2 });
    }
    const host = values.host ?? SERVER_DEFAULTS.host;
    const port = positiveInt(values.port, '--port', SERVER_DEFAULTS.port, 0);
    const timeoutMs = positiveInt(values['timeout-ms'], '--timeout-ms', DEFAULTS.timeoutMs);
    const limit = positiveInt(values.limit, '--limit', DEFAULTS.limit);

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
      console.log(`kg serve: viewer and API on ${server.url} (Ctrl-C to stop)`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await server.close();
    } finally {
      await driver.close();
    }
    return 0;
  },
};
