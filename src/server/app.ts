/**
 * The HTTP API of `kg serve` (and the viewer page). Every database access goes
 * through the named-query library (read sessions, parameters passed as Cypher
 * parameters, a server-side timeout and a node/edge cap), so this module never
 * writes Cypher.
 */
import { availableParallelism } from 'node:os';
import { Hono } from 'hono';
import type { Driver } from 'neo4j-driver';
import { loadQueryLibrary } from '../queries/library.ts';
import { runNamedQuery } from '../queries/run.ts';
import { ApiError, errorBody, toApiError } from './api-error.ts';
import { createQueryLimiter } from './query-limiter.ts';
import { securityHeaders } from './security-headers.ts';
import { readViewerFiles, serveViewer } from './static-viewer.ts';

export interface AppOptions {
  /** Neo4j database name (default: the server's default database). */
  database?: string;
  /** Server-side timeout of one query, in milliseconds. */
  timeoutMs?: number;
  /** Maximum nodes (and edges, and rows) one response may carry; beyond it `truncated: true`. */
  limit?: number;
  /** Named queries running on Neo4j at once; further requests wait their turn. */
  maxConcurrentQueries?: number;
  /** Number of suggestions `/api/search` returns. */
  suggestions?: number;
  /** Directory of the built viewer; null serves the API only. */
  viewerDir?: string | null;
  /** Directory of the named-query library (default: the library's own). */
  queryDir?: string;
  /** Where unexpected errors are logged (their details never reach the client). */
  log?: (message: string) => void;
}

export const DEFAULTS = {
  timeoutMs: 10_000,
  limit: 2_000,
  maxConcurrentQueries: 2 * availableParallelism(),
  suggestions: 10,
  viewerDir: null as string | null,
  log: (message: string) => console.error(message),
};

function required(value: string | undefined, name: string, route: string): string {
  if (!value?.trim()) throw new ApiError(400, `server: ${route} needs the parameter "${name}".`, `Example: ${route}?${name}=…`);
  return value.trim();
}

/**
 * Builds the Hono app answering the API (and, with `viewerDir`, the viewer page)
 * from `driver`. The caller owns the driver and closes it.
 */
export function createApp(driver: Driver, options: AppOptions = {}): Hono {
  const settings = { ...DEFAULTS, ...options };
  const library = loadQueryLibrary(settings.queryDir);
  // What clients need to build a form; the Cypher text and file path stay on the server.
  const definitions = [...library.values()].map(({ name, description, params, returns }) => ({ name, description, params, returns }));
  const limited = createQueryLimiter(settings.maxConcurrentQueries);
  const run = (name: string, params: Record<string, unknown>) =>
    limited(() => runNamedQuery(driver, name, params, { database: settings.database, timeoutMs: settings.timeoutMs, limit: settings.limit, library }));

  const app = new Hono();
  app.use('*', securityHeaders);
  app.onError((error, c) => {
    const apiError = toApiError(error);
    if (apiError.status === 500) settings.log(`kg serve: ${c.req.method} ${c.req.path}: ${(error as Error)?.stack ?? String(error)}`);
    return c.json(errorBody(apiError), apiError.status);
  });
  app.notFound((c) => {
    const hint = c.req.path.startsWith('/api/') ? 'The API routes are listed in docs/viewer.md.' : 'Open / for the viewer.';
    return c.json(errorBody(new ApiError(404, `server: nothing at ${c.req.path}.`, hint)), 404);
  });

  app.get('/api/health', async (c) => {
    await driver.getServerInfo({ database: settings.database });
    return c.json({ status: 'ok' });
  });

  app.get('/api/queries', (c) => c.json({ queries: definitions }));

  app.get('/api/query/:name', async (c) => {
    const name = c.req.param('name');
    if (!library.has(name)) throw new ApiError(404, `server: there is no query named "${name}".`, `Known queries: ${[...library.keys()].join(', ')}.`);
    // Values arrive as strings; the library validates them against the declared types.
    return c.json(await run(name, c.req.query()));
  });

  app.get('/api/search', async (c) => {
    const q = required(c.req.query('q'), 'q', '/api/search');
    const result = await run('search', { q, limit: settings.suggestions });
    const rows = result.kind === 'table' ? result.rows : [];
    return c.json({ suggestions: rows.map((row) => ({ id: row.id, name: row.name, type: row.type })) });
  });

  app.get('/api/expand/:id', async (c) => c.json(await run('neighbours', { id: c.req.param('id') })));

  app.get('/api/evidence', async (c) => {
    const route = '/api/evidence';
    const params = { source: required(c.req.query('source'), 'source', route), type: required(c.req.query('type'), 'type', route), target: required(c.req.query('target'), 'target', route) };
    const result = await run('evidence', params);
    return c.json(result.kind === 'table' ? { rows: result.rows, truncated: result.truncated } : result);
  });

  if (settings.viewerDir) serveViewer(app, readViewerFiles(settings.viewerDir));
  return app;
}
