// The viewer in a real browser against a real Neo4j: ego network, edge evidence,
// expansion, shareable URLs, and article text that must never run as markup.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/document/types.ts';
import { extractDocument } from '../../src/extract/index.ts';
import { loadDocument } from '../../src/graph/loader.ts';
import { ontologyRelationTypes } from '../../src/graph/rows.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { readArticles } from '../../src/ingest/index.ts';
import { loadOntology } from '../../src/ontology/index.ts';
import type { RunningServer } from '../../src/server/start-server.ts';
import { cspViolations, launchBrowser, nodeKeys, openView, screenPoint, startTestServer, waitForView, type TestBrowser } from '../helpers/browser.ts';
import { clearDatabase, testConnection, testDriver } from '../helpers/neo4j.ts';
import { HOSTILE_MARKUP, hostileDocument } from './fixtures/documents.ts';
import { ringActor, ringGraphResult } from './fixtures/ring-graph.ts';
import { SETTINGS } from '../../viewer/src/settings.ts';

const SEED_ARTICLES = new URL('../../seed/articles/', import.meta.url);
/** Text of every seed article, to check that quoted evidence is verbatim. */
const seedText = () => readdirSync(SEED_ARTICLES).map((file) => readFileSync(new URL(file, SEED_ARTICLES), 'utf8')).join('\n');

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
  const seed = async (doc: GraphDocument) => loadDocument(driver, doc, { database, relationTypes: ontologyRelationTypes(loadOntology()) });
  // The seed articles through the real pipeline, as `kg seed` loads them.
  await seed(extractDocument((await readArticles([fileURLToPath(SEED_ARTICLES)])).articles));
  await seed(hostileDocument());
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

/** Moves the pointer to a corner of the graph area, inside the stage padding where no node is. */
async function pointerToEmptyCorner(page: Page): Promise<void> {
  const box = (await page.locator('#graph').boundingBox())!;
  await page.mouse.move(box.x + 5, box.y + 5);
}

