/**
 * The HTTP API of `kg serve` (and the viewer page). Every database access goes
 * through the named-query library (read sessions, parameters passed as Cypher
 * parameters, a server-side timeout and a node/edge cap), so this module never
 * writes Cypher. Answers are cached by graph revision (answer-cache.ts) and carry an
 * ETag; headers come from hono's secure-headers middleware, the page from its
 * static-file middleware.
 */
import { availableParallelism } from 'node:os';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Driver } from 'neo4j-driver';
import { loadOntology } from '../ontology/index.ts';
import { loadQueryLibrary } from '../queries/library.ts';
import type { QueryResult } from '../queries/result.ts';
import { QUERY_DEFAULTS, resolveNamedQuery, runNamedQuery } from '../queries/run.ts';
import { createAnswerCache } from './answer-cache.ts';
import { ApiError, errorBody, toApiError } from './api-error.ts';
import type { ActorBody, ArticleBody, EvidenceBody, EvidenceDay, EvidenceRow, QueriesBody, SearchBody, Suggestion, TimelineBody } from './api-types.ts';
import { createQueryLimiter } from './query-limiter.ts';

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
  /** Most answers kept by the revision cache; 0 turns caching off. */
  cacheEntries?: number;
  /** Where unexpected errors are logged (their details never reach the client). */
  log?: (message: string) => void;
}

export const DEFAULTS = {
  ...QUERY_DEFAULTS,
  maxConcurrentQueries: 2 * availableParallelism(),
  suggestions: 10,
  viewerDir: null as string | null,
  cacheEntries: 2_000,
  log: (message: string) => console.error(message),
};

/**
 * The page may only load its own files; no inline script or style, so article text
 * could not run even if it were ever parsed as HTML. The layout worker is a built file.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
};

function required(value: string | undefined, name: string, route: string): string {
  if (!value?.trim()) throw new ApiError(400, `server: ${route} needs the parameter "${name}".`, `Example: ${route}?${name}=…`);
  return value.trim();
}

/** The rows of a table result, typed by the columns its query returns (api-types.ts). */
function rowsOf<T>(result: QueryResult): T[] {
  return (result.kind === 'table' ? result.rows : []) as unknown as T[];
}

/** The one row of a table result, or a 404 naming what was not found. */
function onlyRow<T>(result: QueryResult, what: string): T {
  const row = rowsOf<T>(result)[0];
  if (!row) throw new ApiError(404, `server: there is no ${what}.`, 'It may have been removed by a later seed; search for it again.');
  return row;
}

/**
 * Builds the Hono app answering the API (and, with `viewerDir`, the viewer page)
 * from `driver`. The caller owns the driver and closes it.
 */
