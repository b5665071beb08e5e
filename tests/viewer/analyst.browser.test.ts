// The viewer as an analyst uses it, in a real browser against a real Neo4j seeded with a
// five-day fixture (tests/viewer/fixtures/documents.ts): search → actor panel → evidence →
// article, the time slider, paths, parallel relations, history, links and late replies.
// Screenshots of each state go to test-artifacts/analyst-*.png.
import { mkdir } from 'node:fs/promises';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/graph/loader.ts';
import { ontologyRelationTypes } from '../../src/graph/rows.ts';
import { applySchema } from '../../src/graph/schema.ts';
import { loadOntology } from '../../src/ontology/index.ts';
import type { RunningServer } from '../../src/server/start-server.ts';
import { SETTINGS } from '../../viewer/src/settings.ts';
import { launchBrowser, nodeKeys, openView, screenPoint, startTestServer, waitForView, type TestBrowser } from '../helpers/browser.ts';
import { clearDatabase, testConnection, testDriver } from '../helpers/neo4j.ts';
import { ANALYST_ACTORS, analystDocument } from './fixtures/documents.ts';

const { avon, birch, cole } = ANALYST_ACTORS;
let driver: Driver;
let server: RunningServer;
let browser: TestBrowser;
let problems: string[] = [];

beforeAll(async () => {
  driver = await testDriver();
  const { database } = testConnection();
  await clearDatabase(driver);
  await applySchema(driver, { database });
  await loadDocument(driver, analystDocument(), { database, relationTypes: ontologyRelationTypes(loadOntology()) });
  server = await startTestServer(driver);
  browser = await launchBrowser();
  await mkdir('test-artifacts', { recursive: true });
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
    // A request the viewer aborted on purpose is reported by Chromium as a failed load.
    if (message.type() === 'error' && !/ERR_ABORTED|Failed to load resource/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  return page;
}

const shot = (page: Page, name: string) => page.screenshot({ path: `test-artifacts/analyst-${name}.png` });
const summary = async (page: Page) => {
  const [, actors, relationships] = /^(\d+) actors, (\d+) relationships/.exec((await page.getByTestId('graph-summary').textContent()) ?? '') ?? [];
  return { actors: Number(actors), relationships: Number(relationships) };
};

describe('from a misspelt name to the article', () => {
  it('search → actor panel grouped by type and direction → evidence with provenance → open article', async () => {
    const page = await newPage();
    await openView(page, server.url);
    await page.getByTestId('search').fill('Carol Kole');
    await expect.poll(() => page.getByTestId('search-suggestion').first().textContent(), { timeout: 15_000 }).toContain('Carol Cole');
    await page.getByTestId('search').press('ArrowDown');
    await page.getByTestId('search').press('Enter');
    await waitForView(page);
    const actorPanel = page.getByTestId('actor-panel');
    await expect.poll(() => actorPanel.locator('h2').textContent(), { timeout: 15_000 }).toBe('Carol Cole');
    expect(await nodeKeys(page)).toContain(birch);
    expect(new URL(page.url()).searchParams.get('actor')).toBe(cole);
    // Roles with their status; Birch's criticism shown as incoming, Cole's own as outgoing.
    expect(await actorPanel.textContent()).toContain('leader, Delta Party (current)');
    const groups = await actorPanel.locator('h4').allTextContents();
    expect(groups).toContain('… → CRITICIZED → Carol Cole (incoming) · 1');
    expect(groups).toContain('Carol Cole → CRITICIZED → … · 1');
    await shot(page, '1-actor-panel');

    await actorPanel.getByTestId('relationship-item').filter({ hasText: 'Bob Birch → CRITICIZED → Carol Cole' }).getByRole('button').first().click();
    const evidence = page.getByTestId('evidence-item');
    await expect.poll(() => evidence.count(), { timeout: 15_000 }).toBe(1);
    expect(await evidence.textContent()).toMatch(/Birch and Cole quarrel · Fixture Wire · 2022-03-05/);
    expect(await evidence.locator('mark').textContent()).toBe('criticized');
    expect(await evidence.textContent()).toContain('Why this edge: rule “fixture: subject verb object”');
    await shot(page, '2-evidence');

    await evidence.getByRole('button', { name: 'Open article' }).click();
    const article = page.getByTestId('article-panel');
    await expect.poll(() => article.locator('h2').textContent(), { timeout: 15_000 }).toBe('Birch and Cole quarrel');
    expect(await article.getByTestId('article-evidence').count()).toBe(2);
    // The whole text, both supporting sentences marked in it.
    const text = article.getByTestId('article-text');
    expect(await text.textContent()).toBe('Bob Birch criticized Carol Cole in parliament. Carol Cole criticized Bob Birch the same day.');
    expect(await text.locator('mark').allTextContents()).toEqual([
      'Bob Birch criticized Carol Cole in parliament.',
      'Carol Cole criticized Bob Birch the same day.',
    ]);
    expect(await article.textContent()).toContain('Carol Cole → CRITICIZED → Bob Birch');
    expect(await article.getByRole('button', { name: /Bob Birch/ }).count()).toBe(1);
    await shot(page, '3-article');
    await page.close();
  });

  it('shows the outlet, attribution, hedging and confidence of an untitled article, and counts relationships from the database', async () => {
    const page = await newPage();
    await openView(page, server.url, `?q=ego&id=${avon}&hops=1`);
    // Birch has four relationships in the database; only the two with Avon are on screen.
    const onScreen = await page.evaluate((birch) => window.__newsgraph.graph.degree(birch), birch);
    expect(onScreen).toBe(2);
    const point = await screenPoint(page, { node: birch });
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.getByTestId('actor-panel').getByTestId('relationship-item').count(), { timeout: 15_000 }).toBe(4);
    await page.getByTestId('relationship-item').filter({ hasText: 'PRAISED' }).getByRole('button').first().click();
    const evidence = page.getByTestId('evidence-item');
    await expect.poll(() => evidence.count(), { timeout: 15_000 }).toBe(1);
    const text = await evidence.textContent();
    expect(text).toContain('Untitled article · Morning Post · 2022-03-03');
    expect(text).toContain('attributed to the Kremlin');
    expect(text).toContain('hedged');
    expect(text).toContain('confidence 0.50');
    await page.close();
  });

  it('links an evidence sentence to its article and lists the other outlets that carried it', async () => {
    const page = await newPage();
    await openView(page, server.url, `?q=ego&id=${avon}&hops=1&rel=${encodeURIComponent(`${avon}|COMMUNICATED_WITH|${birch}`)}`);
    const evidence = page.getByTestId('evidence-item');
    await expect.poll(() => evidence.count(), { timeout: 15_000 }).toBe(1);
    expect(await evidence.getByRole('link', { name: 'source' }).getAttribute('href')).toBe('https://example.org/talks');
    await evidence.getByRole('button', { name: 'Open article' }).click();
    const article = page.getByTestId('article-panel');
    await expect.poll(() => article.textContent(), { timeout: 15_000 }).toContain('Also carried by: Evening Echo');
    expect(await article.getByRole('link', { name: 'echo.example.net' }).getAttribute('href')).toBe('https://echo.example.net/talks');
    await page.close();
  });
});

describe('time', () => {
  it('shows fewer relationships at the slider\'s earliest date than at its latest, hides orphans, and resets', async () => {
    const page = await newPage();
    await openView(page, server.url, '?q=graph');
    const slider = page.getByTestId('time-slider');
    const [min, max] = await Promise.all([slider.getAttribute('min'), slider.getAttribute('max')]);
    const day = (date: string) => String(Date.parse(date) / 86_400_000);
    expect([min, max]).toEqual([day('2022-03-01'), day('2022-03-05')]);
    const latest = await summary(page);
    expect(latest).toEqual({ actors: 4, relationships: 5 });
    // As a user lets go of the slider: the value moves (input) and settles (change).
    await slider.evaluate((input: HTMLInputElement, value) => {
      input.value = value;
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('change'));
    }, min!);
    await expect.poll(() => summary(page)).toEqual({ actors: 2, relationships: 1 });
    // Cole and the Delta Party have no relationship on 1 March: hidden, not left alone on screen.
    expect(await page.evaluate((cole) => window.__newsgraph.sigma.getNodeDisplayData(cole)?.hidden, cole)).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('asOf')).toBe('2022-03-01');
    await shot(page, '4-slider-earliest');

    // A link reproduces the view, slider date included.
    const second = await newPage();
    await openView(second, server.url, new URL(page.url()).search);
    expect(await summary(second)).toEqual({ actors: 2, relationships: 1 });
    await second.close();

    await page.getByRole('button', { name: 'Reset filters and date' }).click();
    await expect.poll(() => summary(page)).toEqual(latest);
    await page.close();
  });

  it('plays the days through to the latest', async () => {
    const page = await newPage();
    await openView(page, server.url, '?q=graph&asOf=2022-03-03');
    expect((await summary(page)).relationships).toBe(2);
    await page.getByTestId('time-play').click();
    await expect.poll(() => summary(page), { timeout: 10 * SETTINGS.playStepMs + 5_000 }).toEqual({ actors: 4, relationships: 5 });
    await page.close();
  });

  it('fades relationships not seen for the chosen number of days before the slider\'s date', async () => {
    const page = await newPage();
    await openView(page, server.url, '?q=graph&asOf=2022-03-05&fade=1');
    const colours = await page.evaluate(
      (keys) => keys.map((key) => window.__newsgraph.sigma.getEdgeDisplayData(key)?.color),
      [`${avon}|COMMUNICATED_WITH|${birch}`, `${avon}|PRAISED|${birch}`, `${birch}|CRITICIZED|${cole}`],
    );
    // Last seen 1 and 3 March: more than a day before 5 March; the criticism is of 5 March.
    expect(colours.slice(0, 2)).toEqual([SETTINGS.fadedEdgeColor, SETTINGS.fadedEdgeColor]);
    expect(colours[2]).not.toBe(SETTINGS.fadedEdgeColor);
    expect(await summary(page)).toEqual({ actors: 4, relationships: 5 });
    await page.close();
  });
});

