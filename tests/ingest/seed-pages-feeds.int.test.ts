/**
 * `kg seed` over saved pages, an RSS and an Atom feed, and URLs served from 127.0.0.1:
 * every article stored with the title, outlet, date and URL of its page or feed item; two
 * outlets' prints of one wire story stored as one article with both sources, its
 * evidence counted once, also when the copy arrives in a later run.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runNamedQuery } from '../../src/queries/run.ts';
import { runMain } from '../cli/run-main.ts';
import { clearDatabase, testConnection, testDriver } from '../helpers/neo4j.ts';
import { fixturePath } from './fixture.ts';

const { database, ...connection } = testConnection();
const STEPPE = fixturePath('pages/steppe-herald-nav-cookies-related-scripts.html');
const CASPIAN = fixturePath('pages/caspian-daily-title-suffix-json-ld.html');
const RSS = fixturePath('feeds/rss-content-encoded.xml');
const ATOM = fixturePath('feeds/atom-entries.atom');
const GERMAN = fixturePath('pages/german-article.html');
const INDEX = fixturePath('pages/index-page.html');
let driver: Driver;
let server: Server;
let base: string;
const hits = new Map<string, number>();
const temporary: string[] = [];

/** A fresh directory holding copies of `files`. */
function folder(...files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-seed-pages-'));
  temporary.push(dir);
  for (const file of files) copyFileSync(file, join(dir, basename(file)));
  return dir;
}

interface StoredArticle {
  id: string;
  title: string | null;
  source: string | null;
  date: string | null;
  url: string | null;
  outlets: string[];
  urls: string[];
  copies: string[];
}

async function articles(): Promise<StoredArticle[]> {
  const { records } = await driver.executeQuery(
    'MATCH (a:Article) RETURN a {.id, .title, .source, .date, .url, .outlets, .urls, .copies} AS article ORDER BY a.title',
    {},
    { database },
  );
  return records.map((record) => record.get('article') as StoredArticle);
}

