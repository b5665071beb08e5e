/**
 * Runs named queries and ad-hoc read queries, always in a READ transaction with a
 * server-side timeout and a cap on what comes back. `runCypher` (for `kg cypher`)
 * also refuses anything that is not a single read-only statement before running it.
 */
import neo4j, { Neo4jError, type Driver, type Plan } from 'neo4j-driver';
import { KgError } from '../errors.ts';
import { splitStatements } from '../graph/cypher-text.ts';
import { loadQueryLibrary, type QueryLibrary } from './library.ts';
import { coerceParams } from './params.ts';
import { GraphResultBuilder, TableResultBuilder, type QueryResult } from './result.ts';

export interface RunOptions {
  database?: string;
  /** Server-side transaction timeout. */
  timeoutMs?: number;
  /** Most nodes and most edges of a graph result, or rows of a table. */
  limit?: number;
  /** Defaults to the library in queries/. */
  library?: QueryLibrary;
}

/** Server-side timeout and result cap of every query: the API's and `kg query`/`kg cypher`'s defaults too. */
export const QUERY_DEFAULTS = { timeoutMs: 10_000, limit: 2_000 };

/** The named query `name` and its driver-ready parameters; throws a KgError for an unknown query or a bad parameter. */
export function resolveNamedQuery(name: string, params: Record<string, unknown>, library: QueryLibrary = loadQueryLibrary()) {
  const query = library.get(name);
  if (!query) throw new KgError(`query: there is no query named "${name}"; known queries: ${[...library.keys()].join(', ')} (see \`kg query --list\`).`);
  return { query, params: coerceParams(query, params) };
}

/** Runs the named query `name` with `params` (strings are coerced by the declared types). */
export async function runNamedQuery(driver: Driver, name: string, params: Record<string, unknown>, options: RunOptions = {}): Promise<QueryResult> {
  const resolved = resolveNamedQuery(name, params, options.library);
  return runRead(driver, resolved.query.text, resolved.params, resolved.query.returns, options, `query ${name}`);
}

/** The one statement of `text`; a KgError when there is none or several. */
export function singleStatement(text: string): string {
  const statements = splitStatements(text);
  if (statements.length !== 1) throw new KgError(`cypher: give exactly one statement (got ${statements.length}); run them one at a time.`);
  return statements[0]!;
}

/**
 * Runs one read-only Cypher statement as a table. Refuses `;`-chained statements and,
 * after an EXPLAIN, anything that would write or reach outside the graph (LOAD CSV,
 * server settings, other sessions); the READ session is the second guard.
 */
export async function runCypher(
  driver: Driver,
  text: string,
  params: Record<string, unknown>,
  options: Omit<RunOptions, 'library'> = {},
): Promise<QueryResult> {
  const statement = singleStatement(text);
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
  let queryType: string;
  let plan: Plan | false;
  try {
    const explained = await session.executeRead((tx) => tx.run(`EXPLAIN ${statement}`, params));
    queryType = explained.summary.queryType;
    plan = explained.summary.plan;
  } catch (error) {
    throw describeQueryError(error, 'cypher', options.timeoutMs ?? QUERY_DEFAULTS.timeoutMs);
  } finally {
    await session.close();
  }
  // 'r' read only; 'rw', 'w' and 's' (schema) all change the database.
  if (queryType !== 'r') {
    const write = `the query would write to the database (query type "${queryType}")`;
    throw new KgError(`cypher: refused: ${write}; kg cypher only runs read queries. Use \`kg seed\` to change the graph.`);
  }
  const outside = findOperator(plan, OUTSIDE_THE_GRAPH);
  if (outside) {
    const reach = 'which reaches outside the graph (files, URLs, server settings or other sessions)';
    throw new KgError(`cypher: refused: the query uses ${outside}, ${reach}; kg cypher only reads the graph.`);
  }
  return runRead(driver, statement, params, 'table', options, 'cypher');
}

/**
 * Plan operators that Neo4j counts as reads but that reach outside the graph: LOAD CSV
 * fetches files and URLs, SHOW SETTINGS and SHOW TRANSACTIONS reveal the server's
 * configuration and other sessions' queries, TERMINATE TRANSACTIONS ends them.
 */
const OUTSIDE_THE_GRAPH = new Set(['LoadCSV', 'ShowSettings', 'ShowTransactions', 'TerminateTransactions']);

/** The first operator of `plan` (depth first) whose name, without its `@runtime` suffix, is in `names`. */
function findOperator(plan: Plan | false, names: ReadonlySet<string>): string | undefined {
  if (!plan) return undefined;
  const name = plan.operatorType.split('@')[0]!;
  if (names.has(name)) return name;
  for (const child of plan.children) {
    const found = findOperator(child, names);
    if (found) return found;
  }
  return undefined;
}

async function runRead(
  driver: Driver,
  text: string,
  params: Record<string, unknown>,
  returns: 'graph' | 'table',
  options: RunOptions,
  what: string,
): Promise<QueryResult> {
  const settings = { ...QUERY_DEFAULTS, ...options };
  const session = driver.session({ database: settings.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead(
      async (tx) => {
        const builder = returns === 'graph' ? new GraphResultBuilder(settings.limit) : new TableResultBuilder(settings.limit);
        const result = tx.run(text, params);
        if (builder instanceof TableResultBuilder) builder.setColumns((await result.keys()).map(String));
        for await (const record of result) if (!builder.add(record)) break;
        return builder.build();
      },
      { timeout: settings.timeoutMs },
    );
  } catch (error) {
    throw describeQueryError(error, what, settings.timeoutMs);
  } finally {
    await session.close();
  }
}

/** A KgError for a failed query: timeout, refused write or Cypher error, with what to do. */
function describeQueryError(error: unknown, what: string, timeoutMs: number): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code.includes('TransactionTimedOut')) {
    const advice = 'narrow it (fewer hops, a smaller limit, a date range) or raise --timeout';
    return new KgError(`${what}: timed out after ${timeoutMs / 1000} s; ${advice}.`, { cause: error });
  }
  if (error.code === 'Neo.ClientError.Statement.AccessMode' || error.code.startsWith('Neo.ClientError.Security.Forbidden')) {
    return new KgError(`${what}: refused: writes are not allowed here (read-only session).`, { cause: error });
  }
  if (error.code.startsWith('Neo.ClientError.')) return new KgError(`${what}: Neo4j rejected the query: ${error.message}`, { cause: error });
  return error;
}
