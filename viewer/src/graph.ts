/**
 * The viewer's graphology instance: merges query results into one MultiDirectedGraph
 * (without duplicates) and derives the static display attributes — colour by actor
 * type or quad class, size by degree or weight, and the curvature that draws several
 * relationships between one pair (parallel or reciprocal) as separate curves. The
 * domain types are `actorType` and `relationType`: `type` is sigma's program name.
 * Hover and filter effects are not stored here; they live in the sigma reducers
 * (renderer.ts).
 */
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { SETTINGS, type QuadClass } from './settings.ts';

export interface ActorAttributes {
  name: string;
  /** Actor type (Person, Organization, …). */
  actorType: string;
  aliases?: string[];
  status?: string;
  label: string;
  color: string;
  size: number;
  x: number;
  y: number;
}

export interface RelationAttributes {
  /** Relation type (COMMUNICATED_WITH, HOLDS_ROLE, …). */
  relationType: string;
  quadClass?: QuadClass | null;
  weight?: number;
  firstSeen?: string | null;
  lastSeen?: string | null;
  confidence?: number;
  color: string;
  size: number;
  /** Set on relationships sharing their pair of actors with others: drawn as curves, each bent its own way. */
  curvature?: number;
  [property: string]: unknown;
}

export type ViewerGraph = MultiDirectedGraph<ActorAttributes, RelationAttributes>;

/** An empty graph ready to receive query results. */
export function createGraph(): ViewerGraph {
  return new MultiDirectedGraph<ActorAttributes, RelationAttributes>();
}

/** Colour of an actor type. */
export function nodeColor(type: string): string {
  return SETTINGS.nodeColors[type] ?? SETTINGS.fallbackNodeColor;
}

/** Colour of a relation by quad class; relations without one are structural (grey). */
export function edgeColor(quadClass: unknown): string {
  return SETTINGS.quadClassColors[quadClass as QuadClass] ?? SETTINGS.structuralEdgeColor;
}

function edgeSize(weight: unknown): number {
  const w = typeof weight === 'number' && weight > 1 ? weight : 1;
  return Math.min(SETTINGS.maxEdgeSize, SETTINGS.minEdgeSize + Math.log2(w));
}

/**
 * Adds the nodes and edges of `serialized` that are not yet in `graph` and updates
 * the attributes of those that are (keys are stable ids, so nothing is duplicated).
 * New nodes start at the origin (sigma needs a position the moment a node is added);
 * the caller then places them (layout.ts).
 * @returns the keys of the nodes that were added.
 */
export function mergeGraph(graph: ViewerGraph, serialized: SerializedGraph): string[] {
  const added: string[] = [];
  for (const { key, attributes = {} } of serialized.nodes) {
    const known = graph.hasNode(key);
    const { type, ...rest } = attributes;
    const name = String(rest.name ?? key);
    const actorType = String(type ?? '');
    const position = known ? {} : { x: 0, y: 0 };
    graph.mergeNode(key, { ...rest, ...position, name, actorType, label: name, color: nodeColor(actorType) } as Partial<ActorAttributes>);
    if (!known) added.push(key);
  }
  for (const { key, source, target, attributes = {} } of serialized.edges) {
    if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
    const { type, ...rest } = attributes;
    const edgeKey = key ?? `${source}|${String(type)}|${target}`;
    const display = { ...rest, relationType: String(type ?? ''), color: edgeColor(rest.quadClass), size: edgeSize(rest.weight) };
    // Keys are stable ids, so a known key is the same relation. mergeEdgeWithKey would be
    // equivalent but takes twice as long as this on a multigraph (50k edges: 1.6 s vs 0.8 s).
    if (graph.hasEdge(edgeKey)) graph.mergeEdgeAttributes(edgeKey, display);
    else graph.addEdgeWithKey(edgeKey, source, target, display);
  }
  resizeByDegree(graph);
  curveParallelEdges(graph);
  return added;
}

/**
 * Gives relationships that share their two actors a curvature of their own (sigma's
 * parallel-edge indexing), so each is drawn, hovered and clicked separately. Big graphs
 * are drawn with straight line edges (programs.ts) and are left as they are.
 */
export function curveParallelEdges(graph: ViewerGraph): void {
  if (graph.size > SETTINGS.plainEdgesAbove) return;
  // Indexed on a bare copy, then only changed curvatures are written, edge by edge: sigma answers a
  // bulk attribute update by repainting every edge without re-indexing, which fails for edges it has
  // not drawn yet, and the index itself writes two attributes on every edge.
  const pairs = new MultiDirectedGraph<Record<string, never>, { parallelIndex?: number | null; parallelMaxIndex?: number | null }>();
  graph.forEachNode((node) => pairs.addNode(node));
  graph.forEachEdge((edge, _attributes, source, target) => pairs.addEdgeWithKey(edge, source, target));
  indexParallelEdgesIndex(pairs, { edgeIndexAttribute: 'parallelIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  const spread = SETTINGS.parallelCurvatureSpread * DEFAULT_EDGE_CURVATURE;
  pairs.forEachEdge((edge, { parallelIndex, parallelMaxIndex }) => {
    const curvature = typeof parallelIndex === 'number' ? DEFAULT_EDGE_CURVATURE + (spread * parallelIndex) / (parallelMaxIndex || 1) : undefined;
    if (graph.getEdgeAttribute(edge, 'curvature') === curvature) return;
    if (curvature === undefined) graph.removeEdgeAttribute(edge, 'curvature');
    else graph.setEdgeAttribute(edge, 'curvature', curvature);
  });
}

/** Sizes every node by its number of distinct neighbours. */
export function resizeByDegree(graph: ViewerGraph): void {
  graph.updateEachNodeAttributes((node, attributes) => {
    const degree = graph.neighbors(node).length;
    attributes.size = Math.min(SETTINGS.maxNodeSize, SETTINGS.minNodeSize + SETTINGS.nodeSizePerDegree * Math.sqrt(degree));
    return attributes;
  });
}

/** Relation types present in the graph, sorted. */
export function relationTypes(graph: ViewerGraph): string[] {
  const types = new Set<string>();
  graph.forEachEdge((_edge, attributes) => types.add(attributes.relationType));
  return [...types].sort();
}

/** The relationship key of a graph edge ("source|TYPE|target"), and the three parts of one. */
export function parseRelationKey(key: string): { source: string; type: string; target: string } | null {
  const [source, type, target, ...rest] = key.split('|');
  return source && type && target && !rest.length ? { source, type, target } : null;
}
