/**
 * The defaults of the kg commands' options, in one place; `kg <command> --help` shows
 * them. Defaults shared with the API (query limit and timeout) and the loader (batch
 * size) come from the modules that apply them.
 */
import { availableParallelism } from 'node:os';
import { LOAD_DEFAULTS } from '../graph/loader.ts';
import { QUERY_DEFAULTS } from '../queries/run.ts';

export const CLI_DEFAULTS = {
  /** Most rows (or nodes and edges) `kg query` and `kg cypher` return. */
  queryLimit: QUERY_DEFAULTS.limit,
  /** Server-side timeout of `kg query` and `kg cypher`, in milliseconds. */
  queryTimeoutMs: QUERY_DEFAULTS.timeoutMs,
  /** Most nodes and edges `kg export` writes: a whole graph, so far more than a query shows. */
  exportLimit: 50_000,
  exportTimeoutMs: 60_000,
  /** Candidates `kg candidates` lists. */
  candidates: 50,
  /** Articles `kg seed` writes per transaction. */
  batchSize: LOAD_DEFAULTS.batchSize,
  /** Articles `kg seed` extracts into one document before loading it: memory follows this, not the corpus. */
  chunkArticles: 500,
  /** Extraction threads of `kg extract` and `kg seed`: one per core, at most 8 (each holds its own model and catalog, ≈ 250 MB). */
  jobs: Math.min(availableParallelism(), 8),
} as const;