/** Every relationship between actors with its weight and the articles its evidence comes from. */
async function relationships(): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (s:Actor)-[r]->(t:Actor) WHERE r.relKey IS NOT NULL
     OPTIONAL MATCH (a:Article)-[:HAS_EVIDENCE]->(e:Evidence {relKey: r.relKey})
     WITH r, count(e) AS evidence, count(DISTINCT a) AS articles
     RETURN r.relKey + ' weight ' + toString(r.weight) + ' evidence ' + toString(evidence) + ' articles ' + toString(articles) AS line ORDER BY line`,
    {},
    { database },
  );
  return records.map((record) => record.get('line') as string);
}

beforeAll(async () => {
  driver = await testDriver();
  Object.assign(process.env, {
    NEO4J_URI: connection.uri,
    NEO4J_USERNAME: connection.username,
    NEO4J_PASSWORD: connection.password,
    NEO4J_DATABASE: database,
    KG_CACHE_DIR: folder(),
  });
  server = createServer((request, response) => {
    hits.set(request.url ?? '', (hits.get(request.url ?? '') ?? 0) + 1);
    if (request.url === '/world/story') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(STEPPE));
    else if (request.url === '/feed.xml') response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(readFileSync(RSS));
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
beforeEach(() => clearDatabase(driver));
afterAll(async () => {
  for (const name of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'KG_CACHE_DIR']) delete process.env[name];
  await new Promise((resolve) => server.close(resolve));
  await driver?.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe('kg seed over saved pages and feeds', () => {
  it('stores every article with the title, outlet, date and URL of its page or item, and no evidence from page furniture', async () => {
    const run = await runMain(['seed', folder(STEPPE, RSS, ATOM, GERMAN, INDEX)]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/articles: 5 new, .* 0 failed; .*; 0 copies folded, 1 not English, 1 without article text \(skipped\); /);
    const stored = (await articles()).map(({ title, source, date, url }) => ({ title, source, date, url }));
    expect(stored).toEqual([
      {
        title: 'Alliance says its troops will leave Kazakhstan within days',
        source: 'Eurasia Wire',
        date: '2022-01-09',
        url: 'https://eurasia-wire.example/2022/01/09/alliance-withdrawal',
      },
      { title: 'Almaty airport reopens', source: 'Central Asia Monitor', date: '2022-01-10', url: 'https://ca-monitor.example/2022/01/10/almaty-airport' },
      {
        title: 'Kazakhstan detains former security chief Masimov',
        source: 'Eurasia Wire',
        date: '2022-01-08',
        url: 'https://eurasia-wire.example/2022/01/08/masimov-detained',
      },
      {
        title: 'Nazarbayev "on holiday", spokesman says',
        source: 'Central Asia Monitor',
        date: '2022-01-09',
        url: 'https://ca-monitor.example/2022/01/09/nazarbayev-spokesman',
      },
      {
        title: 'Tokayev and Putin speak as alliance troops land in Almaty',
        source: 'Steppe Herald',
        date: '2022-01-06',
        url: 'https://steppe-herald.example/world/2022/01/06/tokayev-putin-call',
      },
    ]);
    const { records } = await driver.executeQuery('MATCH (e:Evidence) RETURN e.text AS text', {}, { database });
    expect(records.length).toBeGreaterThan(3);
    for (const record of records) expect(record.get('text')).not.toMatch(/cookies|Subscribe|Related articles|Reader from|All rights reserved|renderAd/);
  });

  it('stores two outlets’ prints of one story as one article with both sources, its relationships weighed once', async () => {
    expect((await runMain(['seed', folder(CASPIAN)])).code).toBe(0);
    const alone = await relationships();
    await clearDatabase(driver);

    const run = await runMain(['seed', folder(CASPIAN, STEPPE)]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/articles: 1 new, .*; 1 copy folded, /);
    const [article, ...others] = await articles();
    expect(others).toEqual([]);
    expect(article).toMatchObject({
      source: 'Caspian Daily',
      outlets: ['Caspian Daily', 'Steppe Herald'],
      urls: ['https://www.caspian-daily.example/news/kazakhstan-troops-arrive', 'https://steppe-herald.example/world/2022/01/06/tokayev-putin-call'],
    });
    expect(article!.copies).toHaveLength(1);
    expect(alone.length).toBeGreaterThan(0);
    expect(await relationships()).toEqual(alone);
    const view = await runNamedQuery(driver, 'article-evidence', { id: article!.id }, { database });
    expect(view.kind === 'table' && view.rows[0]).toMatchObject({ source: 'Caspian Daily', outlets: ['Caspian Daily', 'Steppe Herald'] });
  });

  it('folds a copy arriving in a later run into the stored article, again and again the same way', async () => {
    expect((await runMain(['seed', folder(CASPIAN)])).code).toBe(0);
    const alone = await relationships();
    for (let run = 0; run < 2; run++) {
      const later = await runMain(['seed', folder(STEPPE)]);
      expect(later.code, later.stderr).toBe(0);
      expect(later.stdout).toMatch(/articles: 0 new, .*; 1 copy folded, /);
      const stored = await articles();
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ title: 'Russian troops arrive in Kazakhstan; Tokayev thanks Putin', outlets: ['Caspian Daily', 'Steppe Herald'] });
      expect(stored[0]!.copies).toHaveLength(1);
      expect(await relationships()).toEqual(alone);
    }
    // Loaded again (--force), the stored article keeps the outlet an earlier run folded into it.
    expect((await runMain(['seed', '--force', folder(CASPIAN)])).code).toBe(0);
    expect((await articles())[0]).toMatchObject({ outlets: ['Caspian Daily', 'Steppe Herald'] });
  });

  it('folds a run’s article into a stored copy of it, even when the stored one comes later in the run', async () => {
    expect((await runMain(['seed', folder(STEPPE)])).code).toBe(0);
    const [stored] = await articles();
    const run = await runMain(['seed', folder(CASPIAN, STEPPE)]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/articles: 0 new, .*; 1 copy folded, /);
    const after = await articles();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: stored!.id, source: 'Steppe Herald', outlets: ['Steppe Herald', 'Caspian Daily'] });
  });

  it('--strict stops at a broken feed before writing anything', async () => {
    const run = await runMain(['seed', '--strict', folder(CASPIAN, fixturePath('feeds/not-well-formed.xml'))]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/not-well-formed\.xml:6: the feed is not well-formed XML/);
    expect(await articles()).toEqual([]);
  });
});

describe('kg seed --url', () => {
  it('fetches a page and a feed from the local server, reads them from the cache next time, and again with --refetch', async () => {
    const urls = ['--url', `${base}/world/story`, '--url', `${base}/feed.xml`];
    const first = await runMain(['seed', ...urls]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/articles: 3 new, .*URLs: 2 fetched, 0 from the cache; /);
    expect((await articles()).map((article) => article.source).sort()).toEqual(['Eurasia Wire', 'Eurasia Wire', 'Steppe Herald']);

    const again = await runMain(['seed', ...urls]);
    expect(again.stdout).toMatch(/articles: 0 new, 0 changed, 3 unchanged .*URLs: 0 fetched, 2 from the cache; /);
    expect(hits.get('/world/story')).toBe(1);

    const refetched = await runMain(['seed', ...urls, '--refetch']);
    expect(refetched.stdout).toMatch(/URLs: 2 fetched, 0 from the cache; /);
    expect(hits.get('/world/story')).toBe(2);
  });

  it('reports an unreachable URL by name and loads the others; --strict writes nothing', async () => {
    const run = await runMain(['seed', '--url', `${base}/gone`, '--url', `${base}/world/story`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`kg seed: skipped ${base}/gone: the server answered 404`);
    expect(await articles()).toHaveLength(1);
    await clearDatabase(driver);
    const strict = await runMain(['seed', '--strict', '--url', `${base}/gone`, '--url', `${base}/world/story`]);
    expect(strict.code).not.toBe(0);
    expect(strict.stderr).toContain(`${base}/gone: the server answered 404`);
    expect(await articles()).toEqual([]);
  });
});
