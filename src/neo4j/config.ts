/**
 * Neo4j settings read from the environment, validated once, with the project's
 * defaults. Everything else in src/neo4j takes a `Neo4jSettings` instead of reading
 * process.env itself, so tests can pass their own.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../errors.ts';

/** Root of the checkout (the directory holding package.json and pom.xml). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the managed server keeps its jars, config, data, logs and password (gitignored). */
export const MANAGED_DIR = path.join(PROJECT_ROOT, '.neo4j');

/** The Maven project listing the Neo4j Community jars. */
export const POM_FILE = path.join(PROJECT_ROOT, 'pom.xml');

export interface Neo4jSettings {
  /** NEO4J_URI: an existing server to use; when set nothing is ever started. */
  uri?: string;
  /** NEO4J_USERNAME (default neo4j). */
  username: string;
  /** NEO4J_PASSWORD: the password of the NEO4J_URI server, or of the Docker one. */
  password?: string;
  /** NEO4J_DATABASE (default neo4j). */
  database: string;
  /** NEO4J_BOLT_PORT: Bolt port of the managed or Docker server (default 7687). */
  boltPort: number;
  /** NEO4J_HTTP_PORT: enables the managed server's HTTP connector on this port (off by default). */
  httpPort?: number;
  /** NEO4J_HEAP: JVM heap of the managed server, e.g. 2g (default 2g). */
  heap: string;
  /** NEO4J_PAGECACHE: page cache of the managed server, e.g. 2g (default 2g). */
  pagecache: string;
  /** NEO4J_START_TIMEOUT: seconds to wait for a starting server to answer (default 120). */
  startTimeoutSeconds: number;
}

export const DEFAULT_SETTINGS = {
  username: 'neo4j',
  database: 'neo4j',
  boltPort: 7687,
  heap: '2g',
  pagecache: '2g',
  startTimeoutSeconds: 120,
} as const satisfies Partial<Neo4jSettings>;

const MEMORY_SIZE = /^\d+[kmg]$/i;

function parsePort(name: string, value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new KgError(`neo4j config: ${name}="${value}" is not a port number; set it to an integer between 1 and 65535 (or unset it).`);
  }
  return port;
}

function parseMemory(name: string, value: string): string {
  if (!MEMORY_SIZE.test(value)) {
    throw new KgError(`neo4j config: ${name}="${value}" is not a memory size; use a number followed by k, m or g, e.g. ${name}=2g.`);
  }
  return value.toLowerCase();
}

function parseSeconds(name: string, value: string): number {
  const seconds = Number(value);
  if (!/^\d+$/.test(value) || seconds < 1) {
    throw new KgError(`neo4j config: ${name}="${value}" is not a number of seconds; use a positive integer, e.g. ${name}=120.`);
  }
  return seconds;
}

/**
 * Reads and validates the NEO4J_* variables. Throws a KgError naming the variable
 * when one is malformed. Empty variables count as unset.
 */
export function readNeo4jSettings(env: NodeJS.ProcessEnv = process.env): Neo4jSettings {
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };
  const uri = get('NEO4J_URI');
  if (uri && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/\s]+/.test(uri)) {
    throw new KgError(`neo4j config: NEO4J_URI="${uri}" is not a Bolt URI; use e.g. NEO4J_URI=bolt://127.0.0.1:7687 or neo4j+s://host:7687.`);
  }
  const httpPort = get('NEO4J_HTTP_PORT');
  const boltPort = get('NEO4J_BOLT_PORT');
  const heap = get('NEO4J_HEAP');
  const pagecache = get('NEO4J_PAGECACHE');
  const timeout = get('NEO4J_START_TIMEOUT');
  return {
    ...DEFAULT_SETTINGS,
    uri,
    username: get('NEO4J_USERNAME') ?? DEFAULT_SETTINGS.username,
    password: env.NEO4J_PASSWORD || undefined,
    database: get('NEO4J_DATABASE') ?? DEFAULT_SETTINGS.database,
    ...(boltPort && { boltPort: parsePort('NEO4J_BOLT_PORT', boltPort) }),
    ...(httpPort && { httpPort: parsePort('NEO4J_HTTP_PORT', httpPort) }),
    ...(heap && { heap: parseMemory('NEO4J_HEAP', heap) }),
    ...(pagecache && { pagecache: parseMemory('NEO4J_PAGECACHE', pagecache) }),
    ...(timeout && { startTimeoutSeconds: parseSeconds('NEO4J_START_TIMEOUT', timeout) }),
  };
}
