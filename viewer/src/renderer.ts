/**
 * The sigma renderer: maps graph attributes to display data in reducers (hover
 * highlight, filters, edge labels, size-dependent scale and edge program) without ever
 * writing to the graph. Reducers receive sigma's own copy of the attributes and modify
 * it in place, so they allocate nothing; they run on refresh, not on every frame.
 * In big graphs, where a refresh re-processes tens of thousands of items and a frame
 * with every edge costs most of a second in software rendering, hover is drawn on a
 * layer of its own (neighbourhood-layer.ts) and edges are left out of frames drawn
 * while the camera moves or the layout runs.
 */
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import type { ActorAttributes, RelationAttributes, ViewerGraph } from './graph.ts';
import type { Filters } from './filters.ts';
import { createNeighbourhoodLayer } from './neighbourhood-layer.ts';
import { createUnpickableEdgeLineProgram, NodePointProgram } from './programs.ts';
import { SETTINGS } from './settings.ts';

export type ViewerSigma = Sigma<ActorAttributes, RelationAttributes>;

/** What the pointer is over; read by the reducers. */
interface HoverState {
  node: string | null;
  neighbours: Set<string>;
  edge: string | null;
  /** Whether the camera is zoomed in enough for every edge label. */
  zoomedIn: boolean;
}

/** What depends on the graph's size; set by `tuneForSize`. */
interface SizeState {
  /** Factor applied to node and edge sizes. */
  sizeScale: number;
  /** Sigma node program: discs, or point sprites in big graphs. */
  nodeProgram: 'circle' | 'point';
  /** Sigma edge program: arrows, or 1-pixel lines (not pickable, left out of frames while things move) in dense graphs. */
  edgeProgram: 'arrow' | 'thinLine';
  /** Whether hover highlights on the neighbourhood layer rather than by dimming the rest. */
  hoverOnLayer: boolean;
  /**
   * Whether edge labels are on whatever the zoom. Sigma labels only edges between
   * labelled nodes, few in a big graph; switching labels with the zoom re-reduces every
   * item (10k nodes / 50k edges: a ~1 s frame in the middle of a wheel zoom).
   */
  edgeLabelsAlways: boolean;
}

/** What moves; 1-pixel line edges are drawn only when nothing does. */
interface MotionState {
  layoutRunning: boolean;
  /** Set by every camera update, cleared `edgesRedrawAfterMoveMs` after the last one. */
  cameraMoving: boolean;
}

/** The sigma instance and the size-dependent tuning the reducers read. */
export interface Renderer {
  sigma: ViewerSigma;
  /** Adapts sizes, edge program, labels and cost-saving settings to the graph (call after it changed, then refresh). */
  tuneForSize(): void;
  /**
   * Tells the renderer whether the layout is running (then refresh). 1-pixel line edges
   * are hidden meanwhile: redrawing every edge each time the layout's progress is shown
   * would block the page.
   */
  setLayoutRunning(running: boolean): void;
  /** Highlights a path (its actors and relationships; the rest is dimmed), or clears it with null; then refresh. */
  setHighlight(highlight: { nodes: Set<string>; edges: Set<string> } | null): void;
}

/** Display data fields the reducers set (sigma's display data plus our attributes). */
type NodeData = Partial<ActorAttributes> & { size: number; type?: string; highlighted?: boolean; hidden?: boolean; zIndex?: number; label?: string | null };
type EdgeData = Partial<RelationAttributes> & { size: number; type?: string; label?: string; hidden?: boolean; zIndex?: number; forceLabel?: boolean };

/**
 * Creates the sigma instance for `graph` in `container`, with hover highlighting,
 * what `filters` show, a highlighted path and edge labels on hover or when zoomed in.
 */
