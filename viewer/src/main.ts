/**
 * Entry point of the viewer page. A view (view-state.ts) is everything the page shows —
 * query, expansions, hidden actors, path, filters, slider date, panel — and lives in the
 * URL; every user action makes a new view, loads what changed and pushes it to the
 * history, and Back / Forward load the view of their entry. Requests of one kind (the
 * graph, the panel) are numbered and the older one aborted, so a late reply never
 * overwrites a newer view.
 *
 * `window.__newsgraph` exposes the graphology graph and the sigma instance (read-only
 * use: tests and the browser console read them; everything in them is already on the page).
 */
import './styles.css';
import { createActorPicker } from './actor-picker.ts';
import { showActor, type RelationRef } from './actor-panel.ts';
import { createRequestSeries, expandActor, fetchActor, fetchArticle, fetchEvidence, fetchTimeline, isAborted, listQueries, runQuery } from './api.ts';
import { showArticle, showEvidence, type EvidenceActions } from './evidence-panel.ts';
import { downloadGexf, downloadPng } from './export.ts';
import { createFilters, renderTypeFilter } from './filters.ts';
import { createGraph, mergeGraph, parseRelationKey, relationTypes, type ViewerGraph } from './graph.ts';
import { placeAround, placeOnCircle, runLayout, type RunningLayout } from './layout.ts';
import { renderLegend } from './legend.ts';
import { showPanelMessage, showTable } from './panel.ts';
import { pathHighlight, shortestPaths, showPaths } from './paths.ts';
import { createQueryForm, type QueryForm } from './query-form.ts';
import { createRenderer, type ViewerSigma } from './renderer.ts';
import { SETTINGS } from './settings.ts';
import { describeError, setStatus } from './status.ts';
import { createTimeSlider } from './time-slider.ts';
import { pushView, queryView, readView, replaceView, sameGraph, type Selection, type ViewState } from './view-state.ts';

declare global {
  interface Window {
    __newsgraph: { graph: ViewerGraph; sigma: ViewerSigma };
  }
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`viewer: index.html has no #${id} element.`);
  return element as T;
}

const status = byId('status');
const panel = byId('panel');
const summaryLine = byId('graph-summary');
const pathResult = byId('path-result');
const graph = createGraph();
const filters = createFilters(graph);
const renderer = createRenderer(graph, byId('graph'), filters);
const { sigma } = renderer;
window.__newsgraph = { graph, sigma };

const graphRequests = createRequestSeries();
const panelRequests = createRequestSeries();
/** The view on screen; its graph part is what `graph` holds. */
let current: ViewState | null = null;
let layout: RunningLayout | null = null;
let queryForm: QueryForm | null = null;
let symmetricTypes = new Set<string>();
const reportError = (error: unknown) => isAborted(error) || setStatus(status, 'error', describeError(error));

function startLayout(): void {
  layout?.stop();
  const running = runLayout(graph);
  layout = running;
  renderer.setLayoutRunning(true);
  document.body.dataset.layout = 'running';
  void running.done.then(() => {
    if (layout !== running) return;
    renderer.setLayoutRunning(false);
    sigma.refresh();
    document.body.dataset.layout = 'stopped';
  });
}

/** "N actors, M relationships" of what is shown, after filters and the slider. */
function showSummary(): void {
  const { actors, relationships } = filters.counts();
  summaryLine.textContent = `${actors} actors, ${relationships} relationships${filters.isActive() ? ` (of ${graph.order} and ${graph.size})` : ''}`;
}

/**
 * Re-applies the filters after the graph or a choice changed and redraws. A slider step
 * (`only: 'changed'`) re-reduces only the items whose display changed; sigma still
 * re-processes and draws everything, but skips reducing every node and edge again.
 */
function refreshFilters(only: 'changed' | 'all' = 'all'): void {
  const changed = filters.update();
  if (only === 'changed') sigma.refresh({ partialGraph: changed, skipIndexation: false });
  else sigma.refresh({ skipIndexation: true });
  showSummary();
}

