/**
 * Entry point of the viewer page: wires the query form, search box, graph,
 * renderer, panel, filters, URL state and exports together.
 *
 * `window.__newsgraph` exposes the graphology graph and the sigma instance (read-only
 * use: tests and the browser console read them; everything in them is already on
 * the page).
 */
import './styles.css';
import { expandActor, fetchEvidence, listQueries, runQuery, type QueryDefinition } from './api.ts';
import { createFilters } from './filters.ts';
import { createGraph, mergeGraph, relationTypes } from './graph.ts';
import { placeAround, placeOnCircle, runLayout, type RunningLayout } from './layout.ts';
import { renderLegend } from './legend.ts';
import { showActor, showEvidence, showPanelMessage, showTable } from './panel.ts';
import { createQueryForm, type QueryForm } from './query-form.ts';
import { createRenderer, type ViewerSigma } from './renderer.ts';
import { createSearch } from './search.ts';
import { SETTINGS } from './settings.ts';
import { describeError, setStatus } from './status.ts';
import { downloadGexf, downloadPng } from './export.ts';
import { readView, writeView, type ViewState } from './url-state.ts';
import type { ViewerGraph } from './graph.ts';

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
const graph = createGraph();
const filters = createFilters(byId('relation-types'), byId('date-from'), byId('date-to'), () => sigma.refresh({ skipIndexation: true }));
const renderer = createRenderer(graph, byId('graph'), filters.state);
const { sigma } = renderer;
window.__newsgraph = { graph, sigma };

let view: ViewState | null = null;
let layout: RunningLayout | null = null;
let queryForm: QueryForm | null = null;

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

/**
 * Shows the changed graph and lays it out. The layout starts before the refresh: in a
 * big graph it hides the edges, and drawing them all once on the starting positions
 * costs more than the first frame itself (10k nodes / 50k edges: ~0.9 s in software
 * rendering).
 */
function afterGraphChange(): void {
  filters.setRelationTypes(relationTypes(graph));
  renderer.tuneForSize();
  startLayout();
  sigma.refresh();
}

function summary(truncated: boolean): void {
  if (graph.order === 0) return setStatus(status, 'empty', 'The query found nothing. Try another actor or wider parameters.');
  const counts = `${graph.order} actors, ${graph.size} relationships`;
  if (truncated) setStatus(status, 'truncated', `${counts}: the result was cut at the server's limit; narrow the query to see everything.`);
  else setStatus(status, 'info', `${counts}. Double-click an actor to add its neighbours.`);
}

/** Runs a named query and shows its result (a graph replaces the current one). */
async function runView(next: ViewState): Promise<void> {
  setStatus(status, 'loading', `Running ${next.query}…`);
  try {
    const result = await runQuery(next.query, next.params);
    view = next;
    writeView(next);
    queryForm?.show(next);
    if (result.kind === 'table') {
      showTable(panel, next.query, result);
      setStatus(status, result.rows.length ? 'info' : 'empty', result.rows.length ? `${result.rows.length} rows.` : 'The query returned no rows.');
      return;
    }
    layout?.stop();
    graph.clear();
    mergeGraph(graph, result.graph);
    placeOnCircle(graph);
    afterGraphChange();
    sigma.getCamera().animatedReset({ duration: 0 });
    summary(result.truncated);
  } catch (error) {
    setStatus(status, 'error', describeError(error));
  }
}

async function expand(node: string): Promise<void> {
  setStatus(status, 'loading', `Adding the neighbours of ${graph.getNodeAttribute(node, 'name')}…`);
  try {
    const result = await expandActor(node);
    const before = graph.order;
    const added = mergeGraph(graph, result.graph);
    placeAround(graph, node, added);
    afterGraphChange();
    summary(result.truncated);
    if (graph.order === before) setStatus(status, 'info', 'No new neighbours: every neighbour is already shown.');
  } catch (error) {
    setStatus(status, 'error', describeError(error));
  }
}

async function openRelation(edge: string): Promise<void> {
  showPanelMessage(panel, 'Loading the evidence…');
  try {
    const { type } = graph.getEdgeAttributes(edge);
    const { rows, truncated } = await fetchEvidence(graph.source(edge), type, graph.target(edge));
    showEvidence(panel, graph, edge, rows, truncated);
  } catch (error) {
    showPanelMessage(panel, describeError(error), 'error');
  }
}

sigma.on('clickNode', ({ node }) => showActor(panel, graph, node, (edge) => void openRelation(edge)));
sigma.on('clickEdge', ({ edge }) => void openRelation(edge));
sigma.on('doubleClickNode', (event) => {
  event.preventSigmaDefault();
  void expand(event.node);
});

byId('export-png').addEventListener('click', () => {
  downloadPng(sigma, `newsgraph-${view?.query ?? 'view'}`).catch((error) => setStatus(status, 'error', describeError(error)));
});
byId('export-gexf').addEventListener('click', () => downloadGexf(sigma, `newsgraph-${view?.query ?? 'view'}`));
renderLegend(byId('legend'));
createSearch(
  byId('search'),
  byId('suggestions'),
  (actor) => void runView({ query: 'ego', params: { id: actor.id } }),
  (error) => setStatus(status, 'error', describeError(error)),
);

async function start(): Promise<void> {
  let queries: QueryDefinition[];
  try {
    queries = await listQueries();
  } catch (error) {
    return setStatus(status, 'error', describeError(error));
  }
  queryForm = createQueryForm(queries, byId('query-form'), byId('query-name'), byId('query-params'), byId('query-description'), (next) => void runView(next));
  const initial = readView() ?? (queries.some((q) => q.name === SETTINGS.defaultQuery) ? { query: SETTINGS.defaultQuery, params: {} } : null);
  if (initial) await runView(initial);
  else setStatus(status, 'empty', 'Pick a query or search for an actor.');
}

void start();
