/**
 * Getting a usable Neo4j, whatever the machine offers (see resolve.ts for the order).
 * Commands needing the database do:
 *
 *   import { ensureNeo4j, openDriver } from '../../neo4j/index.ts';
 *   const conn = await ensureNeo4j();          // starts Docker's or the managed server if needed
 *   const driver = await openDriver(conn);     // verified; KgError with advice otherwise
 *   try { ... driver.executeQuery(q, params, { database: conn.database }) ... }
 *   finally { await driver.close(); }
 *
 * `kg neo4j start|stop|status` and `kg doctor` are built on the same functions.
 */
import { KgError } from '../errors.ts';
import { type Neo4jSettings, readNeo4jSettings } from './config.ts';
import { dockerNeo4jConnection, dockerNeo4jRunning, startDockerNeo4j, stopDockerNeo4j } from './docker.ts';
import { type Neo4jConnection, openDriver, serverVersion } from './driver.ts';
import { managedInstance, runningConnection, startManaged, stopManaged } from './managed.ts';
import { type Neo4jChoice, type ResolutionProbes, resolveNeo4j } from './resolve.ts';

export { readNeo4jSettings, type Neo4jSettings } from './config.ts';
export { openDriver, serverVersion, type Neo4jConnection, type Neo4jSource } from './driver.ts';
export { resolveNeo4j, type Neo4jChoice, type Neo4jResolution } from './resolve.ts';

export interface EnsureOptions {
  /** Settings to use instead of the NEO4J_* environment variables. */
  settings?: Neo4jSettings;
  /** Progress messages while provisioning (downloading, starting). */
  onProgress?: (message: string) => void;
  /** Called about twice a second while waiting for a starting server, with the elapsed seconds. */
  onWait?: (elapsedSeconds: number) => void;
}

export interface EnsureResult {
  connection: Neo4jConnection;
  /** Server version when it was learned while starting, e.g. "5.26.30". */
  version?: string;
  /** True when a server was already running (or is external) and nothing was started. */
  alreadyRunning: boolean;
  /** PID and log file of the managed server. */
  pid?: number;
  log?: string;
}

/** Like ensureNeo4j, also saying whether something was started (for `kg neo4j start`). */
export async function startNeo4j(options: EnsureOptions = {}): Promise<EnsureResult> {
  const settings = options.settings ?? readNeo4jSettings();
  const { source, reason } = await resolveNeo4j(settings);
  switch (source) {
    case 'env':
      if (settings.password === undefined) {
        throw new KgError(
          `neo4j: NEO4J_URI is set (${settings.uri}) but NEO4J_PASSWORD is not; set NEO4J_PASSWORD (and NEO4J_USERNAME if not neo4j) for that server.`,
        );
      }
      return {
        connection: { uri: settings.uri!, username: settings.username, password: settings.password, database: settings.database, source: 'env' },
        alreadyRunning: true,
      };
    case 'docker': {
      const wasRunning = await dockerNeo4jRunning();
      return { ...(await startDockerNeo4j(options)), alreadyRunning: wasRunning };
    }
    case 'managed': {
      const instance = managedInstance();
      const { connection, version, alreadyRunning, pid } = await startManaged(instance, settings, {
        timeoutMs: settings.startTimeoutSeconds * 1000,
        onProgress: options.onProgress,
        onWait: options.onWait,
      });
      return { connection, version, alreadyRunning, pid, log: instance.consoleLog };
    }
    case 'none':
      throw new KgError(`neo4j: ${reason}`);
  }
}

/**
 * The connection to a usable Neo4j, starting Docker's or the managed server when
 * needed (idempotent: a running one is reused). Throws a KgError saying what to do
 * when no Neo4j can be had. Pass the result to `openDriver`.
 */
export async function ensureNeo4j(options: EnsureOptions = {}): Promise<Neo4jConnection> {
  return (await startNeo4j(options)).connection;
}

export interface StopResult {
  source: Neo4jChoice;
  /** What happened, for the user. */
  message: string;
}

/** Stops the server kg started (Docker service or managed process); never an external one. */
export async function stopNeo4j(options: { settings?: Neo4jSettings } = {}): Promise<StopResult> {
  const settings = options.settings ?? readNeo4jSettings();
  const { source } = await resolveNeo4j(settings);
  if (source === 'env') return { source, message: `NEO4J_URI is set (${settings.uri}): kg does not manage that server, nothing stopped.` };
  if (source === 'docker') {
    await stopDockerNeo4j();
    return { source, message: 'stopped the docker compose neo4j service (its data volume is kept).' };
  }
  const pid = await stopManaged(managedInstance());
  return { source, message: pid === undefined ? 'the managed Neo4j is not running.' : `stopped the managed Neo4j (pid ${pid}).` };
}

export interface Neo4jStatus {
  source: Neo4jChoice;
  reason: string;
  running: boolean;
  uri?: string;
  pid?: number;
  /** Log file of the managed server. */
  log?: string;
  version?: string;
  /** Why the server does not answer, when it is expected to. */
  problem?: string;
}

/** Whether the chosen Neo4j runs and answers, without starting anything. */
export async function neo4jStatus(options: { settings?: Neo4jSettings; probes?: Partial<ResolutionProbes> } = {}): Promise<Neo4jStatus> {
  const settings = options.settings ?? readNeo4jSettings();
  const { source, reason } = await resolveNeo4j(settings, options.probes);
  const status: Neo4jStatus = { source, reason, running: false };
  let connection: Neo4jConnection | undefined;
  if (source === 'env') {
    connection = { uri: settings.uri!, username: settings.username, password: settings.password ?? '', database: settings.database, source };
  } else if (source === 'docker') {
    if (await dockerNeo4jRunning()) connection = dockerNeo4jConnection();
  } else if (source === 'managed') {
    const instance = managedInstance();
    const running = await runningConnection(instance);
    status.log = instance.consoleLog;
    status.pid = running?.pid;
    connection = running?.connection;
  }
  if (!connection) return status;
  status.uri = connection.uri;
  try {
    const driver = await openDriver(connection);
    try {
      status.version = await serverVersion(driver, connection.database);
      status.running = true;
    } finally {
      await driver.close();
    }
  } catch (error) {
    status.problem = error instanceof Error ? error.message : String(error);
  }
  return status;
}
