/**
 * Atomic writes from threads of one process: two threads writing the same file at once (as
 * two extraction threads do with a cache file) both succeed, and the file is always one of
 * the two contents whole, never a mix or a half.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from '../src/atomic-write.ts';

const dirs: string[] = [];
const dir = () => {
  const made = mkdtempSync(join(tmpdir(), 'kg-atomic-'));
  dirs.push(made);
  return made;
};
afterEach(() => {
  for (const made of dirs.splice(0)) rmSync(made, { recursive: true, force: true });
});

function racingWriter(path: string, content: string, times: number): Promise<string | null> {
  const worker = new Worker(new URL('./fixtures/racing-writer.mjs', import.meta.url), { workerData: { path, content, times } });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe('writeFileAtomicSync', () => {
  it('lets two threads of one process write the same file at once, and leaves one whole content and no temporary file', async () => {
    const folder = dir();
    const path = join(folder, 'leaders.json');
    const contents = ['a'.repeat(2_000_000), 'b'.repeat(2_000_000)];
    const failures = await Promise.all(contents.map((content) => racingWriter(path, content, 40)));
    expect(failures).toEqual([null, null]);
    expect(contents).toContain(readFileSync(path, 'utf8'));
    expect(readdirSync(folder)).toEqual(['leaders.json']);
  });

  it('removes its temporary file when the rename fails, and rethrows', () => {
    const folder = dir();
    const path = join(folder, 'taken');
    mkdirSync(join(path, 'inside'), { recursive: true });
    expect(() => writeFileAtomicSync(path, 'x')).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(folder)).toEqual(['taken']);
  });
});

describe('writeFileAtomic', () => {
  it('replaces an existing file whole', async () => {
    const path = join(dir(), 'page.html');
    await writeFileAtomic(path, 'old');
    await writeFileAtomic(path, 'new content');
    expect(readFileSync(path, 'utf8')).toBe('new content');
  });
});
