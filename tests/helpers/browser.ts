/**
 * Helpers for the viewer's browser tests (tests/viewer/*.browser.test.ts): Debian's
 * Chromium driven by playwright-core (never Playwright's own browser download), and
 * `kg serve` started in-process against the test Neo4j.
 *
 *   const browser = await launchBrowser();
 *   const server = await startTestServer(driver);
 *   const page = await browser.context.newPage();
 *   await openView(page, server.url, '?q=ego&name=Tokayev');
 *   ...
 *   await server.close(); await browser.close();
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/start-server.ts';
import { buildViewer, VIEWER_DIST, viewerBuildState } from '../../src/server/viewer-build.ts';
import { testConnection } from './neo4j.ts';

/** Chromium installed by apt; CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export interface TestBrowser {
  context: BrowserContext;
  /** Closes the browser and deletes its profile directory. */
  close(): Promise<void>;
}

/** Launches headless Chromium with a fresh profile directory. */
export async function launchBrowser(): Promise<TestBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'newsgraph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  // Whatever the Content-Security-Policy blocks (a worker, a script, a style) is recorded, for cspViolations().
  await context.addInitScript(() => {
    const violations: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: violations });
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Starts `kg serve` in-process on a free loopback port, building the viewer first if needed. */
export async function startTestServer(driver: Driver): Promise<RunningServer> {
  if (viewerBuildState() !== 'fresh') await buildViewer();
  return startServer({ driver, port: 0, database: testConnection().database, viewerDir: VIEWER_DIST, log: () => {} });
}

/**
 * Opens the viewer at `search` (e.g. `?q=ego&name=Tokayev`) and waits until the
 * query has answered and the layout has stopped, so node positions are final.
 */
export async function openView(page: Page, baseUrl: string, search = ''): Promise<void> {
  await page.goto(new URL(`/${search}`, baseUrl).href);
  await waitForView(page);
}

/** Waits until the viewer is neither loading nor laying out. */
export async function waitForView(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.getElementById('status')?.dataset.kind;
    return status !== 'loading' && document.body.dataset.layout !== 'running';
  });
}

/** What the page's Content-Security-Policy has blocked so far: "directive blocked-uri" per violation. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { __cspViolations: string[] }).__cspViolations]);
}

/** Keys of the nodes currently in the viewer's graph (read through `window.__newsgraph`). */
export function nodeKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__newsgraph.graph.nodes().sort());
}

/**
 * Viewport coordinates (relative to the page) of a node or of an edge's midpoint; for a
 * curved edge (parallel relations), the middle of its curve.
 */
export async function screenPoint(page: Page, item: { node: string } | { edge: string }): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((target) => {
    const { graph, sigma } = window.__newsgraph;
    // Display data are in sigma's normalised "framed graph" space.
    const position = (node: string) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(node)!);
    if ('node' in target) return position(target.node);
    const source = position(graph.source(target.edge));
    const end = position(graph.target(target.edge));
    const curvature = (sigma.getEdgeDisplayData(target.edge) as { curvature?: number } | undefined)?.curvature ?? 0;
    // @sigma/edge-curve draws a quadratic curve whose control point is the midpoint moved by
    // curvature × (dy, -dx) in viewport pixels: the curve's middle is half way there.
    const [dx, dy] = [end.x - source.x, end.y - source.y];
    return { x: (source.x + end.x) / 2 + (curvature / 2) * dy, y: (source.y + end.y) / 2 - (curvature / 2) * dx };
  }, item);
  const box = (await page.locator('#graph').boundingBox())!;
  return { x: box.x + point.x, y: box.y + point.y };
}
