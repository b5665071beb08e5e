// The HTTP API without a database: security headers, JSON errors, parameter
// validation and the mapping of Neo4j failures to statuses a client can act on.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { failingDriver } from './fake-driver.ts';

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
});

describe('viewer files', () => {
  it('serves index.html at / and assets with their content type', async () => {
    const app = appWith();
    expect(await (await app.request('/')).text()).toContain('fixture viewer');
    const script = await app.request('/assets/app.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('does not serve files outside the build directory', async () => {
    const response = await appWith().request('/..%2F..%2Fapp.test.ts');
    expect(response.status).toBe(404);
  });
});

describe('queries', () => {
  it('lists the library without Cypher text or file paths', async () => {
    const { queries } = (await (await appWith().request('/api/queries')).json()) as { queries: Record<string, unknown>[] };
    expect(queries.map((query) => query.name)).toEqual(['echo']);
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
    const response = await createApp(failingDriver('Neo.DatabaseError.General.UnknownError', 'secret at /internal/path.ts:12'), { queryDir, log: () => {} }).request('/api/query/echo?name=x');
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(text).not.toMatch(/\bat .*:\d+/);
    expect(text).not.toContain('secret');
    expect(JSON.parse(text)).toHaveProperty('error.message');
  });
});
