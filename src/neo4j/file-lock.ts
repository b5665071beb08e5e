/**
 * A lock file held by one process at a time, so two kg commands starting the same
 * managed server at once do not both launch one. A lock left by a process that died
 * is taken over.
 */
import fs from 'node:fs/promises';
import { KgError } from '../errors.ts';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Resolves true when the lock was taken, false when a live process holds it. */
async function tryLock(lockFile: string): Promise<boolean> {
  try {
    await fs.writeFile(lockFile, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const holder = Number((await fs.readFile(lockFile, 'utf8').catch(() => '')).trim());
  if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) return false;
  await fs.rm(lockFile, { force: true });
  return false;
}

/** Runs `task` holding `lockFile`, waiting at most `timeoutMs` for another holder to finish. */
export async function withFileLock<T>(lockFile: string, task: () => Promise<T>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (!(await tryLock(lockFile))) {
    if (Date.now() > deadline) {
      throw new KgError(
        `neo4j: another kg process has been starting Neo4j for too long (lock ${lockFile}); wait for it, or delete the lock file if no kg command is running.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  try {
    return await task();
  } finally {
    await fs.rm(lockFile, { force: true });
  }
}
