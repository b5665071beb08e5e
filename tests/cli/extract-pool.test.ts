/**
 * Extraction on worker threads (src/cli/extract-pool.ts, `--jobs`): the same output as in one
 * thread, byte for byte, on real articles; a dead worker fails only its article; a context
 * that cannot load fails the command as in one thread.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtractor } from '../../src/cli/extract-pool.ts';
import { readArticleFiles } from '../../src/cli/inputs.ts';
import { runMain } from './run-main.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REAL_ARTICLES = [join(ROOT, 'seed/articles'), join(ROOT, 'eval/dev-articles')];

let dir: string;
const previousCache = process.env.KG_CACHE_DIR;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-extract-pool-'));
  await writeFile(join(dir, 'a-first.md'), '---\nid: first\ndate: 2022-01-10\n---\nRussia criticised Ukraine on Monday.\n');
  await writeFile(join(dir, 'b-dies.md'), '---\nid: dies\ndate: 2022-01-10\n---\nPresident Tokayev met Zyxwvut officials on Monday.\n');
  await writeFile(join(dir, 'c-third.md'), '---\nid: third\ndate: 2022-01-11\n---\nKazakhstan signed an agreement with China.\n');
  await writeFile(join(dir, 'd-fourth.md'), '---\nid: fourth\ndate: 2022-01-12\n---\nThe United States condemned Russia on Tuesday.\n');
});
afterAll(async () => {
  if (previousCache === undefined) delete process.env.KG_CACHE_DIR;
  else process.env.KG_CACHE_DIR = previousCache;
  await rm(dir, { recursive: true, force: true });
});

/** `kg extract` with a parse cache of its own (so each run parses, in whichever thread it runs). */
async function extractWithFreshCache(args: string[]) {
  process.env.KG_CACHE_DIR = await mkdtemp(join(dir, 'cache-'));
  return runMain(['extract', ...args]);
}

describe('kg extract --jobs', () => {
  it('prints the same bytes on 2 threads as in one, on the seed and development articles', async () => {
    const one = await extractWithFreshCache(['--jobs', '1', ...REAL_ARTICLES]);
    const two = await extractWithFreshCache(['--jobs', '2', ...REAL_ARTICLES]);
    expect(one.code, one.stderr).toBe(0);
    expect((JSON.parse(one.stdout) as { relations: unknown[] }).relations.length).toBeGreaterThan(10);
    expect(two).toEqual(one);
  });

  it('prints the same table on 3 threads as in one (more threads than cores)', async () => {
    const one = await extractWithFreshCache(['--jobs', '1', '--format', 'table', ...REAL_ARTICLES]);
    const three = await extractWithFreshCache(['--jobs', '3', '--format', 'table', ...REAL_ARTICLES]);
    expect(three).toEqual(one);
  });

  it('fails as in one thread when a catalog cannot be read', async () => {
    const bad = join(dir, 'bad-catalog.yaml');
    await writeFile(bad, 'actors:\n  - id: x\n    names: [\n');
    const one = await runMain(['extract', '--jobs', '1', '--catalog', bad, dir]);
    const two = await runMain(['extract', '--jobs', '2', '--catalog', bad, dir]);
    expect(one.code).toBe(1);
    expect(one.stderr).toContain(bad);
    expect(two).toEqual(one);
  });
});

describe('openExtractor on worker threads', () => {
  it('fails only the article a dying worker was on, naming its file, and returns the rest in order', async () => {
    const { articles } = await readArticleFiles('test', [dir], false);
    const inThread = await openExtractor({ catalog: [], parseCache: null }, 1);
    const pool = await openExtractor({ catalog: [], parseCache: null }, 2, new URL('./fixtures/dying-worker.mjs', import.meta.url));
    try {
      const expected = await inThread.extract(articles.filter((article) => article.id !== 'dies'));
      const results = await pool.extract(articles);
      expect(results.map((result) => result.extraction?.article.id ?? null)).toEqual(['first', null, 'third', 'fourth']);
      expect(results[1]!.failure).toBe(
        `${join(dir, 'b-dies.md')}: article "dies" could not be extracted: the extraction thread stopped: exit code 3; ` +
          'this is a bug in newsgraph: please report it with the article.',
      );
      expect(results.filter((result) => result.extraction)).toEqual(expected);
      // The dead worker was replaced: the pool still extracts.
      expect((await pool.extract(articles.slice(0, 1)))[0]!.extraction).toEqual(expected[0]!.extraction);
    } finally {
      await pool.close();
    }
  });
});
