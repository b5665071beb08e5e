/**
 * Neo4j from Docker: the `neo4j` service of docker-compose.yml, started with
 * `docker compose up -d neo4j`. Its password and port come from the environment or,
 * like for docker compose itself, from the project's .env file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { KgError } from '../errors.ts';
import { type Neo4jSettings, PROJECT_ROOT, readNeo4jSettings } from './config.ts';
import { type Neo4jConnection, waitForBolt } from './driver.ts';
import { lastLines, runCommand } from './toolchain.ts';

/** The compose service running Neo4j. */
export const COMPOSE_SERVICE = 'neo4j';

const DOT_ENV = path.join(PROJECT_ROOT, '.env');

/** Parses KEY=VALUE lines of a .env file (comments, blank lines and surrounding quotes allowed). */
export function parseDotEnv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    const [, key, raw] = match as unknown as [string, string, string];
    values[key] = /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
  }
  return values;
}

/** Settings as docker compose sees them: the environment wins over .env. */
export function dockerSettings(env: NodeJS.ProcessEnv = process.env, dotEnvFile = DOT_ENV): Neo4jSettings {
  let dotEnv: Record<string, string> = {};
  try {
    dotEnv = parseDotEnv(readFileSync(dotEnvFile, 'utf8'));
  } catch {
    // No .env: the environment alone must provide the password.
  }
  return readNeo4jSettings({ ...dotEnv, ...env });
}

function compose(args: string[], timeoutMs = 120_000) {
  return runCommand('docker', ['compose', ...args], { cwd: PROJECT_ROOT, timeoutMs });
}

function dockerConnection(settings: Neo4jSettings): Neo4jConnection {
  if (!settings.password) {
    throw new KgError(
      'neo4j: Docker is used for Neo4j but no password is set; copy .env.example to .env and choose a NEO4J_PASSWORD there (or set NEO4J_URI to use ' +
        'another server).',
    );
  }
  return {
    uri: `bolt://127.0.0.1:${settings.boltPort}`,
    username: 'neo4j',
    password: settings.password,
    database: settings.database,
    source: 'docker',
  };
}

/** True when the compose service's container is running. */
export async function dockerNeo4jRunning(): Promise<boolean> {
  const result = await compose(['ps', '--status', 'running', '--quiet', COMPOSE_SERVICE], 30_000);
  return result.code === 0 && result.stdout.trim() !== '';
}

/** Starts (or finds running) the compose service and waits until Bolt answers. */
export async function startDockerNeo4j(
  options: { onProgress?: (message: string) => void; onWait?: (elapsedSeconds: number) => void } = {},
): Promise<{ connection: Neo4jConnection; version: string }> {
  const settings = dockerSettings();
  const connection = dockerConnection(settings);
  options.onProgress?.(`docker compose up -d ${COMPOSE_SERVICE}`);
  const result = await compose(['up', '--detach', COMPOSE_SERVICE], 15 * 60_000);
  if (result.code !== 0) {
    throw new KgError(`neo4j: \`docker compose up -d ${COMPOSE_SERVICE}\` failed; its last lines:\n${lastLines(result.stdout + result.stderr, 20)}`);
  }
  const version = await waitForBolt(connection, {
    timeoutMs: settings.startTimeoutSeconds * 1000,
    onWait: options.onWait,
  });
  return { connection, version };
}

/** The connection to the compose service (it may not be running). */
export function dockerNeo4jConnection(): Neo4jConnection {
  return dockerConnection(dockerSettings());
}

/** Stops the compose service's container (its volume, hence the data, is kept). */
export async function stopDockerNeo4j(): Promise<void> {
  const result = await compose(['stop', COMPOSE_SERVICE]);
  if (result.code !== 0) throw new KgError(`neo4j: \`docker compose stop ${COMPOSE_SERVICE}\` failed:\n${lastLines(result.stdout + result.stderr, 20)}`);
}
