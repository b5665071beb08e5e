// The HTTP API without a database: security headers, JSON errors, parameter
// validation and the mapping of Neo4j failures to statuses a client can act on.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { answeringDriver, failingDriver } from './fake-driver.ts';

const queryDir = fileURLToPath(new URL('./fixtures/queries/', import.meta.url));
const viewerDir = fileURLToPath(new URL('./fixtures/viewer-dist/', import.meta.url));
const TIMED_OUT = 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration';

function appWith(code = 'ServiceUnavailable') {
  return createApp(failingDriver(code), { queryDir, viewerDir, log: () => {} });
}

async function errorOf(response: Response) {
  const body = (await response.json()) as { error: { message: string; hint?: string } };
  return body.error;
}

describe('security headers', () => {
  const routes = ['/', '/index.html', '/assets/app.js', '/api/queries', '/api/health', '/api/query/nope', '/api/search', '/no/such/page'];

  it.each(routes)('%s carries the CSP, nosniff and no-referrer', async (route) => {
    const response = await appWith().request(route);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('sends the documented policy exactly (docs/viewer.md, Security)', async () => {
    const response = await appWith().request('/');
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });
});

describe('viewer files', () => {
  it('serves index.html at / and assets with their content type', async () => {
    const app = appWith();
    expect(await (await app.request('/')).text()).toContain('fixture viewer');
    const script = await app.request('/assets/app.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect((await app.request('/')).headers.get('cache-control')).toBe('no-cache');
  });

  it('does not serve files outside the build directory', async () => {
    const response = await appWith().request('/..%2F..%2Fapp.test.ts');
    expect(response.status).toBe(404);
  });
});

describe('queries', () => {
  it('lists the library without Cypher text or file paths', async () => {
    const { queries } = (await (await appWith().request('/api/queries')).json()) as { queries: Record<string, unknown>[] };
    expect(queries.map((query) => query.name)).toEqual(['echo', 'revision']);
    expect(queries[0]).not.toHaveProperty('text');
    expect(queries[0]).not.toHaveProperty('file');
    expect(queries[0]!.params).toHaveLength(2);
  });

  it('answers 404 naming the known queries for an unknown one', async () => {
    const response = await appWith().request('/api/query/nope');
    expect(response.status).toBe(404);
    expect((await errorOf(response)).hint).toContain('echo');
  });

  it('answers 400 naming the parameter when a value has the wrong type', async () => {
    const response = await appWith().request('/api/query/echo?name=x&hops=two');
    expect(response.status).toBe(400);
    expect((await errorOf(response)).message).toMatch(/"hops".*whole number/);
  });

  it('answers 400 for an unknown or missing parameter', async () => {
    const unknown = await appWith().request('/api/query/echo?name=x&colour=red');
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).message).toContain('"colour"');
    const missing = await appWith().request('/api/query/echo');
    expect(missing.status).toBe(400);
    expect((await errorOf(missing)).message).toContain('"name"');
  });

  it('answers 400 when search or evidence lack a parameter', async () => {
    expect((await appWith().request('/api/search?q=%20')).status).toBe(400);
    const evidence = await appWith().request('/api/evidence?source=a&type=MET');
    expect(evidence.status).toBe(400);
    expect((await errorOf(evidence)).message).toContain('"target"');
  });
});

describe('database failures', () => {
  it('answers 503 with advice when Neo4j is unreachable', async () => {
    const response = await appWith('ServiceUnavailable').request('/api/query/echo?name=x');
    expect(response.status).toBe(503);
    expect((await errorOf(response)).hint).toContain('kg neo4j');
  });

  it('answers 503 from the health check when Neo4j is unreachable', async () => {
    expect((await appWith('ServiceUnavailable').request('/api/health')).status).toBe(503);
  });

  it('answers 504 when the query times out', async () => {
    const response = await appWith(TIMED_OUT).request('/api/query/echo?name=x');
    expect(response.status).toBe(504);
    expect((await errorOf(response)).message).toContain('timed out');
  });

  it('never sends a stack trace or the driver message of an unexpected error', async () => {
    const driver = failingDriver('Neo.DatabaseError.General.UnknownError', 'secret at /internal/path.ts:12');
    const response = await createApp(driver, { queryDir, log: () => {} }).request('/api/query/echo?name=x');
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(text).not.toMatch(/\bat .*:\d+/);
    expect(text).not.toContain('secret');
    expect(JSON.parse(text)).toHaveProperty('error.message');
  });
});

describe('answers cached by graph revision', () => {
  /** An app on a fake graph whose revision the test sets; counts the echo queries run. */
  function cachedApp() {
    const graph = { revision: 'r1' as string | null, echoes: 0 };
    const driver = answeringDriver((text, params) => {
      if (text.includes('AS revision')) return [{ revision: graph.revision }];
      graph.echoes++;
      return [{ hops: params.hops, name: params.name }];
    });
    return { app: createApp(driver, { queryDir, log: () => {} }), graph };
  }

  it('runs a repeated query once per revision and answers If-None-Match with 304', async () => {
    const { app, graph } = cachedApp();
    const first = await app.request('/api/query/echo?name=x&hops=3');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    expect(((await first.json()) as { rows: unknown[] }).rows).toEqual([{ hops: 3, name: 'x' }]);
    // The same parameters in another order are the same request.
    const again = await app.request('/api/query/echo?hops=3&name=x');
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.json()).toMatchObject({ rows: [{ hops: 3, name: 'x' }] });
    expect(graph.echoes).toBe(1);
    const unchanged = await app.request('/api/query/echo?name=x&hops=3', { headers: { 'If-None-Match': etag! } });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');
    expect(unchanged.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(graph.echoes).toBe(1);
  });

  it('answers anew once the graph has a new revision', async () => {
    const { app, graph } = cachedApp();
    const before = (await app.request('/api/query/echo?name=x')).headers.get('etag');
    graph.revision = 'r2';
    const after = await app.request('/api/query/echo?name=x', { headers: { 'If-None-Match': before! } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(before);
    expect(graph.echoes).toBe(2);
  });

  it('runs identical requests arriving together once', async () => {
    const { app, graph } = cachedApp();
    const answers = await Promise.all(Array.from({ length: 5 }, () => app.request('/api/query/echo?name=y')));
    expect(answers.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(graph.echoes).toBe(1);
  });

  it('caches nothing for a graph without a revision, nor errors', async () => {
    const { app, graph } = cachedApp();
    graph.revision = null;
    await app.request('/api/query/echo?name=x');
    const second = await app.request('/api/query/echo?name=x');
    expect(second.headers.get('etag')).toBeNull();
    expect(graph.echoes).toBe(2);
    graph.revision = 'r3';
    expect((await app.request('/api/query/echo?name=x&hops=two')).status).toBe(400);
    expect((await app.request('/api/query/echo?name=x&hops=two')).status).toBe(400);
  });
});
