// The viewer in a real browser against a real Neo4j: ego network, edge evidence,
// expansion, shareable URLs, and article text that must never run as markup.
import { mkdir } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/graph/schema.ts';
import { loadDocument } from '../../src/graph/loader.ts';
import type { RunningServer } from '../../src/server/start-server.ts';
import { launchBrowser, nodeKeys, openView, screenPoint, startTestServer, waitForView, type TestBrowser } from '../helpers/browser.ts';
import { clearDatabase, testConnection, testDriver } from '../helpers/neo4j.ts';
import { CALL_SENTENCE, HOSTILE_MARKUP, hostileDocument, ontologyRelationTypes, seedExcerptDocument } from './fixtures/documents.ts';

let driver: Driver;
let server: RunningServer;
let browser: TestBrowser;
/** Uncaught page errors and console errors (CSP violations show up there). */
let problems: string[] = [];

beforeAll(async () => {
  driver = await testDriver();
  const { database } = testConnection();
  await clearDatabase(driver);
  await applySchema(driver, { database });
  const relationTypes = ontologyRelationTypes();
  await loadDocument(driver, seedExcerptDocument(), { database, relationTypes });
  await loadDocument(driver, hostileDocument(), { database, relationTypes });
  server = await startTestServer(driver);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await driver?.close();
});

afterEach(() => {
  expect(problems).toEqual([]);
  problems = [];
});

async function newPage(): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return page;
}

async function clickEdge(page: Page, edge: string): Promise<void> {
  const point = await screenPoint(page, { edge });
  await page.mouse.move(point.x, point.y);
  await page.mouse.click(point.x, point.y);
}

describe('viewer against the seeded graph', () => {
  it('finds Tokayev through the search box and shows his ego network', async () => {
    const page = await newPage();
    await openView(page, server.url);
    await page.locator('#search').fill('Tokaev');
    await page.locator('#suggestions button', { hasText: 'Kassym-Jomart Tokayev' }).click();
    await waitForView(page);
    const nodes = await nodeKeys(page);
    expect(nodes).toContain('vladimir-putin');
    expect(nodes).toContain('csto');
    expect(new URL(page.url()).searchParams.get('q')).toBe('ego');
    await expect.poll(() => page.locator('#legend li').count()).toBeGreaterThan(5);
    await mkdir('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/viewer-seeded.png' });
    await page.close();
  });

  it('quotes the telephone-call sentence when the Tokayev–Putin edge is clicked', async () => {
    const page = await newPage();
    await openView(page, server.url, '?q=ego&name=Tokayev&hops=1');
    await clickEdge(page, 'kassym-jomart-tokayev|COMMUNICATED_WITH|vladimir-putin');
    const quote = page.locator('#panel blockquote');
    await expect.poll(() => quote.textContent(), { timeout: 15_000 }).toBe(CALL_SENTENCE);
    expect(await quote.locator('mark').textContent()).toBe('telephone conversation');
    expect(await page.locator('#panel .meta').textContent()).toContain('Kazakhstan: Tokayev calls Putin');
    await page.close();
  });

  it('adds the neighbours of a double-clicked node, once', async () => {
    const page = await newPage();
    await openView(page, server.url, '?q=ego&name=Tokayev&hops=1');
    const before = await nodeKeys(page);
    expect(before).not.toContain('kazakhstan');
    for (let i = 0; i < 2; i++) {
      const csto = await screenPoint(page, { node: 'csto' });
      await page.mouse.dblclick(csto.x, csto.y);
      await expect.poll(() => nodeKeys(page), { timeout: 15_000 }).toContain('kazakhstan');
      await waitForView(page);
    }
    const after = await nodeKeys(page);
    expect(after).toEqual([...before, 'kazakhstan'].sort());
    const edges = await page.evaluate(() => window.__newsgraph.graph.edges());
    expect(new Set(edges).size).toBe(edges.length);
    expect(edges).toContain('csto|PROVIDED_AID|kazakhstan');
    await page.close();
  });

  it('reproduces a view from its URL', async () => {
    const first = await newPage();
    await openView(first, server.url);
    await first.selectOption('#query-name', 'ego');
    await first.locator('#query-params input[name=name]').fill('Putin');
    await first.locator('#query-params input[name=hops]').fill('1');
    await first.locator('#query-form button[type=submit]').click();
    await waitForView(first);
    const shared = first.url();
    expect(new URL(shared).searchParams.get('name')).toBe('Putin');
    const second = await newPage();
    await second.goto(shared);
    await waitForView(second);
    expect(await nodeKeys(second)).toEqual(await nodeKeys(first));
    expect(await nodeKeys(second)).toEqual(['kassym-jomart-tokayev', 'vladimir-putin']);
    await first.close();
    await second.close();
  });
});

describe('viewer and hostile article text', () => {
  it('shows markup in evidence as literal text and never runs it', async () => {
    const page = await newPage();
    await openView(page, server.url, '?q=ego&id=hostile-sender&hops=1');
    await clickEdge(page, 'hostile-sender|PRAISED|hostile-receiver');
    const quote = page.locator('#panel blockquote');
    await expect.poll(() => quote.textContent(), { timeout: 15_000 }).toContain(HOSTILE_MARKUP[1]);
    expect(await quote.textContent()).toContain(HOSTILE_MARKUP[0]);
    expect(await page.locator('#panel .meta').textContent()).toContain(HOSTILE_MARKUP[1]);
    expect(await page.locator('#panel img, #panel script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await page.close();
  });
});