describe('paths', () => {
  it('lists and highlights the path between two actors two hops apart', async () => {
    const page = await newPage();
    await openView(page, server.url, `?q=ego&id=${avon}&hops=1`);
    await page.getByTestId('path-from').fill('Alice Avon');
    await page.getByTestId('path-to').fill('Carol Cole');
    await page.getByTestId('path-run').click();
    const result = page.getByTestId('path-result');
    // Two relationships from Avon to Birch, two between Birch and Cole: four shortest paths.
    await expect.poll(() => result.textContent(), { timeout: 15_000 }).toContain('4 shortest paths of 2 steps from Alice Avon to Carol Cole');
    await waitForView(page);
    expect(await result.locator('ol').count()).toBe(4);
    for (const name of ['Alice Avon', 'Bob Birch', 'Carol Cole']) expect(await result.textContent()).toContain(name);
    const highlighted = await page.evaluate(
      (ids) => ids.map((id) => window.__newsgraph.sigma.getNodeDisplayData(id)?.highlighted ?? false),
      [avon, birch, cole, ANALYST_ACTORS.delta],
    );
    expect(highlighted).toEqual([true, true, true, false]);
    expect(await page.evaluate((key) => window.__newsgraph.sigma.getEdgeDisplayData(key)?.color, `${birch}|CRITICIZED|${cole}`)).toBe(SETTINGS.pathColor);
    await shot(page, '5-path');
    // A step's relation is one click from its evidence.
    await result.getByRole('button', { name: /CRITICIZED/ }).first().click();
    await expect.poll(() => page.getByTestId('evidence-item').count(), { timeout: 15_000 }).toBe(1);
    await page.close();
  });
});

