/**
 * Node positions: new nodes get an immediate position (a circle for a fresh view,
 * next to the expanded node otherwise) so the first frame shows at once, then
 * ForceAtlas2 runs in a web worker until it converges or its time budget runs out.
 */
import { circular } from 'graphology-layout';
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2Worker from 'graphology-layout-forceatlas2/worker.js';
import { SETTINGS } from './settings.ts';
import type { ViewerGraph } from './graph.ts';

// The worker module is CommonJS (`module.exports = class`): bundlers hand us the class
// itself, while TypeScript's NodeNext typing sees `{ default: class }`.
const FA2LayoutSupervisor = FA2Worker as unknown as typeof FA2Worker.default;

/** Milliseconds between two convergence checks of the running layout. */
const CONVERGENCE_CHECK_MS = 250;

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

function snapshot(graph: ViewerGraph): Float64Array {
  const positions = new Float64Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_node, { x, y }) => {
    positions[i++] = x;
    positions[i++] = y;
  });
  return positions;
}

/** Mean displacement since `before`, relative to the graph's extent. */
function relativeMovement(before: Float64Array, after: Float64Array): number {
  let moved = 0;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let i = 0; i < after.length; i += 2) {
    const x = after[i]!, y = after[i + 1]!;
    moved += Math.hypot(x - before[i]!, y - before[i + 1]!);
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const extent = Math.max(maxX - minX, maxY - minY, 1);
  return moved / (after.length / 2) / extent;
}

/** A running ForceAtlas2 layout; `done` resolves once it has stopped. */
export interface RunningLayout {
  done: Promise<void>;
  stop(): void;
}

/**
 * Runs ForceAtlas2 (settings inferred from the graph) in a worker, stopping when
 * nodes barely move any more or after `layoutBudgetMs(graph.order)`.
 */
export function runLayout(graph: ViewerGraph): RunningLayout {
  if (graph.order < 2) return { done: Promise.resolve(), stop() {} };
  const supervisor = new FA2LayoutSupervisor(graph, {
    // More gravity than inferred keeps separate components (several stories in one
    // view) close enough that neither shrinks to a dot when the camera fits both.
    settings: { ...inferSettings(graph), gravity: SETTINGS.layoutGravity },
    getEdgeWeight: null,
  });
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    const started = performance.now();
    let previous = snapshot(graph);
    const check = setInterval(() => {
      const current = snapshot(graph);
      const settled = current.length === previous.length && relativeMovement(previous, current) < SETTINGS.layoutConvergence;
      // The worker needs a moment to start: no movement at first is not convergence.
      if (settled && performance.now() - started >= SETTINGS.layoutMinMs) finish();
      previous = current;
    }, CONVERGENCE_CHECK_MS);
    const deadline = setTimeout(() => finish(), layoutBudgetMs(graph.order));
    finish = () => {
      clearInterval(check);
      clearTimeout(deadline);
      supervisor.kill();
      finish = () => {};
      resolve();
    };
  });
  supervisor.start();
  return { done, stop: () => finish() };
}
