// The start lock: one holder at a time, and a lock left by a dead process is taken over.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withFileLock } from '../../src/neo4j/file-lock.ts';

describe('withFileLock', () => {
  let dir: string;
  let lockFile: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-lock-'));
    lockFile = path.join(dir, 'start.lock');
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('runs concurrent holders one after the other and releases the lock', async () => {
    const events: string[] = [];
    const task = (name: string) => async () => {
      events.push(`${name} in`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      events.push(`${name} out`);
    };
    await Promise.all([withFileLock(lockFile, task('a'), 5_000), withFileLock(lockFile, task('b'), 5_000)]);
    // Either may win the race for the lock; what matters is that they never overlap.
    const [first, second] = events[0] === 'a in' ? ['a', 'b'] : ['b', 'a'];
    expect(events).toEqual([`${first} in`, `${first} out`, `${second} in`, `${second} out`]);
    await expect(fs.access(lockFile)).rejects.toThrow();
  });

  it('takes over a lock whose holder has exited', async () => {
    const exited = spawnSync(process.execPath, ['-e', '']).pid;
    await fs.writeFile(lockFile, `${exited}\n`);
    await expect(withFileLock(lockFile, async () => 'ran', 2_000)).resolves.toBe('ran');
  });

  it('gives up with a KgError naming the lock when a live holder keeps it', async () => {
    await fs.writeFile(lockFile, `${process.pid}\n`);
    await expect(withFileLock(lockFile, async () => 'ran', 600)).rejects.toThrow(lockFile);
  });
});