describe('parallel relations', () => {
  it('draws two relationships between one pair as two curves, each clickable', async () => {
    const page = await newPage();
    await openView(page, server.url, `?q=ego&id=${avon}&hops=1`);
    const edges = await page.evaluate(({ avon, birch }) => window.__newsgraph.graph.edges(avon, birch), { avon, birch });
    expect(edges.sort()).toEqual([`${avon}|COMMUNICATED_WITH|${birch}`, `${avon}|PRAISED|${birch}`]);
    const drawn = await page.evaluate(
      (keys) => keys.map((key) => window.__newsgraph.sigma.getEdgeDisplayData(key) as { type?: string; curvature?: number }),
      edges,
    );
    expect(drawn.map((edge) => edge.type)).toEqual(['curved', 'curved']);
    expect(drawn[0]!.curvature).not.toBe(drawn[1]!.curvature);
    for (const edge of edges) {
      const point = await screenPoint(page, { edge });
      await page.mouse.move(point.x, point.y);
      await page.mouse.click(point.x, point.y);
      const type = edge.split('|')[1]!;
      await expect.poll(() => page.locator('#panel h2').textContent(), { timeout: 15_000 }).toBe(`Alice Avon → ${type} → Bob Birch`);
    }
    await shot(page, '6-parallel');
    await page.close();
  });
});

