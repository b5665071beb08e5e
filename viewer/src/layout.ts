/**
 * Node positions: new nodes get an immediate position (a circle for a fresh view,
 * next to the expanded node otherwise) so the first frame shows at once, then
 * ForceAtlas2 runs in a web worker (layout-worker.ts) until it converges or its time
 * budget runs out. The page writes the worker's latest positions into the graph at
 * most once per animation frame, in one bulk update, so sigma re-processes the graph
 * at most once per frame however fast the worker iterates, and less often when that
 * is slow.
 */
import { circular } from 'graphology-layout';
// Default import: the package is CommonJS, and Node (the bench) has no named exports for it.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import type { LayoutProgress, LayoutRequest } from './layout-worker.ts';
import { SETTINGS } from './settings.ts';
import type { ViewerGraph } from './graph.ts';

/** Milliseconds between two convergence checks of the running layout. */
const CONVERGENCE_CHECK_MS = 250;
/** Milliseconds between two position messages from the worker (about one frame). */
const POST_MS = 16;

/** Places every node on a circle: an instant, readable start for ForceAtlas2. */
export function placeOnCircle(graph: ViewerGraph): void {
  circular.assign(graph, { scale: 100 });
}

/** Places `nodes` on a small ring around `anchor` (the node that was expanded). */
export function placeAround(graph: ViewerGraph, anchor: string, nodes: string[]): void {
  const { x, y } = graph.getNodeAttributes(anchor);
  const radius = 10;
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    graph.mergeNodeAttributes(node, { x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) });
  });
}

/** How long the layout may run for a graph of `order` nodes. */
export function layoutBudgetMs(order: number): number {
  return Math.min(SETTINGS.layoutMaxMs, SETTINGS.layoutBaseMs + SETTINGS.layoutMsPerNode * order);
}

/** Writes `positions` (x, y per node, in the order of `index`) into the graph in one update. */
function applyPositions(graph: ViewerGraph, index: Map<string, number>, positions: Float32Array): void {
  graph.updateEachNodeAttributes(
    (node, attributes) => {
      const i = index.get(node);
      if (i !== undefined) {
        attributes.x = positions[2 * i]!;
        attributes.y = positions[2 * i + 1]!;
      }
      return attributes;
    },
    { attributes: ['x', 'y'] },
  );
}

/** A running ForceAtlas2 layout; `done` resolves once it has stopped. */
export interface RunningLayout {
  done: Promise<void>;
  stop(): void;
}

/**
 * Runs ForceAtlas2 (settings inferred from the graph) in a worker, stopping when
 * nodes barely move any more or after `layoutBudgetMs(graph.order)`; either way the
 * graph ends with the last positions computed. `stop()` leaves the graph as last shown
 * (the caller may already have changed it).
 */
export function runLayout(graph: ViewerGraph): RunningLayout {
  if (graph.order < 2) return { done: Promise.resolve(), stop() {} };
  // graphToByteArrays lays the nodes out in graph order.
  const index = new Map(graph.nodes().map((node, i) => [node, i]));
  const { nodes, edges } = graphToByteArrays(graph, () => 1);
  const request: LayoutRequest = {
    nodes,
    edges,
    // More gravity than inferred keeps separate components (several stories in one
    // view) close enough that neither shrinks to a dot when the camera fits both.
    settings: { ...FA2_DEFAULTS, ...forceAtlas2.inferSettings(graph), gravity: SETTINGS.layoutGravity },
    postMs: POST_MS,
    checkMs: CONVERGENCE_CHECK_MS,
    convergence: SETTINGS.layoutConvergence,
    minMs: SETTINGS.layoutMinMs,
  };
  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  let latest: Float32Array | null = null;
  const show = () => {
    if (latest) applyPositions(graph, index, latest);
    latest = null;
  };
  // Showing progress makes sigma re-process the whole graph in the next frame (10k
  // nodes / 50k edges: ~200 ms in software rendering). That frame's duration is read
  // one frame later, and the page then lets `layoutIdleFramesPerShown` times as long
  // pass before showing progress again, so big graphs stay responsive meanwhile.
  let previousFrame = 0;
  let framesSinceShown = Infinity;
  let nextShowAt = 0;
  let frame = 0;
  const onFrame = (time: number) => {
    if (++framesSinceShown === 2) nextShowAt = time + SETTINGS.layoutIdleFramesPerShown * (time - previousFrame);
    previousFrame = time;
    if (latest && time >= nextShowAt) {
      show();
      framesSinceShown = 0;
    }
    frame = requestAnimationFrame(onFrame);
  };
  let finish = (_showLatest: boolean) => {};
  const done = new Promise<void>((resolve) => {
    const deadline = setTimeout(() => finish(true), layoutBudgetMs(graph.order));
    finish = (showLatest) => {
      worker.terminate();
      clearTimeout(deadline);
      cancelAnimationFrame(frame);
      if (showLatest) show();
      finish = () => {};
      resolve();
    };
  });
  worker.addEventListener('message', ({ data }: MessageEvent<LayoutProgress>) => {
    latest = data.positions;
    if (data.converged) finish(true);
  });
  // A worker that cannot run leaves the nodes where they were placed.
  worker.addEventListener('error', (event) => {
    console.error(`viewer: the layout worker failed: ${event.message}`);
    finish(false);
  });
  worker.postMessage(request, [nodes.buffer, edges.buffer]);
  frame = requestAnimationFrame(onFrame);
  return { done, stop: () => finish(false) };
}
