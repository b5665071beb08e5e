/**
 * The managed local Neo4j Community server: a detached `java` process run from the
 * Maven-provided jars, with a generated neo4j.conf, a random password kept in an
 * owner-only file, and a state file recording its PID and Bolt port.
 *
 * An instance is a home directory: `.neo4j/` for `kg neo4j start`, or a temporary
 * directory for the throwaway servers of the integration tests.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, closeSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { KgError } from '../errors.ts';
import { MANAGED_DIR } from './config.ts';
import { type Neo4jConnection, waitForBolt } from './driver.ts';
import { withFileLock } from './file-lock.ts';
import { isPortFree } from './ports.ts';
import { LIB_DIR, ensureRuntimeLibs } from './runtime-libs.ts';
import { LOOPBACK, SERVER_MAIN_CLASS, type ServerLayout, type ServerTuning, renderNeo4jConf, serverJavaArgs } from './server-conf.ts';
import { javaExecutable, lastLines, probeJava, runCommand } from './toolchain.ts';

/** Files of one managed instance. */
export interface ManagedInstance extends ServerLayout {
  /** Owner-only file with the neo4j user's password. */
  passwordFile: string;
  /** JSON `{ pid, boltPort }` of the running server: our PID file. */
  stateFile: string;
  /** The server's stdout and stderr. */
  consoleLog: string;
}

/** The files of the instance living in `home` (default: the project's .neo4j). */
export function managedInstance(home = MANAGED_DIR, libDir = LIB_DIR): ManagedInstance {
  return {
    home,
    libDir,
    confDir: path.join(home, 'conf'),
    passwordFile: path.join(home, 'password'),
    stateFile: path.join(home, 'server.json'),
    consoleLog: path.join(home, 'logs', 'console.log'),
  };
}

interface ServerState {
  pid: number;
  boltPort: number;
}

export interface RunningServer extends ServerState {
  uri: string;
}

const boltUri = (port: number) => `bolt://${LOOPBACK}:${port}`;

/** True when `pid` is the Neo4j java process of this instance (not a recycled PID). */
async function isInstanceProcess(pid: number, instance: ManagedInstance): Promise<boolean> {
  const result = await runCommand('ps', ['-o', 'args=', '-p', String(pid)], { timeoutMs: 5_000 });
  const args = result.stdout;
  return result.code === 0 && args.includes(SERVER_MAIN_CLASS) && args.includes(`--home-dir=${instance.home}`);
}

/** The running server of `instance`, or undefined (a stale state file is removed). */
export async function runningServer(instance: ManagedInstance): Promise<RunningServer | undefined> {
  let state: ServerState;
  try {
    state = JSON.parse(await fs.readFile(instance.stateFile, 'utf8')) as ServerState;
  } catch {
    return undefined;
  }
  if (Number.isInteger(state.pid) && (await isInstanceProcess(state.pid, instance))) {
    return { ...state, uri: boltUri(state.boltPort) };
  }
  await fs.rm(instance.stateFile, { force: true });
  return undefined;
}

/** Reads the instance's password file; a KgError when it is missing. */
async function readPassword(instance: ManagedInstance): Promise<string> {
  try {
    return (await fs.readFile(instance.passwordFile, 'utf8')).trim();
  } catch {
    throw new KgError(
      `neo4j: the managed database in ${path.join(instance.home, 'data')} exists but its password file ${instance.passwordFile} is missing. Delete ` +
        `${path.join(instance.home, 'data')} to start afresh (this deletes the stored graph).`,
    );
  }
}

/** A random password for a managed server: base64url with a letter first, since neo4j-admin takes an argument starting with "-" for an option. */
export function newPassword(): string {
  return `n${randomBytes(18).toString('base64url')}`;
}

/**
 * Gives the neo4j user a random password before the very first start. Neo4j reads it
 * from the owner-only password file as a picocli @-file rather than from the command
 * line, where other users could see it in `ps`. The password is base64url, so the
 * file holds exactly one argument.
 */
