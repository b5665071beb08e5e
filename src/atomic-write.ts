/**
 * Files written aside and renamed into place, so a reader never sees half a file and a
 * failed write leaves no partial one. The temporary name is unique per process *and*
 * thread: extraction threads share a process id, and two of them may write the same
 * cache file at once (the leaders layer on a fresh cache did, and one thread's rename
 * then found its temporary file already gone).
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { threadId } from 'node:worker_threads';

/** The temporary file `path` is written to before it is renamed. */
const temporaryFor = (path: string): string => `${path}.${process.pid}-${threadId}.partial`;

/** Writes `data` to `path` atomically; on failure removes the temporary file and rethrows. */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const temporary = temporaryFor(path);
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** {@link writeFileAtomicSync} without blocking the thread. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = temporaryFor(path);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
