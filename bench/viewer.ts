/**
 * Viewer section of `npm run bench`: the real viewer build (viewer/dist) in headless
 * Chromium, fed a synthetic graph of N nodes and 5N edges by intercepting its
 * `/api/query/graph` request (page.route; no server, nothing leaves the browser). In the
 * page: time from the response arriving to sigma's first render of the graph, and to the
 * layout stopping (body[data-layout=stopped]) and the full graph being drawn again; then frame times while the user drags the
 * view and zooms with the wheel (mouse and wheel events through sigma's captor, so its
 * settings apply) and while code moves the camera; the latency of hovering a node,
 * from the pointer moving onto it to the next frame shown; and the redraw of one step of
 * the time slider (the graph as of another day: filters recomputed, orphans hidden, the
 * summary line updated and sigma refreshed), from the input event to the next frame shown.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { buildViewer, VIEWER_DIST, viewerBuildState } from '../src/server/viewer-build.ts';
import { layoutBudgetMs } from '../viewer/src/layout.ts';
import { generateGraphDocument } from './graph-rows.ts';
import { row, type Section } from './report.ts';
import { percentile, shortCount } from './stats.ts';

export interface ViewerBenchOptions {
  sizes: number[];
  seed: number;
}

export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
};

/** Origin the page is loaded from; every request to it is answered by page.route. */
const ORIGIN = 'http://127.0.0.1:7999';
const PAN_MS = 2000;
/** A slow, steady wheel: one notch every this many ms (sigma animates each notch for 250 ms). */
const WHEEL_NOTCH_MS = 200;
/** Nodes hovered one after the other for the hover latency. */
const HOVER_SAMPLES = 12;
const LAYOUT_TIMEOUT_MS = 60_000;
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Slider steps timed, spread over the span of the graph's dates. */
const SLIDER_SAMPLES = 12;

/** The API's answers for a generated graph of `nodes` nodes and 5× edges: the graph, and its evidence per day for the slider. */
function serializedGraph(seed: number, nodes: number): { graph: string; timeline: string } {
  const doc = generateGraphDocument(seed, nodes, nodes * 5);
  const days = new Map<string, number>();
  for (const relation of doc.relations) if (relation.date) days.set(relation.date, (days.get(relation.date) ?? 0) + relation.evidence.length);
  const timeline = JSON.stringify({ days: [...days].sort(([a], [b]) => a.localeCompare(b)).map(([date, evidence]) => ({ date, evidence })) });
  const graph = JSON.stringify({
    kind: 'graph',
    truncated: false,
    graph: {
      options: { type: 'directed', multi: true, allowSelfLoops: true },
      attributes: {},
      nodes: doc.actors.map(({ id, name, type }) => ({ key: id, attributes: { id, name, type, status: 'catalog' } })),
      edges: doc.relations.map(({ source, target, type, date }) => ({
        key: `${source}|${type}|${target}`,
        source,
        target,
        attributes: { type, weight: 1, firstSeen: date, lastSeen: date },
      })),
    },
  });
  return { graph, timeline };
}

// The two in-page scripts are plain JavaScript text: functions compiled by tsx carry
// helper calls (__name) that do not exist in the page.

/** Installed before the page's scripts: timestamps the graph response, first render and layout stop (to the frame). */
const INSTRUMENT = `
  const bench = { received: 0, firstRender: 0, layoutStarted: 0, layoutStopped: 0 };
  window.__bench = bench;
  const originalFetch = window.fetch.bind(window);
  window.fetch = async (...args) => {
    const response = await originalFetch(...args);
    if (String(args[0]).includes('/api/query/')) {
      bench.received = performance.now();
      const { sigma, graph } = window.__newsgraph;
      sigma.on('afterRender', () => {
        if (!bench.firstRender && graph.order > 0) bench.firstRender = performance.now();
      });
      // The layout flags itself on <body data-layout>: running, then stopped. The time
      // is taken one frame later, once the frame that draws every edge again is done.
      let started = false;
      const watch = () => {
        const state = document.body.dataset.layout;
        if (!started && state === 'running') bench.layoutStarted = performance.now();
        started ||= state === 'running';
        if (started && state === 'stopped') requestAnimationFrame(() => { bench.layoutStopped = performance.now(); });
        else requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    }
    return response;
  };`;

/**
 * Frame-to-frame times for PAN_MS while the camera pans. `drag`: mouse events on sigma's
 * mouse layer, as a user's drag; `camera`: the camera state set by code.
 */
function panScript(mode: 'drag' | 'camera'): string {
  return `new Promise((resolve) => {
  const { sigma } = window.__newsgraph;
  const camera = sigma.getCamera();
  const layer = sigma.getMouseCaptor().container;
  const box = layer.getBoundingClientRect();
  let x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const mouse = (type) => layer.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, button: 0, bubbles: true }));
  if (${mode === 'drag'}) mouse('mousedown');
  const frames = [];
  const begin = performance.now();
  let last = begin;
  const step = (now) => {
    frames.push(now - last);
    last = now;
    if (${mode === 'drag'}) { x -= 2; mouse('mousemove'); }
    else camera.setState({ x: camera.getState().x + 0.002 });
    if (now - begin < ${PAN_MS}) return requestAnimationFrame(step);
    if (${mode === 'drag'}) mouse('mouseup');
    resolve(frames.slice(1));
  };
  requestAnimationFrame(step);
})`;
}

