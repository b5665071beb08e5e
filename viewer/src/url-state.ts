/**
 * The current view in the page URL (`?q=ego&name=Tokayev&hops=2`), so copying the
 * address bar shares the view and opening it reproduces it.
 */

/** A named query and the parameters it was run with. */
export interface ViewState {
  query: string;
  params: Record<string, string>;
}

/** Parameter of the URL holding the query name. */
const QUERY_KEY = 'q';

/** The view described by the URL `search` string, or null when it names no query. */
export function readView(search: string = window.location.search): ViewState | null {
  const url = new URLSearchParams(search);
  const query = url.get(QUERY_KEY);
  if (!query) return null;
  const params: Record<string, string> = {};
  for (const [name, value] of url) if (name !== QUERY_KEY && value !== '') params[name] = value;
  return { query, params };
}

/** The URL search string of a view (empty parameters omitted). */
export function viewToSearch(view: ViewState): string {
  const url = new URLSearchParams({ [QUERY_KEY]: view.query });
  for (const [name, value] of Object.entries(view.params)) if (value !== '') url.set(name, value);
  return `?${url}`;
}

/** Replaces the page URL with the one of `view`, without adding a history entry. */
export function writeView(view: ViewState): void {
  window.history.replaceState(null, '', viewToSearch(view));
}