/** Loads the graph part of `view` (query, expansions, hidden actors, path) into `graph`; false if superseded. */
async function loadGraph(view: ViewState): Promise<boolean> {
  const request = graphRequests.next();
  setStatus(status, 'loading', `Running ${view.query}…`);
  const result = await runQuery(view.query, view.params, request.signal);
  if (!request.isCurrent()) return false;
  if (result.kind === 'table') {
    showTable(panel, view.query, result);
    setStatus(status, result.rows.length ? 'info' : 'empty', result.rows.length ? `${result.rows.length} rows.` : 'The query returned no rows.');
    return true;
  }
  const expansions = await Promise.all(view.expanded.map((id) => expandActor(id, request.signal)));
  const path = view.path ? await runQuery('shortest-paths', { source: view.path.from, target: view.path.to }, request.signal) : null;
  if (!request.isCurrent()) return false;
  layout?.stop();
  graph.clear();
  mergeGraph(graph, result.graph);
  placeOnCircle(graph);
  // New actors start next to the actor they were reached from (ForceAtlas2 cannot separate actors placed on one point).
  view.expanded.forEach((id, i) => {
    if (graph.hasNode(id)) placeAround(graph, id, mergeGraph(graph, expansions[i]!.graph));
  });
  if (path?.kind === 'graph') {
    const added = mergeGraph(graph, path.graph);
    if (graph.hasNode(view.path!.from)) placeAround(graph, view.path!.from, added);
  }
  for (const id of view.hidden) if (graph.hasNode(id)) graph.dropNode(id);
  renderer.tuneForSize();
  startLayout();
  sigma.getCamera().animatedReset({ duration: 0 });
  const truncated = result.truncated || expansions.some((expansion) => expansion.truncated);
  if (graph.order === 0) setStatus(status, 'empty', 'The query found nothing. Try another actor or wider parameters.');
  else if (truncated) setStatus(status, 'truncated', `The result was cut at the server's limit; narrow the query to see everything.`);
  else setStatus(status, 'info', 'Double-click an actor to add its neighbours; click one for its panel.');
  return true;
}

/** Shows the path of `view` in the sidebar and on the graph (or clears both). */
function showPath(view: ViewState): void {
  if (!view.path) {
    renderer.setHighlight(null);
    pathResult.replaceChildren();
    return;
  }
  const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : id);
  const paths = shortestPaths(graph, view.path.from, view.path.to, SETTINGS.pathsListed);
  renderer.setHighlight(paths.length ? pathHighlight(paths) : null);
  const ends = { fromName: name(view.path.from), toName: name(view.path.to) };
  showPaths(pathResult, graph, ends, paths, (relation) => select({ kind: 'relation', key: relation.key }, relation));
  fromPicker.set(view.path.from, name(view.path.from));
  toPicker.set(view.path.to, name(view.path.to));
}

/**
 * Shows `view`: loads its graph when that part changed, applies its filters and slider
 * date, opens its panel. `history`: push a new entry, replace the current one, or none
 * (Back / Forward already moved).
 */
async function showView(view: ViewState, history: 'push' | 'replace' | 'none'): Promise<void> {
  try {
    const previous = current;
    const graphChanged = !previous || !sameGraph(previous, view);
    if (graphChanged && !(await loadGraph(view))) return;
    current = view;
    if (history === 'push') pushView(view);
    else if (history === 'replace') replaceView(view);
    queryForm?.show(view.query, view.params);
    filters.choices.hiddenTypes = new Set(view.hiddenTypes);
    filters.choices.asOf = view.asOf;
    filters.choices.fadeDays = view.fadeDays;
    slider.show(view.asOf, view.fadeDays);
    renderTypeFilter(byId('relation-types'), relationTypes(graph), filters.choices, () => changeView({ hiddenTypes: [...filters.choices.hiddenTypes] }));
    showPath(view);
    refreshFilters();
    if (graphChanged || JSON.stringify(previous?.selected) !== JSON.stringify(view.selected)) await openSelection(view.selected);
  } catch (error) {
    reportError(error);
  }
}

/** A new view: the current one with `changes`, pushed to the history. */
function changeView(changes: Partial<ViewState>): void {
  if (!current) return;
  void showView({ ...current, ...changes }, 'push');
}

/** Opens `selection` in the panel (`relation` carries the names when the caller has them). */
function select(selection: Selection, relation?: RelationRef): void {
  if (!current) return;
  current = { ...current, selected: selection };
  pushView(current);
  void openSelection(selection, relation);
}

const evidenceActions: EvidenceActions = {
  openArticle: (id) => select({ kind: 'article', id }),
  openActor: (id) => select({ kind: 'actor', id }),
};

/** A relationship of the graph, or one named by its key alone (names then come from the graph when it has them). */
function relationRef(key: string): RelationRef | null {
  const parts = parseRelationKey(key);
  if (!parts) return null;
  const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : id);
  const attributes = graph.hasEdge(key) ? graph.getEdgeAttributes(key) : null;
  const dates = { firstSeen: attributes?.firstSeen ?? null, lastSeen: attributes?.lastSeen ?? null };
  return { key, ...parts, sourceName: name(parts.source), targetName: name(parts.target), ...dates };
}

