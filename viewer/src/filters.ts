/**
 * What the view shows of the graph: relation types filtered out, the slider's date
 * (a relationship appears at its first evidence date; undated ones always show) and
 * fading (relationships not seen for N days before that date are drawn faded), and the
 * actors left without a shown relationship, which are hidden too. The graph itself is
 * never modified: `update` recomputes what is shown, the sigma reducers (renderer.ts)
 * read it, and clearing the filters brings everything back.
 */
import type { RelationAttributes, ViewerGraph } from './graph.ts';

/** The user's choices. */
export interface FilterChoices {
  hiddenTypes: Set<string>;
  /** YYYY-MM-DD, or null for every date. */
  asOf: string | null;
  /** Days; null fades nothing. */
  fadeDays: number | null;
}

/** The filters and what they currently let through. */
export interface Filters {
  choices: FilterChoices;
  /**
   * Recomputes which edges and nodes are shown; call after the graph or a choice changed.
   * @returns the nodes and edges whose display changed (shown, hidden or faded), for a partial refresh.
   */
  update(): { nodes: string[]; edges: string[] };
  isEdgeShown(edge: string): boolean;
  isEdgeFaded(edge: string): boolean;
  isNodeShown(node: string): boolean;
  /** What is shown: actors and relationships. */
  counts(): { actors: number; relationships: number };
  /** Whether any choice differs from showing everything. */
  isActive(): boolean;
  reset(): void;
}

const DAY_MS = 86_400_000;

/** `date` (YYYY-MM-DD) minus `days` days. */
export function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(date) - days * DAY_MS).toISOString().slice(0, 10);
}

/** Whether a relation passes the type and date choices (its first evidence date on or before `asOf`). */
export function passesChoices(choices: FilterChoices, attributes: RelationAttributes): boolean {
  if (choices.hiddenTypes.has(attributes.relationType)) return false;
  const first = attributes.firstSeen ?? attributes.lastSeen;
  return !(choices.asOf && first && first > choices.asOf);
}

/** Filters over `graph`, everything shown at first. */
export function createFilters(graph: ViewerGraph): Filters {
  const choices: FilterChoices = { hiddenTypes: new Set(), asOf: null, fadeDays: null };
  let hiddenEdges = new Set<string>();
  let fadedEdges = new Set<string>();
  let hiddenNodes = new Set<string>();
  let shown = { actors: 0, relationships: 0 };

  const isActive = () => choices.hiddenTypes.size > 0 || choices.asOf !== null;

  function update(): { nodes: string[]; edges: string[] } {
    const before = { hiddenEdges, fadedEdges, hiddenNodes };
    hiddenEdges = new Set();
    fadedEdges = new Set();
    hiddenNodes = new Set();
    if (!isActive()) {
      // Everything shows (a fresh view): what changed is what was hidden or faded before.
      shown = { actors: graph.order, relationships: graph.size };
      const edges = new Set([...before.hiddenEdges, ...before.fadedEdges]);
      return { nodes: [...before.hiddenNodes].filter((node) => graph.hasNode(node)), edges: [...edges].filter((edge) => graph.hasEdge(edge)) };
    }
    const fadeBefore = choices.asOf && choices.fadeDays ? daysBefore(choices.asOf, choices.fadeDays) : null;
    const withShownEdge = new Set<string>();
    graph.forEachEdge((edge, attributes, source, target) => {
      if (!passesChoices(choices, attributes)) {
        hiddenEdges.add(edge);
        return;
      }
      withShownEdge.add(source).add(target);
      const last = attributes.lastSeen ?? attributes.firstSeen;
      if (fadeBefore && last && last < fadeBefore) fadedEdges.add(edge);
    });
    // An actor that has relationships in the view but none shown is an orphan of the filters.
    if (isActive()) {
      graph.forEachNode((node) => {
        if (graph.degree(node) > 0 && !withShownEdge.has(node)) hiddenNodes.add(node);
      });
    }
    shown = { actors: graph.order - hiddenNodes.size, relationships: graph.size - hiddenEdges.size };
    const changed = { nodes: [] as string[], edges: [] as string[] };
    graph.forEachEdge((edge) => {
      if (before.hiddenEdges.has(edge) !== hiddenEdges.has(edge) || before.fadedEdges.has(edge) !== fadedEdges.has(edge)) changed.edges.push(edge);
    });
    graph.forEachNode((node) => {
      if (before.hiddenNodes.has(node) !== hiddenNodes.has(node)) changed.nodes.push(node);
    });
    return changed;
  }

  return {
    choices,
    update,
    isEdgeShown: (edge) => !hiddenEdges.has(edge),
    isEdgeFaded: (edge) => fadedEdges.has(edge),
    isNodeShown: (node) => !hiddenNodes.has(node),
    counts: () => shown,
    isActive,
    reset() {
      choices.hiddenTypes.clear();
      choices.asOf = null;
      choices.fadeDays = null;
      update();
    },
  };
}

/**
 * Fills `container` with one checkbox per relation type of the view; `onChange` runs
 * after the user ticks or unticks one (the choice is already in `choices`).
 */
export function renderTypeFilter(container: HTMLElement, types: string[], choices: FilterChoices, onChange: () => void): void {
  container.replaceChildren(
    ...types.map((type) => {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = !choices.hiddenTypes.has(type);
      box.addEventListener('change', () => {
        if (box.checked) choices.hiddenTypes.delete(type);
        else choices.hiddenTypes.add(type);
        onChange();
      });
      const label = document.createElement('label');
      label.append(box, ` ${type}`);
      return label;
    }),
  );
}
