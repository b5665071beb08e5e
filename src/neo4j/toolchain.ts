/**
 * Finding the external tools the Neo4j provisioning depends on (Java, Maven, Docker)
 * and their versions. Used to pick a Neo4j source and by `kg doctor`.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';

export interface CommandResult {
  /** Exit code; null when the program did not exit by itself (not installed, or timed out). */
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when the program is not installed (or not executable). */
  notFound: boolean;
}

/** Runs a program without a shell and collects its output; never throws. */
export function runCommand(
  file: string,
  args: string[],
  options: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd: options.cwd, env: options.env, timeout: options.timeoutMs ?? 30_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        const notFound = error?.code === 'ENOENT' || error?.code === 'EACCES';
        resolve({ code, stdout: String(stdout), stderr: String(stderr), notFound });
      },
    );
  });
}

/** The last `count` non-empty lines of some program output, without colour codes, for error messages. */
export function lastLines(text: string, count: number): string {
  const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
  return plain.split('\n').filter((line) => line.trim()).slice(-count).join('\n');
}

export interface ToolStatus {
  available: boolean;
  /** Version string as the tool reports it, when available. */
  version?: string;
  /** Why the tool is unusable, when it is not available. */
  problem?: string;
}

/** Oldest Java major version Neo4j 5.26 runs on. */
export const MIN_JAVA_MAJOR = 17;

/** The `java` executable: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` from PATH. */
export function javaExecutable(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Extracts the major version from `java -version` output ("1.8.0_392" → 8, "17.0.15" → 17). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** Java must be installed and at least version 17. */
export async function probeJava(): Promise<ToolStatus> {
  const java = javaExecutable();
  const result = await runCommand(java, ['-version'], { timeoutMs: 15_000 });
  if (result.notFound)
    return { available: false, problem: `${java} not found; install Java ${MIN_JAVA_MAJOR} or later (e.g. apt-get install openjdk-17-jre-headless)` };
  const output = result.stderr + result.stdout;
  const major = parseJavaMajor(output);
  const version = /version "([^"]+)"/.exec(output)?.[1];
  if (major === undefined) return { available: false, problem: `could not read the version printed by ${java} -version` };
  if (major < MIN_JAVA_MAJOR) {
    return {
      available: false,
      version,
      problem: `Java ${version} is too old; Neo4j 5.26 needs Java ${MIN_JAVA_MAJOR} or later (set JAVA_HOME to a newer JDK)`,
    };
  }
  return { available: true, version };
}

/** Maven is only needed while the Neo4j jars are not downloaded yet. */
export async function probeMaven(): Promise<ToolStatus> {
  const result = await runCommand('mvn', ['-v', '-B'], { timeoutMs: 30_000 });
  if (result.notFound) return { available: false, problem: 'mvn not found; install Maven (e.g. apt-get install maven)' };
  if (result.code !== 0) return { available: false, problem: `mvn -v failed: ${lastLines(result.stdout + result.stderr, 3)}` };
  const version = /Apache Maven (\S+)/.exec(result.stdout)?.[1];
  return { available: true, version };
}

/** Docker counts only when the engine answers (`docker info`), not when just the client is installed. */
export async function probeDocker(): Promise<ToolStatus> {
  const result = await runCommand('docker', ['info', '--format', '{{.ServerVersion}}'], { timeoutMs: 15_000 });
  if (result.notFound) return { available: false, problem: 'docker not found' };
  const version = result.stdout.trim();
  if (result.code !== 0 || !version) return { available: false, problem: 'the docker client is installed but no Docker engine answers (`docker info` fails)' };
  return { available: true, version };
}
