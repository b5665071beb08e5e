/**
 * ForceAtlas2 in a web worker that iterates without waiting for the page. The
 * library's own worker runs one iteration per message and waits for the page to
 * apply it before the next, so every slow frame also slowed the layout down (10k
 * nodes: 9 iterations in a 5 s budget). This one loops on its own, posts the node
 * positions at most every `postMs`, and says when nodes have stopped moving; the page
 * shows the latest positions once per animation frame and ends it by terminating it.
 */
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/** What the page sends to start the layout (the matrices of `graphToByteArrays`). */
export interface LayoutRequest {
  nodes: Float32Array;
  edges: Float32Array;
  settings: Required<ForceAtlas2Settings>;
  /** Milliseconds between two progress messages. */
  postMs: number;
  /** Milliseconds between two convergence checks. */
  checkMs: number;
  /** Nodes have converged when they move less than this fraction of the graph's extent between two checks… */
  convergence: number;
  /** …once the layout has run for at least this long. */
  minMs: number;
}

/** What the worker posts: x, y of every node in matrix order; `converged` on the last message. */
export interface LayoutProgress {
  positions: Float32Array;
  converged: boolean;
}

/** Values per node in the matrix; x and y come first. */
const NODE_STRIDE = 10;

function positionsOf(nodes: Float32Array): Float32Array {
  const positions = new Float32Array((nodes.length / NODE_STRIDE) * 2);
  for (let i = 0, j = 0; i < nodes.length; i += NODE_STRIDE) {
    positions[j++] = nodes[i]!;
    positions[j++] = nodes[i + 1]!;
  }
  return positions;
}

/** Mean displacement since `before`, relative to the graph's extent. */
function relativeMovement(before: Float32Array, after: Float32Array): number {
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

function post(positions: Float32Array, converged: boolean): void {
  const progress: LayoutProgress = { positions, converged };
  self.postMessage(progress, { transfer: [positions.buffer] });
}

function run({ nodes, edges, settings, postMs, checkMs, convergence, minMs }: LayoutRequest): void {
  const started = performance.now();
  let posted = started;
  let checked = started;
  let before = positionsOf(nodes);
  for (;;) {
    iterate(settings, nodes, edges);
    const now = performance.now();
    if (now - checked >= checkMs) {
      const current = positionsOf(nodes);
      if (now - started >= minMs && relativeMovement(before, current) < convergence) {
        post(current, true);
        return;
      }
      before = current;
      checked = now;
    }
    if (now - posted >= postMs) {
      post(positionsOf(nodes), false);
      posted = now;
    }
  }
}

self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => run(event.data));
