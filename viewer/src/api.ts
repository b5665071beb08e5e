/**
 * Typed client of the `kg serve` JSON API; the body types are the server's own
 * (src/server/api-types.ts). Every call resolves to the parsed body or throws an
 * ApiRequestError carrying the server's message and hint. A `signal` aborts a request
 * whose answer is no longer wanted (a newer view was asked for).
 */
import type {
  ActorBody,
  ArticleBody,
  EvidenceBody,
  GraphResult,
  QueriesBody,
  QueryResult,
  SearchBody,
  Suggestion,
  TimelineBody,
} from '../../src/server/api-types.ts';

export type * from '../../src/server/api-types.ts';

/** An error answered by the API (or the network), with what the user can do about it. */
export class ApiRequestError extends Error {
  readonly hint: string | undefined;
  readonly status: number;

  constructor(message: string, status: number, hint?: string) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.hint = hint;
  }
}

/** Whether `error` is the abort of a request that was superseded (not worth reporting). */
export function isAborted(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

async function getJson<T>(path: string, params: Record<string, string> = {}, signal?: AbortSignal): Promise<T> {
  const query = new URLSearchParams(params).toString();
  let response: Response;
  try {
    response = await fetch(query ? `${path}?${query}` : path, { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if (isAborted(error)) throw error;
    throw new ApiRequestError('The viewer cannot reach the kg server.', 0, 'Check that `kg serve` is still running.');
  }
  const body = (await response.json().catch(() => null)) as { error?: { message: string; hint?: string } } | null;
  if (!response.ok || body === null) {
    const message = body?.error?.message ?? `The server answered ${response.status} ${response.statusText}.`;
    throw new ApiRequestError(message, response.status, body?.error?.hint);
  }
  return body as T;
}

/** The named queries the server offers, with their parameters, and the ontology's relation types. */
export function listQueries(): Promise<QueriesBody> {
  return getJson<QueriesBody>('/api/queries');
}

/** Runs a named query; `params` are sent as strings and validated by the server. */
export function runQuery(name: string, params: Record<string, string>, signal?: AbortSignal): Promise<QueryResult> {
  return getJson<QueryResult>(`/api/query/${encodeURIComponent(name)}`, params, signal);
}

/** Actors whose name or alias matches `q`. */
export async function searchActors(q: string, signal?: AbortSignal): Promise<Suggestion[]> {
  return (await getJson<SearchBody>('/api/search', { q }, signal)).suggestions;
}

/** The actor `id` and its direct neighbours. */
export function expandActor(id: string, signal?: AbortSignal): Promise<GraphResult> {
  return getJson<GraphResult>(`/api/expand/${encodeURIComponent(id)}`, {}, signal);
}

/** The actor `id` with every relationship the database holds for it. */
export function fetchActor(id: string, signal?: AbortSignal): Promise<ActorBody> {
  return getJson<ActorBody>(`/api/actor/${encodeURIComponent(id)}`, {}, signal);
}

/** What the graph holds of the article `id`. */
export function fetchArticle(id: string, signal?: AbortSignal): Promise<ArticleBody> {
  return getJson<ArticleBody>(`/api/article/${encodeURIComponent(id)}`, {}, signal);
}

/** Evidence per day over the whole graph. */
export function fetchTimeline(): Promise<TimelineBody> {
  return getJson<TimelineBody>('/api/timeline');
}

/** The sentences supporting the relationship source -[type]-> target. */
export function fetchEvidence(source: string, type: string, target: string, signal?: AbortSignal): Promise<EvidenceBody> {
  return getJson<EvidenceBody>('/api/evidence', { source, type, target }, signal);
}

/**
 * Hands out AbortSignals for one kind of request (the view, the panel, suggestions): each
 * new one aborts the previous, and `isCurrent` tells a late answer that it was superseded,
 * so an older reply never overwrites a newer view.
 */
export function createRequestSeries(): { next(): { signal: AbortSignal; isCurrent(): boolean } } {
  let controller: AbortController | null = null;
  let number = 0;
  return {
    next() {
      controller?.abort();
      const own = new AbortController();
      controller = own;
      const mine = ++number;
      return { signal: own.signal, isCurrent: () => mine === number };
    },
  };
}
