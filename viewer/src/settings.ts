/**
 * Every tunable of the viewer in one typed object: colours, sizes, layout budget,
 * label thresholds. Modules read `SETTINGS`; nothing else hard-codes these values.
 */

/** CAMEO quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

export interface ViewerSettings {
  /** Node colour per actor type; unknown types use `fallbackNodeColor`. */
  nodeColors: Record<string, string>;
  fallbackNodeColor: string;
  /** Edge colour per quad class; relations without one (structural, e.g. HOLDS_ROLE) use `structuralEdgeColor`. */
  quadClassColors: Record<QuadClass, string>;
  quadClassLabels: Record<QuadClass, string>;
  structuralEdgeColor: string;
  /** Colour of nodes and edges dimmed while another node is hovered. */
  dimmedColor: string;
  /** Node radius is `minNodeSize + nodeSizePerDegree * sqrt(degree)`, capped at `maxNodeSize`. */
  minNodeSize: number;
  maxNodeSize: number;
  nodeSizePerDegree: number;
  /** Edge thickness is `minEdgeSize + log2(weight)`, capped at `maxEdgeSize`. */
  minEdgeSize: number;
  maxEdgeSize: number;
  /** Edge labels are drawn when the camera ratio is below this (zoomed in) or on hover. */
  edgeLabelCameraRatio: number;
  /**
   * Above this many edges, edges are drawn as 1-pixel lines (no arrowheads, no thickness
   * by weight) and cannot be hovered or clicked: at that density arrowheads are
   * unreadable, and anti-aliased quads plus the picking pass cost seconds per frame in
   * software rendering. They are also left out of frames drawn while the camera moves or
   * the layout runs, and drawn again `edgesRedrawAfterMoveMs` after the camera stopped.
   */
  plainEdgesAbove: number;
  edgesRedrawAfterMoveMs: number;
  /**
   * Above this many edges, hovering an actor highlights its neighbourhood on a layer of
   * its own instead of dimming everything else (which redraws the whole graph).
   */
  neighbourhoodLayerAbove: number;
  /**
   * On that layer: width (px) of the hovered actor's relationships, smallest radius (px)
   * of its neighbours, and how many of them (the biggest) get a label; relationships are
   * labelled when there are no more than that many.
   */
  neighbourhoodEdgeWidth: number;
  neighbourhoodMinNodeRadius: number;
  neighbourhoodLabelsMax: number;
  /** Above this many nodes, nodes are drawn as point sprites (same discs, a tenth of the cost at 10,000 nodes). */
  pointNodesAbove: number;
  /**
   * Node and edge sizes shrink by `sqrt(sizeReferenceNodes / nodes)` in graphs bigger than
   * this, so that ten thousand nodes do not cover the canvas several times over.
   */
  sizeReferenceNodes: number;
  /** In graphs bigger than `allLabelsUpTo` nodes, labels are drawn only for nodes at least this big on screen (px). */
  labelRenderedSizeThreshold: number;
  allLabelsUpTo: number;
  /** ForceAtlas2 runs for `layoutBaseMs + layoutMsPerNode * nodes`, at most `layoutMaxMs`. */
  layoutBaseMs: number;
  layoutMsPerNode: number;
  layoutMaxMs: number;
  /** After `layoutMinMs`, the layout stops once nodes move less than this fraction of the graph's extent per check. */
  layoutConvergence: number;
  layoutMinMs: number;
  /**
   * While the layout runs, a frame that shows its progress is followed by this many
   * times its duration of frames that do not, so that big graphs stay responsive.
   */
  layoutIdleFramesPerShown: number;
  /** ForceAtlas2 (strong-mode) gravity: the pull towards the centre. */
  layoutGravity: number;
  /** Room (px) kept around the graph so labels at its edge stay readable. */
  stagePadding: number;
  /** Milliseconds to wait after typing before asking for search suggestions. */
  searchDebounceMs: number;
  /** Query run when the page opens with no query in its URL. */
  defaultQuery: string;
  /** Parallel relationships between one pair bend from the default curvature up to (1 + this) times it. */
  parallelCurvatureSpread: number;
  /** Colour of relationships not seen for the chosen number of days before the slider's date. */
  fadedEdgeColor: string;
  /** Colour of the relationships and outline of the actors of a highlighted path. */
  pathColor: string;
  /** Histogram bars up to the slider's date, and after it. */
  histogramColor: string;
  histogramFutureColor: string;
  /** Milliseconds per day while the time slider plays. */
  playStepMs: number;
  /** Most shortest paths listed for "How are A and B connected?". */
  pathsListed: number;
  /** Sigma's label grid: at most `labelDensity` labels per cell of `labelGridCellSize` pixels, so labels do not overlap. */
  labelGridCellSize: number;
  labelDensity: number;
}

export const SETTINGS: ViewerSettings = {
  nodeColors: {
    Person: '#1f77b4',
    Organization: '#9467bd',
    Country: '#2ca02c',
    Group: '#ff7f0e',
    Location: '#8c564b',
  },
  fallbackNodeColor: '#7f7f7f',
  quadClassColors: { 1: '#6baed6', 2: '#2171b5', 3: '#fd8d3c', 4: '#d62728' },
  quadClassLabels: { 1: 'Verbal cooperation', 2: 'Material cooperation', 3: 'Verbal conflict', 4: 'Material conflict' },
  structuralEdgeColor: '#b0b0b0',
  dimmedColor: '#e6e6e6',
  minNodeSize: 7,
  maxNodeSize: 22,
  nodeSizePerDegree: 2.5,
  minEdgeSize: 2.5,
  maxEdgeSize: 8,
  edgeLabelCameraRatio: 0.5,
  plainEdgesAbove: 2_000,
  edgesRedrawAfterMoveMs: 150,
  neighbourhoodLayerAbove: 2_000,
  neighbourhoodEdgeWidth: 2,
  neighbourhoodMinNodeRadius: 3,
  neighbourhoodLabelsMax: 30,
  pointNodesAbove: 500,
  sizeReferenceNodes: 300,
  labelRenderedSizeThreshold: 6,
  allLabelsUpTo: 60,
  layoutBaseMs: 2_000,
  layoutMsPerNode: 1,
  layoutMaxMs: 5_000,
  layoutConvergence: 0.005,
  layoutMinMs: 1_000,
  layoutIdleFramesPerShown: 3,
  layoutGravity: 0.4,
  stagePadding: 130,
  searchDebounceMs: 200,
  defaultQuery: 'graph',
  parallelCurvatureSpread: 2,
  fadedEdgeColor: '#dddddd',
  pathColor: '#e6550d',
  histogramColor: '#4a6fa5',
  histogramFutureColor: '#cfd8e3',
  playStepMs: 500,
  pathsListed: 20,
  labelGridCellSize: 90,
  labelDensity: 1,
};
