/**
 * "How are A and B connected?": the shortest chains of relationships between two actors
 * in a graph (the `shortest-paths` query's result, merged into the view), listed step by
 * step in the panel — each step's relation one click away from its evidence — and
 * returned as the set of actors and relationships to highlight.
 */
import type { RelationRef } from './actor-panel.ts';
import type { ViewerGraph } from './graph.ts';
import { el, linkButton } from './panel.ts';

/** One step of a path: the relationship and the direction it is walked in. */
interface Step {
  edge: string;
  from: string;
  to: string;
}

/**
 * Every shortest path from `from` to `to` in `graph` (relationships walked either way),
 * at most `limit` of them, each as its steps; none when they are not connected.
 */
export function shortestPaths(graph: ViewerGraph, from: string, to: string, limit: number): Step[][] {
  if (!graph.hasNode(from) || !graph.hasNode(to) || from === to) return [];
  // Breadth first from `from`, remembering every edge that reaches a node at its shortest distance.
  const distance = new Map([[from, 0]]);
  const reachedBy = new Map<string, Step[]>();
  let ring = [from];
  while (ring.length && !distance.has(to)) {
    const next: string[] = [];
    for (const node of ring) {
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        const other = source === node ? target : source;
        const known = distance.get(other);
        if (known === undefined) {
          distance.set(other, distance.get(node)! + 1);
          next.push(other);
        }
        if ((known ?? distance.get(other)) === distance.get(node)! + 1) {
          reachedBy.set(other, [...(reachedBy.get(other) ?? []), { edge, from: node, to: other }]);
        }
      });
    }
    ring = next;
  }
  const paths: Step[][] = [];
  const walkBack = (node: string, tail: Step[]) => {
    if (paths.length >= limit) return;
    if (node === from) {
      paths.push(tail);
      return;
    }
    for (const step of reachedBy.get(node) ?? []) walkBack(step.from, [step, ...tail]);
  };
  if (distance.has(to)) walkBack(to, []);
  return paths;
}

/** The actors and relationships of `paths`. */
export function pathHighlight(paths: Step[][]): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const step of paths.flat()) {
    nodes.add(step.from).add(step.to);
    edges.add(step.edge);
  }
  return { nodes, edges };
}

/** Lists `paths` in `container`; clicking a step's relation calls `openRelation`. */
export function showPaths(
  container: HTMLElement,
  graph: ViewerGraph,
  ends: { fromName: string; toName: string },
  paths: Step[][],
  openRelation: (relation: RelationRef) => void,
): void {
  const { fromName, toName } = ends;
  if (!paths.length) {
    container.replaceChildren(el('p', `No chain of relationships (up to 6) connects ${fromName} and ${toName}.`, 'note'));
    return;
  }
  const steps = paths[0]!.length;
  const counted = `${paths.length} shortest ${paths.length === 1 ? 'path' : 'paths'} of ${steps} ${steps === 1 ? 'step' : 'steps'}`;
  container.replaceChildren(el('p', `${counted} from ${fromName} to ${toName}:`));
  const name = (node: string) => graph.getNodeAttribute(node, 'name');
  for (const path of paths) {
    const list = el('ol', undefined, 'path');
    for (const step of path) {
      const attributes = graph.getEdgeAttributes(step.edge);
      const [source, target] = [graph.source(step.edge), graph.target(step.edge)];
      const arrow = source === step.from ? `→ ${attributes.relationType} →` : `← ${attributes.relationType} ←`;
      const ref: RelationRef = {
        key: step.edge,
        source,
        target,
        type: attributes.relationType,
        sourceName: name(source),
        targetName: name(target),
        firstSeen: attributes.firstSeen ?? null,
        lastSeen: attributes.lastSeen ?? null,
      };
      const item = el('li');
      item.append(`${name(step.from)} `, linkButton(arrow, () => openRelation(ref)), ` ${name(step.to)}`);
      list.append(item);
    }
    container.append(list);
  }
}