export function createApp(driver: Driver, options: AppOptions = {}): Hono {
  const settings = { ...DEFAULTS, ...options };
  const library = loadQueryLibrary(settings.queryDir);
  // What clients need to build a form; the Cypher text and file path stay on the server.
  const definitions = [...library.values()].map(({ text: _text, file: _file, ...definition }) => definition);
  const relationTypes = [...loadOntology().relations.values()]
    .map(({ name, definition, quadClass, direction }) => ({ name, definition, quadClass: quadClass ?? null, symmetric: direction === 'symmetric' }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const limited = createQueryLimiter(settings.maxConcurrentQueries);
  const runOptions = { database: settings.database, timeoutMs: settings.timeoutMs, limit: settings.limit, library };
  const run = (name: string, params: Record<string, unknown>) => limited(() => runNamedQuery(driver, name, params, runOptions));
  const cache = createAnswerCache({ maxEntries: settings.cacheEntries });
  const caching = settings.cacheEntries > 0 && library.has('revision');

  /**
   * The graph's revision: a one-row read that skips the queue, as every answer starts with it.
   * Requests arriving while a read is on its way share it (50 clients make one read per round
   * trip, not 50): its answer is at most one round trip older than theirs would be.
   */
  let revisionRead: Promise<string | null> | null = null;
  const readRevision = async (): Promise<string | null> => {
    const result = await runNamedQuery(driver, 'revision', {}, runOptions);
    const value = rowsOf<{ revision: unknown }>(result)[0]?.revision;
    return typeof value === 'string' ? value : null;
  };
  const revision = (): Promise<string | null> => {
    revisionRead ??= readRevision().finally(() => {
      revisionRead = null;
    });
    return revisionRead;
  };

  /**
   * Answers `c` with the JSON of `compute()`, cached by graph revision: a 304 when the
   * client's If-None-Match is the current ETag, else the kept answer, else a fresh one.
   * A graph that has no revision yet (loaded before revisions existed) is never cached.
   */
  const answer = async (c: Context, compute: () => Promise<unknown>) => {
    const current = caching ? await revision() : null;
    if (current === null) return c.json(await compute());
    const url = new URL(c.req.url);
    url.searchParams.sort();
    const key = `${url.pathname}?${url.searchParams}`;
    const etag = cache.etag(current, key);
    const headers = { ETag: etag, 'Cache-Control': 'no-cache' };
    if (c.req.header('If-None-Match')?.split(/\s*,\s*/).includes(etag)) return c.body(null, 304, headers);
    const { body } = await cache.answer(current, key, compute);
    return c.body(body, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
  };

  const app = new Hono();
  app.use('*', secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, strictTransportSecurity: false }));
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

  app.get('/api/queries', (c) => c.json({ queries: definitions, relationTypes } satisfies QueriesBody));

  app.get('/api/query/:name', async (c) => {
    const name = c.req.param('name');
    if (!library.has(name)) throw new ApiError(404, `server: there is no query named "${name}".`, `Known queries: ${[...library.keys()].join(', ')}.`);
    // Values arrive as strings; the library validates them against the declared types, before any
    // database access, so that a bad parameter is a 400 whatever state the database is in.
    resolveNamedQuery(name, c.req.query(), library);
    return answer(c, () => run(name, c.req.query()));
  });

  app.get('/api/search', async (c) => {
    const q = required(c.req.query('q'), 'q', '/api/search');
    return answer(c, async () => {
      const result = await run('search', { q, limit: settings.suggestions });
      return { suggestions: rowsOf<Suggestion>(result).map(({ id, name, type, aliases }) => ({ id, name, type, aliases })) } satisfies SearchBody;
    });
  });

  app.get('/api/expand/:id', (c) => answer(c, () => run('neighbours', { id: c.req.param('id') })));

  app.get('/api/actor/:id', (c) => answer(c, async () => onlyRow<ActorBody>(await run('actor', { id: c.req.param('id') }), `actor "${c.req.param('id')}"`)));

  app.get('/api/article/:id', (c) =>
    answer(c, async () => onlyRow<ArticleBody>(await run('article-evidence', { id: c.req.param('id') }), `article "${c.req.param('id')}"`)),
  );

  app.get('/api/timeline', (c) =>
    answer(c, async () => {
      const result = await run('evidence-per-day', {});
      return { days: rowsOf<EvidenceDay>(result) } satisfies TimelineBody;
    }),
  );

  app.get('/api/evidence', async (c) => {
    const route = '/api/evidence';
    const [source, type, target] = (['source', 'type', 'target'] as const).map((name) => required(c.req.query(name), name, route));
    const params = { source, type, target };
    return answer(c, async () => {
      const result = await run('evidence', params);
      return { rows: rowsOf<EvidenceRow>(result), truncated: result.truncated } satisfies EvidenceBody;
    });
  });

  if (settings.viewerDir) {
    // Reached only by paths no API route answered. Hashed assets never change under their name;
    // the page itself is revalidated.
    app.use('*', async (c, next) => {
      await next();
      if (c.res.ok) c.res.headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    });
    app.use('*', serveStatic({ root: settings.viewerDir }));
  }
  return app;
}
