/**
 * Runs the real `kg` command (`node bin/kg.js …`) as a child process, the way a user
 * does, and captures its exit code and output: what exit-code, message and secret
 * tests need to see. NEO4J_* variables of the test runner are not passed on unless given.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const KG = fileURLToPath(new URL('../../bin/kg.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface KgRun {
  /** Exit code; null when the process was killed by a signal. */
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface KgRunOptions {
  /** Extra environment variables (NEO4J_URI, NEO4J_PASSWORD, …). */
  env?: Record<string, string>;
  /** Kill the process (SIGKILL) after this long; the test then sees code null. */
  timeoutMs?: number;
  /** Send SIGINT (Ctrl-C) once the output matches, for commands that run until stopped (`kg serve`). */
  stopWhen?: RegExp;
  /** Called with the child's pid just before that SIGINT (to see what it runs at that moment). */
  beforeStop?: (pid: number) => void;
  /** Options for node itself, before the script (e.g. `--import` of a probe). */
  nodeArgs?: string[];
}

const DEFAULTS = { env: {}, timeoutMs: 120_000, nodeArgs: [] as string[] };

/** The runner's environment without NEO4J_* settings, so each test says which Neo4j it means. */
function baseEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NEO4J_')));
}

/** Runs `kg <args>` from the project root and resolves when it exits. */
export function runKg(args: readonly string[], options: KgRunOptions = {}): Promise<KgRun> {
  const { env, timeoutMs, nodeArgs } = { ...DEFAULTS, ...options };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, KG, ...args], { cwd: ROOT, env: { ...baseEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let stopped = false;
    // Once only: a second Ctrl-C would find no handler left and kill the process outright.
    const checkStop = () => {
      if (stopped || !options.stopWhen?.test(stdout + stderr)) return;
      options.beforeStop?.(child.pid!);
      stopped = child.kill('SIGINT');
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      checkStop();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      checkStop();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** True when `text` holds a JavaScript stack trace (a crash rather than a clean error). */
export const hasStackTrace = (text: string): boolean => /^\s+at .+[(:]\d+/m.test(text);