/**
 * Frame-to-frame times for PAN_MS while wheel notches zoom in (first half) then out,
 * dispatched on sigma's mouse layer at its centre as a user's wheel.
 */
const WHEEL_SCRIPT = `new Promise((resolve) => {
  const { sigma } = window.__newsgraph;
  const layer = sigma.getMouseCaptor().container;
  const box = layer.getBoundingClientRect();
  const centre = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
  const notch = (deltaY) => layer.dispatchEvent(new WheelEvent('wheel', { deltaY, deltaMode: 0, ...centre, bubbles: true, cancelable: true }));
  const frames = [];
  const begin = performance.now();
  let last = begin;
  let lastNotch = -Infinity;
  const step = (now) => {
    frames.push(now - last);
    last = now;
    if (now - lastNotch >= ${WHEEL_NOTCH_MS}) {
      notch(now - begin < ${PAN_MS / 2} ? -100 : 100);
      lastNotch = now;
    }
    if (now - begin < ${PAN_MS}) return requestAnimationFrame(step);
    resolve(frames.slice(1));
  };
  requestAnimationFrame(step);
})`;

/**
 * Hover latency: the pointer moves from node to node (HOVER_SAMPLES nodes spread over
 * the graph and on screen), each time after the page went idle; a sample is the time
 * from the mousemove event to the start of the frame after the one that shows the hover
 * (two animation frames later), kept only when sigma reported entering a node.
 */
const HOVER_SCRIPT = `(async () => {
  const { sigma, graph } = window.__newsgraph;
  const layer = sigma.getMouseCaptor().container;
  const box = layer.getBoundingClientRect();
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const idle = async () => { await frame(); await frame(); await new Promise((resolve) => setTimeout(resolve, 150)); };
  let entered = 0;
  sigma.on('enterNode', () => { entered++; });
  const nodes = graph.nodes();
  const step = Math.max(1, Math.floor(nodes.length / ${HOVER_SAMPLES * 4}));
  const samples = [];
  for (let i = 0; i < nodes.length && samples.length < ${HOVER_SAMPLES}; i += step) {
    const point = sigma.framedGraphToViewport(sigma.getNodeDisplayData(nodes[i]));
    if (point.x < 20 || point.y < 20 || point.x > box.width - 20 || point.y > box.height - 20) continue;
    await idle();
    const before = entered;
    const begin = performance.now();
    layer.dispatchEvent(new MouseEvent('mousemove', { clientX: box.left + point.x, clientY: box.top + point.y, bubbles: true }));
    await frame();
    await frame();
    if (entered > before) samples.push(performance.now() - begin);
  }
  return samples;
})()`;

/**
 * Time slider steps: SLIDER_SAMPLES values spread over its span, each set after the page
 * went idle and announced with an input event, as a user's drag does; a sample is the
 * time from the event to the start of the frame after the one that shows the new day.
 */
const SLIDER_SCRIPT = `(async () => {
  const range = document.querySelector('[data-testid="time-slider"]');
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const idle = async () => { await frame(); await frame(); await new Promise((resolve) => setTimeout(resolve, 150)); };
  const min = Number(range.min);
  const span = Number(range.max) - min;
  const samples = [];
  for (let i = 1; i <= ${SLIDER_SAMPLES}; i++) {
    await idle();
    range.value = String(min + Math.round((span * i) / (${SLIDER_SAMPLES} + 1)));
    const begin = performance.now();
    range.dispatchEvent(new Event('input'));
    await frame();
    await frame();
    samples.push(performance.now() - begin);
  }
  return samples;
})()`;

interface PageTimings {
  received: number;
  firstRender: number;
  layoutStarted: number;
  layoutStopped: number;
}

