/**
 * Hover highlight for big graphs, drawn on a 2D canvas layer of its own: the hovered
 * actor's relationships (thicker, in their colours, labelled with their type unless
 * there are too many) and its neighbours (marked, the biggest labelled). Small graphs
 * highlight by dimming everything else, which makes sigma re-reduce and re-process every
 * node and edge and draw every edge again (10k nodes / 50k edges: over a second per
 * hover in software rendering); this layer costs a few canvas strokes per relationship
 * and never makes sigma render. It is redrawn after every sigma render, so it follows
 * the camera and the layout.
 */
import { drawStraightEdgeLabel } from 'sigma/rendering';
import type { NodeDisplayData } from 'sigma/types';
import type { ViewerGraph } from './graph.ts';
import type { ViewerSigma } from './renderer.ts';
import { SETTINGS } from './settings.ts';

/** Id of the canvas layer in sigma's container (class `sigma-neighbourhood`). */
const LAYER = 'neighbourhood';

export interface NeighbourhoodLayer {
  /** Highlights the neighbourhood of `node`, or clears the layer for null. */
  show(node: string | null): void;
}

/**
 * Adds the layer to `sigma`, above the nodes and their labels and below sigma's hover
 * layer (the hovered node's label box) and mouse layer. Relationships for which
 * `isEdgeShown` is false (filtered out) are left out.
 */
export function createNeighbourhoodLayer(sigma: ViewerSigma, graph: ViewerGraph, isEdgeShown: (edge: string) => boolean): NeighbourhoodLayer {
  sigma.createCanvasContext(LAYER);
  const canvases = sigma.getCanvases();
  const canvas = canvases[LAYER]!;
  canvases.labels!.after(canvas);
  // Sigma sizes its layers only when the container's size changes: size the new one now.
  sigma.resize(true);
  const context = canvas.getContext('2d')!;
  let shown: string | null = null;

  /** A node's display data in viewport pixels, as sigma's label drawers expect them. */
  const onScreen = (node: string): NodeDisplayData | null => {
    const data = sigma.getNodeDisplayData(node);
    return data ? { ...data, ...sigma.framedGraphToViewport(data), size: sigma.scaleSize(data.size) } : null;
  };

  const draw = () => {
    const { width, height } = sigma.getDimensions();
    context.clearRect(0, 0, width, height);
    if (shown !== null && !graph.hasNode(shown)) shown = null;
    const centre = shown === null ? null : onScreen(shown);
    if (shown === null || !centre) return;
    const settings = sigma.getSettings();
    const neighbours = new Map<string, NodeDisplayData>();
    const labels: { label: string; color: string; from: NodeDisplayData; to: NodeDisplayData }[] = [];
    context.lineWidth = SETTINGS.neighbourhoodEdgeWidth;
    graph.forEachEdge(shown, (edge, attributes, source, target) => {
      const other = source === shown ? target : source;
      const end = neighbours.get(other) ?? onScreen(other);
      const color = sigma.getEdgeDisplayData(edge)?.color;
      if (!end || !color || !isEdgeShown(edge)) return;
      neighbours.set(other, end);
      const [from, to] = source === shown ? [centre, end] : [end, centre];
      context.strokeStyle = color;
      context.beginPath();
      context.moveTo(from.x, from.y);
      context.lineTo(to.x, to.y);
      context.stroke();
      labels.push({ label: attributes.relationType, color, from, to });
    });
    // A hub's relationship labels would cover each other and its neighbours' names.
    if (labels.length <= SETTINGS.neighbourhoodLabelsMax) {
      for (const { label, color, from, to } of labels) {
        drawStraightEdgeLabel(context, { label, color, size: SETTINGS.neighbourhoodEdgeWidth }, from, to, settings);
      }
    }
    neighbours.delete(shown);
    const biggestFirst = [...neighbours.values()].sort((a, b) => b.size - a.size);
    context.lineWidth = 1;
    context.strokeStyle = '#ffffff';
    for (const node of biggestFirst) {
      context.fillStyle = node.color;
      context.beginPath();
      context.arc(node.x, node.y, Math.max(node.size, SETTINGS.neighbourhoodMinNodeRadius), 0, 2 * Math.PI);
      context.fill();
      context.stroke();
    }
    for (const node of biggestFirst.slice(0, SETTINGS.neighbourhoodLabelsMax)) settings.defaultDrawNodeLabel(context, node, settings);
  };
  sigma.on('afterRender', draw);

  return {
    show(node) {
      shown = node;
      draw();
    },
  };
}
