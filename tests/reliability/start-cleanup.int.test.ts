/**
 * `kg start` cleans up after itself: Ctrl-C (SIGINT), while it serves or while it seeds,
 * stops the viewer server it started and says so, leaves a Neo4j it found already running alone (here the test server, given
 * by NEO4J_URI), and leaves no process of its own behind. Which Neo4j it stops is decided
 * by releaseNeo4j, tested below for the three cases.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { releaseNeo4j } from '../../src/cli/commands/start.ts';
import { openDriver } from '../../src/neo4j/index.ts';
import { writeCorpus } from '../../src/synth/write-corpus.ts';
import { neo4jEnv, testConnection } from '../helpers/neo4j.ts';
import { hasStackTrace, runKg } from './run-kg.ts';

const ARTICLE = fileURLToPath(new URL('../../seed/articles/000_590bbe6cddf5b072.txt', import.meta.url));

/** Every live process whose parent chain leads to `pid`, as "pid command". */
function descendants(pid: number): string[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line)!)
    .map(([, child, parent, args]) => ({ pid: Number(child), ppid: Number(parent), args: args! }));
  const found: { pid: number; args: string }[] = [];
  const pending = [pid];
  while (pending.length > 0) {
    const parent = pending.pop()!;
    for (const entry of table) {
      if (entry.ppid !== parent || found.some((known) => known.pid === entry.pid)) continue;
      pending.push(entry.pid);
      found.push(entry);
    }
  }
  return found.map((entry) => `${entry.pid} ${entry.args.slice(0, 120)}`);
}

const alive = (entry: string) => {
  try {
    process.kill(Number.parseInt(entry, 10), 0);
    return true;
  } catch {
    return false;
  }
};

/** The processes of `list` still alive after up to `ms` (a child may take a moment to see its parent gone). */
async function survivors(list: string[], ms = 5_000): Promise<string[]> {
  for (const end = Date.now() + ms; list.some(alive) && Date.now() < end; ) await new Promise((resolve) => setTimeout(resolve, 100));
  return list.filter(alive);
}

describe('kg start and Ctrl-C', () => {
  const connection = testConnection();
  const env = neo4jEnv(connection);

  it('stops the viewer it started, leaves the already-running Neo4j alone, and leaves no process behind', async () => {
    let children: string[] = [];
    const run = await runKg(['start', '--port', '0', ARTICLE], {
      env,
      timeoutMs: 240_000,
      stopWhen: /viewer and API on http/,
      // Sampled while it serves, just before the Ctrl-C: whatever it started is among these.
      beforeStop: (pid) => (children = descendants(pid)),
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^kg start: stopped the viewer and API on http:\/\/127\.0\.0\.1:\d+\/?\.$/m);
    expect(run.stderr).toContain(`kg start: Neo4j at ${connection.uri} was already running: left it running.`);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(await survivors(children)).toEqual([]);
    const driver = await openDriver(connection);
    await driver.close();
  });

  it('while seeding: says so, leaves the running Neo4j alone, exits 130 with no process behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsgraph-start-interrupt-'));
    try {
      await writeCorpus({ out: dir, articles: 400, format: 'jsonl' });
      let children: string[] = [];
      // The first progress line comes after the first committed batch: the seed is under way.
      const run = await runKg(['start', '--port', '0', join(dir, 'articles.jsonl')], {
        env,
        timeoutMs: 240_000,
        stopWhen: /kg seed: extracting and loading: \d+\/400/,
        beforeStop: (pid) => (children = descendants(pid)),
      });
      expect(run.code, run.stderr).toBe(130);
      expect(run.stderr).toContain('kg start: interrupted while seeding; batches committed so far stay in the graph.');
      expect(run.stderr).toContain(`kg start: Neo4j at ${connection.uri} was already running: left it running.`);
      expect(run.stdout).not.toMatch(/viewer and API on/);
      expect(await survivors(children)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('releaseNeo4j', () => {
  const stop = vi.fn(async () => ({ source: 'managed' as const, message: 'stopped the managed Neo4j (pid 42).' }));

  it('stops the Neo4j this run started', async () => {
    expect(await releaseNeo4j({ alreadyRunning: false, uri: 'bolt://127.0.0.1:7687' }, false, stop)).toBe('stopped the managed Neo4j (pid 42).');
    expect(stop).toHaveBeenCalledTimes(1);
  });

  it('keeps it with --keep-running, and never stops one that was already running', async () => {
    stop.mockClear();
    expect(await releaseNeo4j({ alreadyRunning: false, uri: 'bolt://127.0.0.1:7687' }, true, stop)).toMatch(/keeps running \(--keep-running\)/);
    expect(await releaseNeo4j({ alreadyRunning: true, uri: 'bolt://127.0.0.1:7687' }, false, stop)).toMatch(/was already running: left it running/);
    expect(stop).not.toHaveBeenCalled();
  });
});
