/**
 * Typed client of the `kg serve` JSON API. Every call resolves to the parsed body
 * or throws an ApiRequestError carrying the server's message and hint.
 */
import type { SerializedGraph } from 'graphology-types';

export interface QueryParam {
  name: string;
  type: string;
  default?: unknown;
  description: string;
}

export interface QueryDefinition {
  name: string;
  description: string;
  params: QueryParam[];
  returns: 'graph' | 'table';
}

export type GraphResult = { kind: 'graph'; graph: SerializedGraph; truncated: boolean };
export type TableResult = { kind: 'table'; columns: string[]; rows: Record<string, unknown>[]; truncated: boolean };
export type QueryResult = GraphResult | TableResult;

/** One sentence supporting a relationship, as returned by `/api/evidence`. */
export interface EvidenceRow {
  text: string;
  article: string;
  title: string | null;
  source: string | null;
  date: string | null;
  start: number;
  end: number;
  triggerStart: number | null;
  triggerEnd: number | null;
}

export interface Suggestion {
  id: string;
  name: string;
  type: string;
}

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

async function getJson<T>(path: string, params: Record<string, string> = {}): Promise<T> {
  const query = new URLSearchParams(params).toString();
  let response: Response;
  try {
    response = await fetch(query ? `${path}?${query}` : path, { headers: { accept: 'application/json' } });
  } catch {
    throw new ApiRequestError('The viewer cannot reach the kg server.', 0, 'Check that `kg serve` is still running.');
  }
  const body = (await response.json().catch(() => null)) as { error?: { message: string; hint?: string } } | null;
  if (!response.ok || body === null) {
    const message = body?.error?.message ?? `The server answered ${response.status} ${response.statusText}.`;
    throw new ApiRequestError(message, response.status, body?.error?.hint);
  }
  return body as T;
}

/** The named queries the server offers, with their parameters. */
export async function listQueries(): Promise<QueryDefinition[]> {
  return (await getJson<{ queries: QueryDefinition[] }>('/api/queries')).queries;
}

/** Runs a named query; `params` are sent as strings and validated by the server. */
export function runQuery(name: string, params: Record<string, string>): Promise<QueryResult> {
  return getJson<QueryResult>(`/api/query/${encodeURIComponent(name)}`, params);
}

/** Actors whose name or alias matches `q`. */
export async function searchActors(q: string): Promise<Suggestion[]> {
  return (await getJson<{ suggestions: Suggestion[] }>('/api/search', { q })).suggestions;
}

/** The actor `id` and its direct neighbours. */
export function expandActor(id: string): Promise<GraphResult> {
  return getJson<GraphResult>(`/api/expand/${encodeURIComponent(id)}`);
}

/** The sentences supporting the relationship source -[type]-> target. */
export async function fetchEvidence(source: string, type: string, target: string): Promise<{ rows: EvidenceRow[]; truncated: boolean }> {
  return getJson<{ rows: EvidenceRow[]; truncated: boolean }>('/api/evidence', { source, type, target });
}