async function setInitialPassword(instance: ManagedInstance): Promise<string> {
  const password = newPassword();
  await fs.writeFile(instance.passwordFile, `${password}\n`, { mode: 0o600 });
  await fs.chmod(instance.passwordFile, 0o600); // `mode` only applies when the file is created
  const result = await runCommand(
    javaExecutable(),
    ['-cp', path.join(instance.libDir, '*'), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', `@${instance.passwordFile}`],
    { env: { ...process.env, NEO4J_HOME: instance.home, NEO4J_CONF: instance.confDir }, timeoutMs: 120_000 },
  );
  if (result.code !== 0) {
    await fs.rm(instance.passwordFile, { force: true });
    throw new KgError(`neo4j: setting the initial password failed (neo4j-admin dbms set-initial-password):\n${lastLines(result.stdout + result.stderr, 20)}`);
  }
  return password;
}

/** Last lines of the console log with its path, for failed starts. */
async function logTail(instance: ManagedInstance): Promise<string> {
  const log = await fs.readFile(instance.consoleLog, 'utf8').catch(() => '');
  return `Last lines of ${instance.consoleLog}:\n${lastLines(log, 20) || '(empty)'}`;
}

function managedConnection(uri: string, password: string): Neo4jConnection {
  return { uri, username: 'neo4j', password, database: 'neo4j', source: 'managed' };
}

/** The connection to the instance's running server and its PID, or undefined when it is not running. */
export async function runningConnection(instance: ManagedInstance): Promise<{ connection: Neo4jConnection; pid: number } | undefined> {
  const running = await runningServer(instance);
  if (!running) return undefined;
  return { connection: managedConnection(running.uri, await readPassword(instance)), pid: running.pid };
}

export interface StartOptions {
  timeoutMs: number;
  /** Progress messages: downloading, starting. */
  onProgress?: (message: string) => void;
  /** Called about twice a second while waiting for Bolt, with the elapsed seconds. */
  onWait?: (elapsedSeconds: number) => void;
}

export interface StartResult {
  connection: Neo4jConnection;
  version?: string;
  pid: number;
  /** True when the instance was already running and nothing was started. */
  alreadyRunning: boolean;
}

/**
 * Starts the instance unless it is running, waiting until Bolt answers. Downloads
 * the jars first when needed. Fails with a KgError (and the log tail) when Java is
 * missing, the port is taken, or the server dies or does not answer in time.
 */
export async function startManaged(instance: ManagedInstance, tuning: ServerTuning, options: StartOptions): Promise<StartResult> {
  await fs.mkdir(instance.home, { recursive: true });
  // A concurrent start waits here, then finds the server running. Maven may take a while on first use.
  return withFileLock(path.join(instance.home, 'start.lock'), () => startUnlocked(instance, tuning, options), options.timeoutMs + 30 * 60_000);
}

async function startUnlocked(instance: ManagedInstance, tuning: ServerTuning, options: StartOptions): Promise<StartResult> {
  const running = await runningConnection(instance);
  if (running) return { ...running, alreadyRunning: true };
  const java = await probeJava();
  if (!java.available) throw new KgError(`neo4j: cannot start the managed Neo4j: ${java.problem}. Or set NEO4J_URI to use an existing server.`);
  await ensureRuntimeLibs({ libDir: instance.libDir, onProgress: options.onProgress });
  if (!(await isPortFree(tuning.boltPort, LOOPBACK))) {
    throw new KgError(
      `neo4j: port ${tuning.boltPort} on ${LOOPBACK} is already in use by another program, so the managed Neo4j cannot listen there. Pick another port ` +
        `with NEO4J_BOLT_PORT (e.g. NEO4J_BOLT_PORT=${tuning.boltPort + 1}), stop that program, or, if it is a Neo4j you want to use, set ` +
        `NEO4J_URI=${boltUri(tuning.boltPort)} and NEO4J_PASSWORD.`,
    );
  }
  if (tuning.httpPort && !(await isPortFree(tuning.httpPort, LOOPBACK))) {
    throw new KgError(`neo4j: port ${tuning.httpPort} on ${LOOPBACK} (NEO4J_HTTP_PORT) is already in use; pick another port or unset NEO4J_HTTP_PORT.`);
  }

  await fs.mkdir(instance.confDir, { recursive: true });
  await fs.mkdir(path.dirname(instance.consoleLog), { recursive: true });
  await fs.writeFile(path.join(instance.confDir, 'neo4j.conf'), renderNeo4jConf(instance, tuning));
  const firstStart = !existsSync(path.join(instance.home, 'data', 'dbms', 'auth.ini'));
  const password = firstStart ? await setInitialPassword(instance) : await readPassword(instance);

  options.onProgress?.(`starting Neo4j at ${boltUri(tuning.boltPort)} (log: ${instance.consoleLog})`);
  // One console log per start, so its tail is about this start (neo4j.log keeps the history).
  const logFd = openSync(instance.consoleLog, 'w');
  const child = spawn(javaExecutable(), serverJavaArgs(instance, tuning), { cwd: instance.home, detached: true, stdio: ['ignore', logFd, logFd] });
  closeSync(logFd);
  let exitCode: number | null | undefined;
  child.once('exit', (code, signal) => (exitCode = code ?? (signal ? -1 : null)));
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new KgError(`neo4j: could not run ${javaExecutable()}. ${await logTail(instance)}`);
  await fs.writeFile(instance.stateFile, `${JSON.stringify({ pid, boltPort: tuning.boltPort } satisfies ServerState)}\n`);

  const connection = managedConnection(boltUri(tuning.boltPort), password);
  try {
    const version = await waitForBolt(connection, {
      timeoutMs: options.timeoutMs,
      check: () => {
        if (exitCode !== undefined) throw new KgError(`neo4j: the server exited during startup (code ${exitCode}).`);
      },
      onWait: options.onWait,
    });
    return { connection, version, pid, alreadyRunning: false };
  } catch (error) {
    if (exitCode === undefined) await stopManaged(instance);
    await fs.rm(instance.stateFile, { force: true });
    const message = error instanceof KgError ? error.message : String(error);
    throw new KgError(`${message}\n${await logTail(instance)}`, { cause: error });
  }
}

/**
 * Stops the instance's server if it runs: SIGTERM, then SIGKILL after `timeoutMs`.
 * Only a PID verified to be this instance's java process is signalled.
 * Resolves to the PID that was stopped, or undefined when nothing ran.
 */
export async function stopManaged(instance: ManagedInstance, timeoutMs = 60_000): Promise<number | undefined> {
  const running = await runningServer(instance);
  if (!running) return undefined;
  const { pid } = running;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while ((await isInstanceProcess(pid, instance)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (await isInstanceProcess(pid, instance)) process.kill(pid, 'SIGKILL');
  await fs.rm(instance.stateFile, { force: true });
  return pid;
}