export async function viewerSection(options: ViewerBenchOptions, log: (line: string) => void): Promise<Section> {
  const section: Section = { name: 'Viewer', rows: [], notes: [], seconds: 0 };
  if (viewerBuildState() !== 'fresh') {
    log('viewer: building viewer/dist');
    await buildViewer();
  }
  const browser = await chromium.launch(CHROMIUM);
  try {
    for (const nodes of options.sizes) {
      const size = `${shortCount(nodes)} nodes / ${shortCount(nodes * 5)} edges`;
      log(`viewer: ${size}`);
      const answers = serializedGraph(options.seed, nodes);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      try {
        await page.addInitScript({ content: INSTRUMENT });
        await page.route('**/*', async (route) => {
          const url = new URL(route.request().url());
          if (url.origin !== ORIGIN) return route.abort();
          if (url.pathname.startsWith('/api/query/')) return route.fulfill({ status: 200, contentType: 'application/json', body: answers.graph });
          if (url.pathname === '/api/timeline') return route.fulfill({ status: 200, contentType: 'application/json', body: answers.timeline });
          if (url.pathname === '/api/queries')
            return route.fulfill({ status: 200, contentType: 'application/json', body: '{"queries":[],"relationTypes":[]}' });
          if (url.pathname.startsWith('/api/'))
            return route.fulfill({ status: 404, contentType: 'application/json', body: '{"error":{"message":"not in the bench"}}' });
          const file = normalize(join(VIEWER_DIST, url.pathname === '/' ? 'index.html' : url.pathname));
          if (!file.startsWith(VIEWER_DIST)) return route.abort();
          const content = await readFile(file).catch(() => null);
          if (!content) return route.fulfill({ status: 404, body: '' });
          return route.fulfill({ status: 200, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body: content });
        });
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));
        await page.goto(`${ORIGIN}/?q=graph`);
        try {
          await page.waitForFunction('window.__bench?.layoutStopped > 0', undefined, { timeout: LAYOUT_TIMEOUT_MS });
        } catch (error) {
          const state = await page.evaluate(
            '({ bench: window.__bench, layout: document.body.dataset.layout, status: document.getElementById("status")?.textContent })',
          );
          throw new Error(
            `bench: the viewer did not finish its layout in ${LAYOUT_TIMEOUT_MS / 1000} s (${JSON.stringify(state)}; page errors: ` +
              `${pageErrors.join(' | ') || 'none'})`,
            { cause: error },
          );
        }
        const timings = (await page.evaluate('window.__bench')) as PageTimings;
        // In software rendering the frame that draws every edge again can outlast the
        // frame after it: let it end, so the drag below measures dragging only.
        await page.waitForTimeout(1_000);
        const dragFrames = (await page.evaluate(panScript('drag'))) as number[];
        // Let the drag's inertia animation end before moving the camera by code.
        await page.waitForTimeout(1_000);
        const cameraFrames = (await page.evaluate(panScript('camera'))) as number[];
        await page.waitForTimeout(1_000);
        const wheelFrames = (await page.evaluate(WHEEL_SCRIPT)) as number[];
        await page.waitForTimeout(1_000);
        const hoverLatencies = (await page.evaluate(HOVER_SCRIPT)) as number[];
        if (hoverLatencies.length === 0) throw new Error('bench: no node could be hovered (none entered under the pointer)');
        await page.mouse.move(0, 0);
        const sliderSteps = (await page.evaluate(SLIDER_SCRIPT)) as number[];
        section.notes.push(`${size}: hover latency over ${hoverLatencies.length} nodes.`);
        const rendered = (await page.evaluate('window.__newsgraph.graph.order')) as number;
        if (rendered !== nodes) throw new Error(`bench: the viewer shows ${rendered} nodes, expected ${nodes}`);
        section.rows.push(
          row({ figure: 'data received → first render', size, value: timings.firstRender - timings.received, unit: 'ms' }),
          row({ figure: 'data received → layout stopped', size, value: timings.layoutStopped - timings.received, unit: 'ms' }),
          row({
            figure: 'layout running → stopped',
            size,
            value: timings.layoutStopped - timings.layoutStarted,
            unit: 'ms',
            baseline: { name: 'layout budget', value: layoutBudgetMs(nodes) },
          }),
          row({ figure: 'frame time while dragging the view, p50', size, value: percentile(dragFrames, 50), unit: 'ms' }),
          row({
            figure: 'frame time while dragging the view, p95',
            size,
            value: percentile(dragFrames, 95),
            unit: 'ms',
            baseline: { name: '60 fps frame', value: 1000 / 60 },
          }),
          row({ figure: 'frame time, camera moved by code, p50', size, value: percentile(cameraFrames, 50), unit: 'ms' }),
          row({
            figure: 'frame time, camera moved by code, p95',
            size,
            value: percentile(cameraFrames, 95),
            unit: 'ms',
            baseline: { name: '60 fps frame', value: 1000 / 60 },
          }),
          row({ figure: 'frame time while zooming with the wheel, p50', size, value: percentile(wheelFrames, 50), unit: 'ms' }),
          row({
            figure: 'frame time while zooming with the wheel, p95',
            size,
            value: percentile(wheelFrames, 95),
            unit: 'ms',
            baseline: { name: '60 fps frame', value: 1000 / 60 },
          }),
          row({ figure: 'hover latency (pointer onto a node → next frame), p50', size, value: percentile(hoverLatencies, 50), unit: 'ms' }),
          row({
            figure: 'hover latency (pointer onto a node → next frame), p95',
            size,
            value: percentile(hoverLatencies, 95),
            unit: 'ms',
            baseline: { name: '100 ms (feels instant)', value: 100 },
          }),
          row({ figure: 'time slider step redraw (input → next frame), p50', size, value: percentile(sliderSteps, 50), unit: 'ms' }),
          row({
            figure: 'time slider step redraw (input → next frame), p95',
            size,
            value: percentile(sliderSteps, 95),
            unit: 'ms',
            baseline: { name: '100 ms (feels instant)', value: 100 },
          }),
        );
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  section.notes.push(
    'Headless Chromium with --disable-gpu renders WebGL in software (SwiftShader): frame times are an upper bound of what a desktop GPU gives.',
  );
  return section;
}