async function openSelection(selection: Selection, known?: RelationRef): Promise<void> {
  const request = panelRequests.next();
  try {
    if (!selection) return showPanelMessage(panel, 'Search an actor, or click an actor or a relationship to see its details.');
    showPanelMessage(panel, 'Loading…');
    if (selection.kind === 'actor') {
      const actor = await fetchActor(selection.id, request.signal);
      if (!request.isCurrent()) return;
      showActor(panel, actor, symmetricTypes, {
        openRelation: (relation) => select({ kind: 'relation', key: relation.key }, relation),
        expand: (id) => {
          if (current && !current.expanded.includes(id)) changeView({ expanded: [...current.expanded, id], hidden: current.hidden.filter((h) => h !== id) });
        },
        hide: (id) => current && changeView({ hidden: [...current.hidden, id] }),
        isShown: (id) => graph.hasNode(id),
      });
    } else if (selection.kind === 'relation') {
      const relation = known ?? relationRef(selection.key);
      if (!relation) return showPanelMessage(panel, `"${selection.key}" does not name a relationship.`, 'error');
      const { rows, truncated } = await fetchEvidence(relation.source, relation.type, relation.target, request.signal);
      if (request.isCurrent()) showEvidence(panel, relation, rows, truncated, evidenceActions);
    } else {
      const article = await fetchArticle(selection.id, request.signal);
      if (request.isCurrent()) showArticle(panel, article, evidenceActions);
    }
  } catch (error) {
    if (!isAborted(error) && request.isCurrent()) showPanelMessage(panel, describeError(error), 'error');
  }
}

const slider = createTimeSlider(
  { range: byId('time-slider'), histogram: byId('histogram'), play: byId('time-play'), label: byId('time-label'), fade: byId('time-fade') },
  (asOf, fadeDays) => {
    filters.choices.asOf = asOf;
    filters.choices.fadeDays = fadeDays;
    refreshFilters('changed');
  },
  () => current && changeView({ asOf: filters.choices.asOf, fadeDays: filters.choices.fadeDays }),
);

sigma.on('clickNode', ({ node }) => select({ kind: 'actor', id: node }));
sigma.on('clickEdge', ({ edge }) => select({ kind: 'relation', key: edge }));
// Sigma reports a click that follows another within 300 ms as a double click, even on another edge.
sigma.on('doubleClickEdge', ({ edge }) => select({ kind: 'relation', key: edge }));
sigma.on('doubleClickNode', (event) => {
  event.preventSigmaDefault();
  if (current && !current.expanded.includes(event.node)) changeView({ expanded: [...current.expanded, event.node] });
});

createActorPicker(
  byId('search'),
  byId('suggestions'),
  (actor) => void showView(queryView('ego', { id: actor.id }, { kind: 'actor', id: actor.id }), 'push'),
  reportError,
);
const fromPicker = createActorPicker(byId('path-from'), byId('path-from-suggestions'), () => {}, reportError);
const toPicker = createActorPicker(byId('path-to'), byId('path-to-suggestions'), () => {}, reportError);
byId('path-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void Promise.all([fromPicker.resolve(), toPicker.resolve()])
    .then(([from, to]) => {
      if (!from || !to) return setStatus(status, 'error', 'Name two actors to connect: no actor matches one of the names.');
      changeView({ path: { from, to } });
    })
    .catch(reportError);
});
byId('filters-reset').addEventListener('click', () => changeView({ hiddenTypes: [], asOf: null, fadeDays: null, hidden: [] }));
byId('export-png').addEventListener('click', () => downloadPng(sigma, `newsgraph-${current?.query ?? 'view'}`).catch(reportError));
byId('export-gexf').addEventListener('click', () => downloadGexf(sigma, `newsgraph-${current?.query ?? 'view'}`));
window.addEventListener('popstate', () => {
  const view = readView();
  if (view) void showView(view, 'none');
});
renderLegend(byId('legend'));

async function start(): Promise<void> {
  try {
    // Without the timeline the page still works, the slider stays disabled.
    const timeline = fetchTimeline().catch((error: unknown) => {
      reportError(error);
      return { days: [] };
    });
    const { queries, relationTypes: types } = await listQueries();
    symmetricTypes = new Set(types.filter((type) => type.symmetric).map((type) => type.name));
    slider.setDays((await timeline).days);
    queryForm = createQueryForm(
      queries,
      types,
      { form: byId('query-form'), select: byId('query-name'), fields: byId('query-params'), description: byId('query-description'), raw: byId('query-raw') },
      (query, params) => void showView(queryView(query, params), 'push'),
      reportError,
      (id) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'name') : undefined),
    );
    const initial = readView() ?? (queries.some((q) => q.name === SETTINGS.defaultQuery) ? queryView(SETTINGS.defaultQuery) : null);
    if (initial) await showView(initial, 'replace');
    else setStatus(status, 'empty', 'Pick a query or search for an actor.');
  } catch (error) {
    reportError(error);
  }
}

void start();
