/**
 * The whole view in the page URL, so a link reproduces what one saw: the named query and
 * its parameters, the actors expanded and hidden, the path asked for, the relation types
 * filtered out, the slider date and fading, and what the panel shows. Each view the user
 * asks for is a history entry (Back and Forward walk through them).
 *
 *   ?q=ego&id=carol-cole&hops=1&expand=bob-birch&asOf=2022-03-03&actor=bob-birch
 *
 * Query parameters are written as they are, except those named like a view key, which
 * are written `p.<name>` (the `search` query's `q`).
 */

/** What the side panel shows. */
export type Selection = { kind: 'actor'; id: string } | { kind: 'relation'; key: string } | { kind: 'article'; id: string } | null;

export interface ViewState {
  /** Named query and the parameters it was run with. */
  query: string;
  params: Record<string, string>;
  /** Actors whose neighbours were added, in order. */
  expanded: string[];
  /** Actors taken out of the view. */
  hidden: string[];
  /** "How are A and B connected?": actor ids, or null. */
  path: { from: string; to: string } | null;
  /** Relation types filtered out. */
  hiddenTypes: string[];
  /** The slider's date (YYYY-MM-DD): the graph as of that day; null shows every date. */
  asOf: string | null;
  /** Relationships not seen for more than this many days before `asOf` are faded; null fades none. */
  fadeDays: number | null;
  selected: Selection;
}

const KEYS = {
  query: 'q',
  expanded: 'expand',
  hidden: 'hide',
  path: 'path',
  hiddenTypes: 'without',
  asOf: 'asOf',
  fadeDays: 'fade',
  actor: 'actor',
  relation: 'rel',
  article: 'article',
};
const RESERVED = new Set(Object.values(KEYS));
const PARAM_PREFIX = 'p.';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A view of `query` with `params` and nothing else. */
export function queryView(query: string, params: Record<string, string> = {}, selected: Selection = null): ViewState {
  return { query, params, expanded: [], hidden: [], path: null, hiddenTypes: [], asOf: null, fadeDays: null, selected };
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

/** The view described by the URL `search` string, or null when it names no query. */
export function readView(search: string = window.location.search): ViewState | null {
  const url = new URLSearchParams(search);
  const query = url.get(KEYS.query);
  if (!query) return null;
  const params: Record<string, string> = {};
  for (const [name, value] of url) {
    if (value === '' || RESERVED.has(name)) continue;
    params[name.startsWith(PARAM_PREFIX) ? name.slice(PARAM_PREFIX.length) : name] = value;
  }
  const [from, to] = list(url.get(KEYS.path));
  const asOf = url.get(KEYS.asOf);
  const fade = Number(url.get(KEYS.fadeDays));
  const actor = url.get(KEYS.actor);
  const relation = url.get(KEYS.relation);
  const article = url.get(KEYS.article);
  return {
    query,
    params,
    expanded: list(url.get(KEYS.expanded)),
    hidden: list(url.get(KEYS.hidden)),
    path: from && to ? { from, to } : null,
    hiddenTypes: list(url.get(KEYS.hiddenTypes)),
    asOf: asOf && ISO_DATE.test(asOf) ? asOf : null,
    fadeDays: Number.isInteger(fade) && fade > 0 ? fade : null,
    selected: actor ? { kind: 'actor', id: actor } : relation ? { kind: 'relation', key: relation } : article ? { kind: 'article', id: article } : null,
  };
}

/** The URL search string of a view (empty parts omitted). */
export function viewToSearch(view: ViewState): string {
  const url = new URLSearchParams({ [KEYS.query]: view.query });
  for (const [name, value] of Object.entries(view.params)) if (value !== '') url.set(RESERVED.has(name) ? `${PARAM_PREFIX}${name}` : name, value);
  if (view.expanded.length) url.set(KEYS.expanded, view.expanded.join(','));
  if (view.hidden.length) url.set(KEYS.hidden, view.hidden.join(','));
  if (view.path) url.set(KEYS.path, `${view.path.from},${view.path.to}`);
  if (view.hiddenTypes.length) url.set(KEYS.hiddenTypes, view.hiddenTypes.join(','));
  if (view.asOf) url.set(KEYS.asOf, view.asOf);
  if (view.fadeDays) url.set(KEYS.fadeDays, String(view.fadeDays));
  if (view.selected?.kind === 'actor') url.set(KEYS.actor, view.selected.id);
  if (view.selected?.kind === 'relation') url.set(KEYS.relation, view.selected.key);
  if (view.selected?.kind === 'article') url.set(KEYS.article, view.selected.id);
  return `?${url}`;
}

/** Whether two views draw the same graph (same query, parameters, expansions, hidden actors and path). */
export function sameGraph(a: ViewState, b: ViewState): boolean {
  const graphPart = (view: ViewState) => JSON.stringify([view.query, Object.entries(view.params).sort(), view.expanded, view.hidden, view.path]);
  return graphPart(a) === graphPart(b);
}

/** Records `view` as a new history entry (unless the URL already shows it). */
export function pushView(view: ViewState): void {
  const search = viewToSearch(view);
  if (search !== window.location.search) window.history.pushState(null, '', search);
}

/** Replaces the current history entry with `view` (used for the first view of the page). */
export function replaceView(view: ViewState): void {
  window.history.replaceState(null, '', viewToSearch(view));
}
