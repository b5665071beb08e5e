import { createServer, type Server } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchUrls, readUrlList } from '../../src/ingest/fetch-url.ts';
import { readArticles } from '../../src/ingest/read-articles.ts';
import { fixturePath } from './fixture.ts';

const PAGE = readFileSync(fixturePath('pages/steppe-herald-nav-cookies-related-scripts.html'));
const FEED = readFileSync(fixturePath('feeds/rss-content-encoded.xml'));
/** How many requests each path received, and the User-Agent of the last. */
const hits = new Map<string, number>();
let userAgent: string | undefined;
let server: Server;
let base: string;
/** A port nothing listens on (a server opened and closed again). */
let closedPort: number;
let cacheDir: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    userAgent = request.headers['user-agent'];
    response.on('error', () => {});
    if (path === '/story') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else if (path === '/old-address') response.writeHead(301, { location: '/story' }).end();
    else if (path === '/feed') response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(FEED);
    else if (path === '/feed-as-octets') response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(FEED);
    else if (path === '/picture') response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    else if (path === '/slow') setTimeout(() => response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE), 2_000);
    else if (path === '/huge') {
      // 50 MB streamed in chunks with no length announced: the cap must stop it while it streams.
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, '<p>filler text of a page that never ends</p>');
      let sent = 0;
      const pump = () => {
        while (sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      pump();
    } else response.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedPort = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  hits.clear();
  cacheDir = mkdtempSync(join(tmpdir(), 'kg-cache-'));
  return () => rmSync(cacheDir, { recursive: true, force: true });
});

describe('fetchUrls', () => {
  it('fetches a page with a clear User-Agent, following redirects; the article keeps the canonical URL', async () => {
    const fetched = await fetchUrls([{ url: `${base}/old-address` }], { cacheDir });
    expect(fetched).toMatchObject({ problems: [], fetched: 1, cached: 0 });
    expect(userAgent).toMatch(/^newsgraph\//);
    const { articles } = await readArticles([], { fetched: fetched.inputs });
    expect(articles[0]).toMatchObject({
      source: 'Steppe Herald',
      url: 'https://steppe-herald.example/world/2022/01/06/tokayev-putin-call',
      origin: { file: `${base}/old-address` },
    });
  });

  it('reads a feed by its content type, or by its content when the type says nothing', async () => {
    const fetched = await fetchUrls([{ url: `${base}/feed` }, { url: `${base}/feed-as-octets` }], { cacheDir });
    expect(fetched.problems).toEqual([]);
    const { articles, folded } = await readArticles([], { fetched: fetched.inputs });
    expect(articles.map((article) => article.title)).toEqual([
      'Kazakhstan detains former security chief Masimov',
      'Alliance says its troops will leave Kazakhstan within days',
    ]);
    expect(folded).toBe(2);
  });

  it('keeps what it fetched in the cache with the response headers; a second run reads the cache, refetch asks again', async () => {
    await fetchUrls([{ url: `${base}/story` }], { cacheDir });
    const meta = JSON.parse(readFileSync(join(cacheDir, readdirSync(cacheDir).find((name) => name.endsWith('.json'))!), 'utf8'));
    expect(meta).toMatchObject({ url: `${base}/story`, status: 200, contentType: 'text/html; charset=utf-8', date: expect.stringMatching(/GMT$/) });
    expect(await fetchUrls([{ url: `${base}/story` }], { cacheDir })).toMatchObject({ fetched: 0, cached: 1 });
    expect(hits.get('/story')).toBe(1);
    expect(await fetchUrls([{ url: `${base}/story` }], { cacheDir, refetch: true })).toMatchObject({ fetched: 1, cached: 0 });
    expect(hits.get('/story')).toBe(2);
  });

  it('reports each failing URL by name and goes on with the others; nothing of them is cached', async () => {
    const requests = ['/missing', '/picture', '/slow', '/story'].map((path) => ({ url: `${base}${path}` }));
    requests.push({ url: `http://127.0.0.1:${closedPort}/refused` }, { url: 'ftp://example.org/file' }, { url: 'not a url' });
    const { inputs, problems } = await fetchUrls(requests, { cacheDir, timeoutMs: 500 });
    expect(inputs.map((input) => input.file)).toEqual([`${base}/story`]);
    expect(problems).toEqual([
      { file: `${base}/missing`, reason: expect.stringContaining('answered 404 Not Found') },
      { file: `${base}/picture`, reason: expect.stringContaining('image/png, which is neither a web page nor a feed') },
      { file: `${base}/slow`, reason: expect.stringContaining('no complete answer within 0.5 s') },
      { file: `http://127.0.0.1:${closedPort}/refused`, reason: expect.stringContaining('cannot be fetched (ECONNREFUSED)') },
      { file: 'ftp://example.org/file', reason: expect.stringContaining('only http and https') },
      { file: 'not a url', reason: expect.stringContaining('not a URL') },
    ]);
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.json'))).toHaveLength(1);
  });

  it('stops a 50 MB stream at the size cap and keeps nothing of it', async () => {
    const { inputs, problems } = await fetchUrls([{ url: `${base}/huge` }], { cacheDir, maxBytes: 5 * 1024 * 1024 });
    expect(inputs).toEqual([]);
    expect(problems).toEqual([{ file: `${base}/huge`, reason: expect.stringContaining('over the 5.2 MB limit') }]);
    expect(readdirSync(cacheDir)).toEqual([]);
  });
});

describe('readUrlList', () => {
  it('reads one URL a line, skipping blanks and comments, and names the list and line of a bad one', async () => {
    const list = join(cacheDir, 'urls.txt');
    writeFileSync(list, `# morning reading\n${base}/story\n\nnot a url\n`);
    const { requests } = await readUrlList(list);
    expect(requests).toEqual([
      { url: `${base}/story`, from: { file: list, line: 2 } },
      { url: 'not a url', from: { file: list, line: 4 } },
    ]);
    const { problems } = await fetchUrls(requests, { cacheDir });
    expect(problems).toEqual([{ file: list, line: 4, reason: expect.stringMatching(/^not a url: this is not a URL/) }]);
    expect((await readUrlList(join(cacheDir, 'absent.txt'))).problems[0]!.reason).toContain('cannot be read (ENOENT)');
  });
});