export function createRenderer(graph: ViewerGraph, container: HTMLElement, filters: Filters): Renderer {
  const hover: HoverState = { node: null, neighbours: new Set(), edge: null, zoomedIn: false };
  let highlight: { nodes: Set<string>; edges: Set<string> } | null = null;
  const size: SizeState = { sizeScale: 1, nodeProgram: 'circle', edgeProgram: 'arrow', hoverOnLayer: false, edgeLabelsAlways: false };
  const motion: MotionState = { layoutRunning: false, cameraMoving: false };

  const nodeReducer = (node: string, data: NodeData) => {
    data.type = size.nodeProgram;
    data.size *= size.sizeScale;
    if (!filters.isNodeShown(node)) data.hidden = true;
    if (highlight && !highlight.nodes.has(node) && hover.node === null) {
      data.color = SETTINGS.dimmedColor;
      data.label = '';
    } else if (highlight?.nodes.has(node)) {
      data.highlighted = true;
      data.zIndex = 1;
    }
    if (hover.node !== null && node !== hover.node && !hover.neighbours.has(node)) {
      data.color = SETTINGS.dimmedColor;
      data.label = '';
    } else if (node === hover.node) {
      data.highlighted = true;
      data.zIndex = 1;
    }
    return data;
  };

  const edgeReducer = (edge: string, data: EdgeData) => {
    data.label = data.relationType ?? '';
    // Curves only for relationships sharing their pair; big graphs keep straight lines.
    data.type = size.edgeProgram === 'arrow' && data.curvature !== undefined ? 'curved' : size.edgeProgram;
    data.size *= size.sizeScale;
    if (filters.isEdgeFaded(edge)) data.color = SETTINGS.fadedEdgeColor;
    if (highlight?.edges.has(edge)) {
      data.color = SETTINGS.pathColor;
      data.zIndex = 1;
      data.forceLabel = true;
    } else if (highlight) data.color = SETTINGS.dimmedColor;
    if (!filters.isEdgeShown(edge)) {
      data.hidden = true;
    } else if (hover.node !== null && !graph.hasExtremity(edge, hover.node)) {
      data.color = SETTINGS.dimmedColor;
      data.label = '';
    } else if (hover.node !== null || edge === hover.edge) {
      data.zIndex = 1;
      data.forceLabel = true;
    } else if (!hover.zoomedIn && !size.edgeLabelsAlways && !highlight?.edges.has(edge)) {
      data.label = '';
    }
    return data;
  };

  const sigma: ViewerSigma = new Sigma<ActorAttributes, RelationAttributes>(graph, container, {
    // Sigma types reducers with its display data; ours also read graph attributes.
    nodeReducer: nodeReducer as never,
    edgeReducer: edgeReducer as never,
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    defaultEdgeType: 'arrow',
    nodeProgramClasses: { point: NodePointProgram },
    edgeProgramClasses: { thinLine: createUnpickableEdgeLineProgram(() => !motion.layoutRunning && !motion.cameraMoving), curved: EdgeCurvedArrowProgram },
    labelRenderedSizeThreshold: SETTINGS.labelRenderedSizeThreshold,
    labelGridCellSize: SETTINGS.labelGridCellSize,
    labelDensity: SETTINGS.labelDensity,
    labelFont: 'system-ui, sans-serif',
    edgeLabelFont: 'system-ui, sans-serif',
    zIndex: true,
    stagePadding: SETTINGS.stagePadding,
  });

  const neighbourhood = createNeighbourhoodLayer(sigma, graph, (edge) => filters.isEdgeShown(edge));

  const wantsEdgeLabels = () => size.edgeLabelsAlways || hover.zoomedIn || hover.node !== null || hover.edge !== null;
  const refreshDisplay = () => {
    const renderEdgeLabels = wantsEdgeLabels();
    // Changing a setting already re-reduces every item and schedules the render.
    if (sigma.getSetting('renderEdgeLabels') !== renderEdgeLabels) sigma.setSetting('renderEdgeLabels', renderEdgeLabels);
    else sigma.refresh({ skipIndexation: true });
  };

  sigma.on('enterNode', ({ node }) => {
    if (size.hoverOnLayer) return neighbourhood.show(node);
    hover.node = node;
    hover.neighbours = new Set(graph.neighbors(node));
    refreshDisplay();
  });
  sigma.on('leaveNode', () => {
    neighbourhood.show(null);
    // The graph may have grown past `neighbourhoodLayerAbove` while a node was dimming the rest.
    if (hover.node === null) return;
    hover.node = null;
    hover.neighbours.clear();
    refreshDisplay();
  });
  sigma.on('enterEdge', ({ edge }) => {
    hover.edge = edge;
    refreshDisplay();
  });
  sigma.on('leaveEdge', () => {
    hover.edge = null;
    refreshDisplay();
  });
  let edgesRedraw: ReturnType<typeof setTimeout> | undefined;
  /** Draws the edges again once the camera has not moved for `edgesRedrawAfterMoveMs`. */
  const redrawEdgesWhenStill = () => {
    clearTimeout(edgesRedraw);
    edgesRedraw = setTimeout(() => {
      // A drag paused with the button held is not over.
      if (sigma.getMouseCaptor().isMouseDown) return redrawEdgesWhenStill();
      motion.cameraMoving = false;
      sigma.scheduleRender();
    }, SETTINGS.edgesRedrawAfterMoveMs);
  };

  // Sigma's own hideEdgesOnMove covers drags and camera animations but not a camera
  // moved by `setState`, and refreshes every item after a drag; this covers every move
  // and only renders.
  sigma.getCamera().on('updated', ({ ratio }) => {
    if (size.edgeProgram === 'thinLine') {
      motion.cameraMoving = true;
      redrawEdgesWhenStill();
    }
    const zoomedIn = ratio < SETTINGS.edgeLabelCameraRatio;
    if (zoomedIn === hover.zoomedIn) return;
    hover.zoomedIn = zoomedIn;
    if (!size.edgeLabelsAlways) refreshDisplay();
  });

  const tuneForSize = () => {
    size.sizeScale = Math.min(1, Math.sqrt(SETTINGS.sizeReferenceNodes / Math.max(graph.order, 1)));
    size.nodeProgram = graph.order > SETTINGS.pointNodesAbove ? 'point' : 'circle';
    const plainEdges = graph.size > SETTINGS.plainEdgesAbove;
    size.edgeProgram = plainEdges ? 'thinLine' : 'arrow';
    size.hoverOnLayer = graph.size > SETTINGS.neighbourhoodLayerAbove;
    size.edgeLabelsAlways = size.hoverOnLayer;
    const small = graph.order <= SETTINGS.allLabelsUpTo;
    // One call: each setting change makes sigma re-reduce every item.
    sigma.setSettings({
      // Plain edges have no picking pass; without edge events sigma also stops reading
      // the picking buffer back from the GPU on every mouse move.
      enableEdgeEvents: !plainEdges,
      renderEdgeLabels: wantsEdgeLabels(),
      // The threshold follows the node scale, so the biggest nodes of a big graph keep
      // their labels; the label grid then keeps a few per cell.
      labelRenderedSizeThreshold: small ? 0 : SETTINGS.labelRenderedSizeThreshold * size.sizeScale,
    });
  };
  const setLayoutRunning = (running: boolean) => {
    motion.layoutRunning = running;
  };
  const setHighlight = (next: typeof highlight) => {
    highlight = next;
  };
  return { sigma, tuneForSize, setLayoutRunning, setHighlight };
}
