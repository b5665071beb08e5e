/**
 * Connecting to Neo4j. The usual path for any command that needs the database:
 *
 *   const driver = await openDriver(await ensureNeo4j());   // from src/neo4j/index.ts
 *   try { await driver.executeQuery(cypher, params, { database: conn.database }) }
 *   finally { await driver.close() }
 *
 * `openDriver` checks that the server answers and accepts the credentials, and turns
 * driver failures (wrong password, nothing listening, unknown database) into KgErrors
 * saying what to do. No message ever contains the password.
 */
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { KgError } from '../errors.ts';

/** Where the server came from: NEO4J_URI, `docker compose`, or the managed local server. */
export type Neo4jSource = 'env' | 'docker' | 'managed';

/** Everything needed to open a driver on a usable Neo4j. */
export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
  source: Neo4jSource;
}

/** What to check for each source when credentials are refused or nothing answers. */
const ADVICE: Record<Neo4jSource, { auth: string; unreachable: string }> = {
  env: {
    auth: 'Check NEO4J_USERNAME and NEO4J_PASSWORD (they must match that server).',
    unreachable: 'Check NEO4J_URI, or unset it to let kg start a local Neo4j.',
  },
  docker: {
    auth: 'NEO4J_PASSWORD in .env must be the password the neo4j volume was created with (`docker compose down -v` resets it and deletes the data).',
    unreachable: 'Check `docker compose ps neo4j` and `docker compose logs neo4j`.',
  },
  managed: {
    auth: 'The password in .neo4j/password does not match the database in .neo4j/data; stop the server and delete .neo4j/data to start afresh (this deletes ' +
      'the stored graph).',
    unreachable: 'Run `kg neo4j status`, then `kg neo4j start`.',
  },
};

/** Replaces the password wherever it occurs, in case a server or driver message echoes it. */
function redact(text: string, password: string): string {
  return password ? text.split(password).join('***') : text;
}

/** Turns a driver error into a KgError with advice for the connection's source. */
export function describeDriverError(error: unknown, conn: Neo4jConnection): KgError {
  const code = error instanceof Neo4jError ? error.code : undefined;
  const detail = redact((error as Error)?.message ?? String(error), conn.password);
  const at = `Neo4j at ${conn.uri} (source: ${conn.source})`;
  const advice = ADVICE[conn.source];
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new KgError(`neo4j: ${at} refused user "${conn.username}": wrong username or password. ${advice.auth}`, { cause: error });
  }
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new KgError(`neo4j: ${at} blocks logins after too many wrong passwords; wait a few seconds, then retry with the right credentials. ${advice.auth}`, {
      cause: error,
    });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new KgError(`neo4j: ${at} has no database "${conn.database}"; set NEO4J_DATABASE to an existing one (Neo4j Community has only "neo4j").`, {
      cause: error,
    });
  }
  if (code === neo4j.error.SERVICE_UNAVAILABLE) {
    return new KgError(`neo4j: nothing answers at ${conn.uri} (source: ${conn.source}). ${advice.unreachable}`, { cause: error });
  }
  return new KgError(`neo4j: could not use ${at}: ${detail}`, { cause: error });
}

/** Errors a starting server gives before it is ready; anything else will not go away by waiting. */
function isStartupError(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return (
    error.code === neo4j.error.SERVICE_UNAVAILABLE ||
    error.code === neo4j.error.SESSION_EXPIRED ||
    error.code.startsWith('Neo.TransientError.') ||
    error.code === 'Neo.ClientError.Database.DatabaseUnavailable'
  );
}

function createDriver(conn: Neo4jConnection, config: { connectionTimeout: number; maxTransactionRetryTime?: number }): Driver {
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.username, conn.password), { ...config, userAgent: 'newsgraph-kg' });
}

/**
 * Opens a driver on `conn` and checks the server answers, accepts the credentials and
 * serves `conn.database`. Throws a KgError with advice otherwise. The caller closes it.
 */
export async function openDriver(conn: Neo4jConnection): Promise<Driver> {
  const driver = createDriver(conn, { connectionTimeout: 10_000 });
  try {
    // getServerInfo fails at once when nothing answers or the login is refused;
    // the query then checks the database (executeQuery alone would retry for 30 s).
    await driver.getServerInfo({ database: conn.database });
    await driver.executeQuery('RETURN 1', {}, { database: conn.database });
    return driver;
  } catch (error) {
    await driver.close();
    throw describeDriverError(error, conn);
  }
}

/** The server's version, e.g. "5.26.30", read from the Bolt agent string. */
export async function serverVersion(driver: Driver, database?: string): Promise<string> {
  const info = await driver.getServerInfo({ database });
  return info.agent?.replace(/^Neo4j\//, '') ?? 'unknown';
}

/**
 * Polls until `conn` answers a query, for at most `timeoutMs`. Before each attempt
 * `check()` may throw to give up early (e.g. the server process exited); `onWait`
 * is called with the elapsed seconds while waiting. Resolves to the server version.
 */
export async function waitForBolt(
  conn: Neo4jConnection,
  options: { timeoutMs: number; check?: () => void; onWait?: (elapsedSeconds: number) => void },
): Promise<string> {
  const started = Date.now();
  for (;;) {
    options.check?.();
    // No retries inside an attempt: this loop is the retry, and it checks `check()` in between.
    const driver = createDriver(conn, { connectionTimeout: 2_000, maxTransactionRetryTime: 0 });
    try {
      await driver.executeQuery('RETURN 1', {}, { database: conn.database });
      return await serverVersion(driver, conn.database);
    } catch (error) {
      if (!isStartupError(error)) throw describeDriverError(error, conn);
    } finally {
      await driver.close();
    }
    const elapsed = Date.now() - started;
    if (elapsed >= options.timeoutMs) {
      throw new KgError(
        `neo4j: ${conn.uri} did not answer within ${Math.round(options.timeoutMs / 1000)} s (source: ${conn.source}); raise NEO4J_START_TIMEOUT if this ` +
          `machine is slow.`,
      );
    }
    options.onWait?.(Math.round(elapsed / 1000));
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
