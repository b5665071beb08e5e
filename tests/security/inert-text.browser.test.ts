/**
 * Article-derived text is inert in the viewer: markup in actor names and aliases, an
 * article's title, source and URL (a `javascript:` link), evidence and relation
 * properties is shown as text in the search suggestions, the node panel, the edge
 * evidence panel, the legend and titles; no element from it is ever created and no
 * script runs. The page is served with a Content-Security-Policy forbidding inline script.
 */
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/document/types.ts';
import { loadDocument } from '../../src/graph/loader.ts';
import { ontologyRelationTypes } from '../../src/graph/rows.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { loadOntology } from '../../src/ontology/index.ts';
import type { RunningServer } from '../../src/server/start-server.ts';
import { launchBrowser, openView, screenPoint, startTestServer, type TestBrowser } from '../helpers/browser.ts';
import { clearDatabase, testConnection, testDriver } from '../helpers/neo4j.ts';
import { HOSTILE_MARKUP, hostileDocument } from '../viewer/fixtures/documents.ts';

const [IMG, SCRIPT] = HOSTILE_MARKUP as [string, string];
const SVG = '<svg onload=window.__pwned=1></svg>';

/** The viewer's hostile fixture with markup also in every other field a panel may show. */
function everywhereHostile(): GraphDocument {
  const doc = hostileDocument();
  return {
    ...doc,
    actors: doc.actors.map((actor) => ({ ...actor, name: `${actor.name} ${IMG}`, aliases: [SVG, SCRIPT] })),
    articles: doc.articles.map((article) => ({ ...article, source: `Wire ${SVG}`, url: 'javascript:window.__pwned=1' })),
    relations: doc.relations.map((relation) => ({ ...relation, properties: { role: `${SCRIPT} envoy` } })),
  };
}

let driver: Driver;
let server: RunningServer;
let browser: TestBrowser;

beforeAll(async () => {
  driver = await testDriver();
  const { database } = testConnection();
  await clearDatabase(driver);
  await applySchema(driver, { database });
  await loadDocument(driver, everywhereHostile(), { database, relationTypes: ontologyRelationTypes(loadOntology()) });
  server = await startTestServer(driver);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await driver?.close();
});

/** Fails the test if any markup from the data became an element, attribute handler or link, or ran. */
async function expectInert(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned,
    elements: document.querySelectorAll('img[src="x"], svg[onload], [onerror], [onload], body script').length,
    javascriptLinks: [...document.querySelectorAll('a[href]')].filter((link) => /^\s*javascript:/i.test(link.getAttribute('href')!)).length,
  }));
  expect(found).toEqual({ pwned: undefined, elements: 0, javascriptLinks: 0 });
}

describe('hostile article text in the viewer', () => {
  it('the page carries a Content-Security-Policy without inline script', async () => {
    const response = await fetch(server.url);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('search suggestions, node panel, edge panel, legend and title show markup as text', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openView(page, server.url);

    await page.getByTestId('search').fill('Mallory');
    const suggestion = page.getByTestId('search-suggestion').first();
    await expect.poll(() => suggestion.textContent(), { timeout: 15_000 }).toContain(IMG);
    await expectInert(page);
    await suggestion.click();
    await expect.poll(() => page.evaluate(() => window.__newsgraph.graph.order), { timeout: 15_000 }).toBeGreaterThan(1);

    await openView(page, server.url, '?q=ego&id=hostile-sender&hops=1');
    const node = await screenPoint(page, { node: 'hostile-sender' });
    await page.mouse.click(node.x, node.y);
    await expect.poll(() => page.locator('#panel').textContent(), { timeout: 15_000 }).toContain(IMG);
    await expectInert(page);

    await openView(page, server.url, '?q=ego&id=hostile-sender&hops=1');
    const edge = await screenPoint(page, { edge: 'hostile-sender|PRAISED|hostile-receiver' });
    await page.mouse.move(edge.x, edge.y);
    await page.mouse.click(edge.x, edge.y);
    await expect.poll(() => page.locator('#panel blockquote').first().textContent(), { timeout: 15_000 }).toContain(SCRIPT);
    await expectInert(page);

    // The article view: its title, outlet and (javascript:) URL.
    await page.getByTestId('evidence-item').getByRole('button', { name: 'Open article' }).click();
    await expect.poll(() => page.getByTestId('article-panel').locator('h2').textContent(), { timeout: 15_000 }).toContain(SCRIPT);
    expect(await page.getByTestId('article-panel').textContent()).toContain(SVG);
    await expectInert(page);

    expect(await page.locator('#legend').textContent()).not.toContain('<');
    expect(await page.title()).not.toMatch(/<|>/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
