// Types for the untyped CommonJS files of graphology-layout-forceatlas2 that the
// layout worker uses: the iteration itself, its defaults and the matrix builder.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  /** One ForceAtlas2 iteration over the node and edge matrices, in place. */
  export default function iterate(settings: Required<ForceAtlas2Settings>, nodes: Float32Array, edges: Float32Array): void;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology-types';
  /** The matrices `iterate` works on: 10 floats per node (x, y first), 3 per edge. */
  export function graphToByteArrays(graph: Graph, getEdgeWeight: () => number): { nodes: Float32Array; edges: Float32Array };
}
