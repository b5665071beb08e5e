/**
 * Errors of the HTTP API. Every failure becomes JSON `{error: {message, hint?}}`
 * with a status a client can act on; never a stack trace, never credentials.
 */
import { Neo4jError } from 'neo4j-driver';
import { KgError } from '../errors.ts';
import type { ErrorBody } from './api-types.ts';

/** A failure to report to the API client as-is. */
export class ApiError extends Error {
  readonly status: 400 | 404 | 500 | 503 | 504;
  readonly hint: string | undefined;

  constructor(status: ApiError['status'], message: string, hint?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.hint = hint;
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Database.DatabaseUnavailable']);

const TIMEOUT_HINT = 'Narrow it: fewer hops, a date range, or a lower limit.';

/**
 * Maps anything thrown while answering a request to an ApiError: Neo4j being down
 * (503), a query timing out (504), a KgError from the query library (a bad
 * parameter: 400, unless it wraps a Neo4j failure) and anything else to a generic 500.
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof KgError) {
    const code = error.cause instanceof Neo4jError ? error.cause.code : '';
    if (code.includes('TransactionTimedOut')) return new ApiError(504, error.message, TIMEOUT_HINT);
    if (code) return new ApiError(500, error.message, 'This is a bug in a named query; please report it.');
    return new ApiError(400, error.message);
  }
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE.has(error.code) || error.code.startsWith('Neo.TransientError.General')) {
      return new ApiError(503, 'server: Neo4j is not reachable.', 'Check it with `kg neo4j status` (start it with `kg neo4j start`), then retry.');
    }
    if (error.code.includes('TransactionTimedOut') || error.code.includes('Transaction.Terminated')) {
      return new ApiError(504, 'server: the query took longer than the server allows and was stopped.', TIMEOUT_HINT);
    }
    return new ApiError(500, `server: Neo4j refused the query (${error.code}).`, 'This is a bug in a named query; please report it.');
  }
  return new ApiError(500, 'server: unexpected error while answering the request.', 'See the `kg serve` console for details.');
}

/** The response body for `error`. */
export function errorBody(error: ApiError): ErrorBody {
  return { error: error.hint ? { message: error.message, hint: error.hint } : { message: error.message } };
}