/** Pixels of the neighbourhood layer painted at the midpoint of `edge` and in the whole layer (alpha > 0). */
function neighbourhoodPixels(page: Page, edge: string): Promise<{ atEdge: boolean; painted: number }> {
  return page.evaluate((edge) => {
    const { graph, sigma } = window.__newsgraph;
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.sigma-neighbourhood')!;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const [source, target] = [graph.source(edge), graph.target(edge)].map((node) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(node)!));
    const ratio = canvas.width / canvas.clientWidth;
    const x = Math.round(((source!.x + target!.x) / 2) * ratio);
    const y = Math.round(((source!.y + target!.y) / 2) * ratio);
    let painted = 0;
    for (let i = 3; i < pixels.data.length; i += 4) if (pixels.data[i]! > 0) painted++;
    return { atEdge: pixels.data[(y * canvas.width + x) * 4 + 3]! > 0, painted };
  }, edge);
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
    await page.getByTestId('search').fill('Tokaev');
    await page.getByTestId('search-suggestion').filter({ hasText: 'Kassym-Jomart Tokayev' }).click();
    await waitForView(page);
    const nodes = await nodeKeys(page);
    expect(nodes).toContain('vladimir-putin');
    expect(nodes).toContain('collective-security-treaty-organization');
    expect(new URL(page.url()).searchParams.get('q')).toBe('ego');
    await expect.poll(() => page.locator('#legend li').count()).toBeGreaterThan(5);
    await mkdir('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/viewer-seeded.png' });
    // The layout worker, scripts and styles all load under the served Content-Security-Policy.
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('dims everything but the hovered actor and its neighbours, and undims on leaving it', async () => {
    const page = await newPage();
    await openView(page, server.url, '?q=graph');
    const { hovered, stranger } = await page.evaluate(() => {
      const { graph } = window.__newsgraph;
      const hovered = graph.nodes().find((node) => graph.degree(node) > 0)!;
      return { hovered, stranger: graph.nodes().find((node) => node !== hovered && !graph.areNeighbors(node, hovered))! };
    });
    const colour = (node: string) => page.evaluate((node) => window.__newsgraph.sigma.getNodeDisplayData(node)!.color, node);
    const strangerColour = await colour(stranger);
    expect(strangerColour).not.toBe(SETTINGS.dimmedColor);
    const point = await screenPoint(page, { node: hovered });
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => colour(stranger)).toBe(SETTINGS.dimmedColor);
    expect(await colour(hovered)).not.toBe(SETTINGS.dimmedColor);
    await pointerToEmptyCorner(page);
    await expect.poll(() => colour(stranger)).toBe(strangerColour);
    await page.close();
  });

  it('quotes the telephone-call sentence when the Tokayev–Putin edge is clicked', async () => {
    const page = await newPage();
    await openView(page, server.url, '?q=ego&name=Tokayev&hops=1');
    await clickEdge(page, 'kassym-jomart-tokayev|COMMUNICATED_WITH|vladimir-putin');
    const quotes = page.locator('#panel blockquote');
    await expect.poll(() => quotes.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const call = quotes.filter({ hasText: /telephone conversation.*Putin/ }).first();
    expect(seedText()).toContain(await call.textContent());
    expect(await call.locator('mark').textContent()).toMatch(/conversation/);
    expect(await page.locator('#panel .meta').first().textContent()).toMatch(/2022-01-\d\d/);
    await page.close();
  });

  it('adds the neighbours of a double-clicked node, once', async () => {
    const page = await newPage();
    await openView(page, server.url, '?q=ego&name=Tokayev&hops=1');
    const before = await nodeKeys(page);
    const response = await fetch(new URL('/api/expand/vladimir-putin', server.url));
    const putinNeighbours = ((await response.json()) as { graph: { nodes: { key: string }[] } }).graph.nodes.map((node) => node.key);
    const expected = [...new Set([...before, ...putinNeighbours])].sort();
    expect(expected.length).toBeGreaterThan(before.length);
    for (let i = 0; i < 2; i++) {
      const putin = await screenPoint(page, { node: 'vladimir-putin' });
      await page.mouse.dblclick(putin.x, putin.y);
      await expect.poll(() => nodeKeys(page), { timeout: 15_000 }).toEqual(expected);
      await waitForView(page);
    }
    const edges = await page.evaluate(() => window.__newsgraph.graph.edges());
    expect(new Set(edges).size).toBe(edges.length);
    await page.close();
  });

  it('reproduces a view from its URL', async () => {
    const first = await newPage();
    await openView(first, server.url);
    await first.selectOption('#query-name', 'ego');
    await first.locator('#query-params input[name=name]').fill('Putin');
    await first.locator('#query-params input[name=hops]').fill('1');
    await first.locator('#query-form button[type=submit]').click();
    await expect.poll(() => new URL(first.url()).searchParams.get('q')).toBe('ego');
    await waitForView(first);
    const shared = first.url();
    expect(new URL(shared).searchParams.get('name')).toBe('Putin');
    const second = await newPage();
    await second.goto(shared);
    await waitForView(second);
    expect(await nodeKeys(second)).toEqual(await nodeKeys(first));
    expect(await nodeKeys(second)).toContain('kassym-jomart-tokayev');
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

describe('viewer on a big graph', () => {
  it('draws 1,000 actors and 3,000 relationships with the cheap programs and still opens an actor on click', async () => {
    const page = await newPage();
    await page.route('**/api/query/graph*', (route) => route.fulfill({ json: ringGraphResult(1_000, 3) }));
    await page.route('**/api/actor/actor-500', (route) => route.fulfill({ json: ringActor(1_000, 3, 500) }));
    await openView(page, server.url, '?q=graph');
    const drawing = await page.evaluate(() => {
      const { sigma } = window.__newsgraph;
      return {
        node: sigma.getNodeDisplayData('actor-0')?.type,
        edge: sigma.getEdgeDisplayData('actor-0|MET|actor-1')?.type,
        edgeEvents: sigma.getSetting('enableEdgeEvents'),
      };
    });
    expect(drawing).toEqual({ node: 'point', edge: 'thinLine', edgeEvents: false });
    // Zoomed in on it, so that its neighbours on the ring no longer overlap it.
    await page.evaluate(async () => {
      const { sigma } = window.__newsgraph;
      const { x, y } = sigma.getNodeDisplayData('actor-500')!;
      const rendered = new Promise<void>((resolve) => sigma.once('afterRender', () => resolve()));
      sigma.getCamera().setState({ x, y, ratio: 0.05 });
      await rendered;
    });
    const actor = await screenPoint(page, { node: 'actor-500' });
    await page.mouse.click(actor.x, actor.y);
    await expect.poll(() => page.getByTestId('actor-panel').locator('h2').textContent(), { timeout: 15_000 }).toBe('Actor 500');
    expect(await page.getByTestId('relationship-item').count()).toBe(6);
    await page.close();
  });

  it('highlights a hovered actor\'s neighbourhood on its own layer, without dimming or redrawing the graph', async () => {
    const page = await newPage();
    await page.route('**/api/query/graph*', (route) => route.fulfill({ json: ringGraphResult(1_000, 3) }));
    await openView(page, server.url, '?q=graph');
    const strangerColour = () => page.evaluate(() => window.__newsgraph.sigma.getNodeDisplayData('actor-0')!.color);
    const colourBefore = await strangerColour();
    await page.evaluate(() => {
      const counter = window as unknown as { __renders: number };
      counter.__renders = 0;
      window.__newsgraph.sigma.on('afterRender', () => counter.__renders++);
    });
    const actor = await screenPoint(page, { node: 'actor-500' });
    await page.mouse.move(actor.x, actor.y);
    await expect.poll(() => neighbourhoodPixels(page, 'actor-500|MET|actor-501')).toMatchObject({ atEdge: true });
    expect((await neighbourhoodPixels(page, 'actor-498|MET|actor-500')).atEdge).toBe(true);
    expect(await strangerColour()).toBe(colourBefore);
    expect(await page.evaluate(() => (window as unknown as { __renders: number }).__renders)).toBe(0);
    await pointerToEmptyCorner(page);
    await expect.poll(() => neighbourhoodPixels(page, 'actor-500|MET|actor-501')).toEqual({ atEdge: false, painted: 0 });
    await page.close();
  });

  it('leaves the edges of a big graph out of frames while the camera moves, and draws them once it stops', async () => {
    const page = await newPage();
    await page.route('**/api/query/graph*', (route) => route.fulfill({ json: ringGraphResult(1_000, 3) }));
    await openView(page, server.url, '?q=graph');
    const lineDraws = await page.evaluate(async (stillMs) => {
      // The plain edges are the only gl.LINES draws.
      let lines = 0;
      for (const prototype of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
        const drawArrays = prototype.drawArrays;
        prototype.drawArrays = function (mode, first, count) {
          if (mode === this.LINES) lines++;
          return drawArrays.call(this, mode, first, count);
        };
      }
      const { sigma } = window.__newsgraph;
      const rendered = new Promise<void>((resolve) => sigma.once('afterRender', () => resolve()));
      sigma.getCamera().setState({ ratio: sigma.getCamera().getState().ratio * 0.9 });
      await rendered;
      const whileMoving = lines;
      await new Promise((resolve) => setTimeout(resolve, stillMs * 4));
      return { whileMoving, afterStopping: lines };
    }, SETTINGS.edgesRedrawAfterMoveMs);
    expect(lineDraws.whileMoving).toBe(0);
    expect(lineDraws.afterStopping).toBeGreaterThan(0);
    await page.close();
  });
});