describe('state', () => {
  it('goes back to the previous view with Back, and forward again', async () => {
    const page = await newPage();
    await openView(page, server.url, `?q=ego&id=${cole}&hops=1`);
    const first = await nodeKeys(page);
    await page.getByTestId('search').fill('Alice Avon');
    await page.getByTestId('search-suggestion').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('id')).toBe(avon);
    await waitForView(page);
    const second = await nodeKeys(page);
    expect(second).not.toEqual(first);
    await page.goBack();
    await expect.poll(() => nodeKeys(page), { timeout: 15_000 }).toEqual(first);
    expect(new URL(page.url()).searchParams.get('id')).toBe(cole);
    await page.goForward();
    await expect.poll(() => nodeKeys(page), { timeout: 15_000 }).toEqual(second);
    await page.close();
  });

  it('reproduces expansions, hidden actors and the open relationship from a link', async () => {
    const page = await newPage();
    const search = `?q=ego&id=${avon}&hops=1&expand=${birch}&hide=${ANALYST_ACTORS.delta}&rel=${encodeURIComponent(`${birch}|CRITICIZED|${cole}`)}`;
    await openView(page, server.url, search);
    expect(await nodeKeys(page)).toEqual([avon, birch, cole].sort());
    await expect.poll(() => page.getByTestId('evidence-item').textContent(), { timeout: 15_000 }).toContain('Bob Birch criticized Carol Cole');
    await page.close();
  });

  it('never lets a slow older reply overwrite a newer view', async () => {
    const page = await newPage();
    await openView(page, server.url, `?q=ego&id=${cole}&hops=1`);
    let delayed = 0;
    await page.route((url) => url.pathname === '/api/query/ego' && url.searchParams.get('id') === avon, async (route) => {
      delayed++;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await route.continue().catch(() => {});
    });
    await page.getByTestId('search').fill('Alice Avon');
    await page.getByTestId('search-suggestion').first().click();
    await expect.poll(() => delayed).toBe(1);
    await page.getByTestId('search').fill('Delta Party');
    await page.getByTestId('search-suggestion').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('id'), { timeout: 15_000 }).toBe(ANALYST_ACTORS.delta);
    await waitForView(page);
    const newer = await nodeKeys(page);
    await page.waitForTimeout(2_500);
    expect(await nodeKeys(page)).toEqual(newer);
    expect(newer).toContain(ANALYST_ACTORS.delta);
    expect(newer).not.toContain(avon);
    expect(new URL(page.url()).searchParams.get('id')).toBe(ANALYST_ACTORS.delta);
    await page.close();
  });
});
