// Shortest paths in the view's graph: every shortest chain, walked over relationships in
// either direction, and nothing for actors that are not connected.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { ViewerGraph } from '../../viewer/src/graph.ts';
import { pathHighlight, shortestPaths } from '../../viewer/src/paths.ts';

/** a→b (twice), c→b, c→d, and e alone. */
function graph(): ViewerGraph {
  const g = new MultiDirectedGraph() as unknown as ViewerGraph;
  for (const node of ['a', 'b', 'c', 'd', 'e']) g.addNode(node, { name: node.toUpperCase() } as never);
  g.addEdgeWithKey('a|MET|b', 'a', 'b', { relationType: 'MET' } as never);
  g.addEdgeWithKey('a|PRAISED|b', 'a', 'b', { relationType: 'PRAISED' } as never);
  g.addEdgeWithKey('c|MET|b', 'c', 'b', { relationType: 'MET' } as never);
  g.addEdgeWithKey('c|MET|d', 'c', 'd', { relationType: 'MET' } as never);
  return g;
}

describe('shortestPaths', () => {
  it('finds every shortest chain, against the direction of relationships too', () => {
    const paths = shortestPaths(graph(), 'a', 'd', 20);
    expect(paths.map((path) => path.map((step) => step.edge)).sort()).toEqual([
      ['a|MET|b', 'c|MET|b', 'c|MET|d'],
      ['a|PRAISED|b', 'c|MET|b', 'c|MET|d'],
    ]);
    for (const path of paths) expect(path.map((step) => `${step.from}>${step.to}`)).toEqual(['a>b', 'b>c', 'c>d']);
    expect([...pathHighlight(paths).nodes].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('stops at the limit and finds nothing between unconnected or unknown actors', () => {
    expect(shortestPaths(graph(), 'a', 'd', 1)).toHaveLength(1);
    expect(shortestPaths(graph(), 'a', 'e', 20)).toEqual([]);
    expect(shortestPaths(graph(), 'a', 'zzz', 20)).toEqual([]);
  });
});
