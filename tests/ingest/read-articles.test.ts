import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KgError } from '../../src/errors.ts';
import { readArticles } from '../../src/ingest/read-articles.ts';

let root: string;
const at = (...parts: string[]) => join(root, ...parts);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ingest-'));
  await mkdir(at('corpus', 'b-sub'), { recursive: true });
  await mkdir(at('corpus', '.hidden'));
  await mkdir(at('empty-dir'));
  await writeFile(at('corpus', 'c.md'), '---\ndate: 2022-01-08\n---\nThird by path.\n');
  await writeFile(at('corpus', 'a.txt'), 'First by path.\n');
  await writeFile(at('corpus', 'b-sub', 'z.jsonl'), '{"text": "Second by path, line 1."}\n{"text": "Second by path, line 2."}\n');
  await writeFile(at('corpus', 'notes.pdf'), 'not an article format');
  await writeFile(at('corpus', '.hidden', 'secret.txt'), 'Hidden entries are skipped.');
  await symlink(at('corpus'), at('corpus', 'b-sub', 'loop'));
  await writeFile(at('copy.txt'), 'First by path.');
  await writeFile(at('invalid-utf8.txt'), Buffer.from([0x4e, 0x6f, 0x20, 0xff, 0xfe, 0x2e]));
  await writeFile(at('nul-bytes.txt'), Buffer.from('Text\u0000with\u0000NULs', 'latin1'));
  await writeFile(at('control-chars.txt'), 'ab\u0001\u0002\u0003\u0004cd');
  await writeFile(at('whitespace-only.txt'), '  \n\t\n');
  await writeFile(at('big.txt'), `${'A sentence of a long article. '.repeat(180_000)}\n`);
  await writeFile(at('unreadable.txt'), 'Nobody may read this.');
  await chmod(at('unreadable.txt'), 0o000);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('readArticles', () => {
  it('reads directories recursively in path order, skipping other extensions, hidden entries and symlink loops', async () => {
    const { articles, problems } = await readArticles([at('corpus')]);
    expect(problems).toEqual([]);
    expect(articles.map((article) => article.text)).toEqual([
      'First by path.',
      'Second by path, line 1.',
      'Second by path, line 2.',
      'Third by path.',
    ]);
    expect(articles[3]).toMatchObject({ date: '2022-01-08', origin: { file: at('corpus', 'c.md') } });
  });

  it('gives the same result whatever the order of the paths', async () => {
    const forward = await readArticles([at('corpus', 'c.md'), at('corpus', 'a.txt')]);
    const backward = await readArticles([at('corpus', 'a.txt'), at('corpus', 'c.md'), `${root}/corpus/./a.txt`]);
    expect(backward).toEqual(forward);
    expect(forward.articles).toHaveLength(2);
  });

  it('folds a second file with the same text into the first, as a copy', async () => {
    const { articles, problems, folded } = await readArticles([at('copy.txt'), at('corpus', 'a.txt')]);
    expect(problems).toEqual([]);
    expect(folded).toBe(1);
    expect(articles.map((article) => article.origin.file)).toEqual([at('copy.txt')]);
    expect(articles[0]!.sources).toHaveLength(2);
  });

  it.each([
    ['invalid-utf8.txt', /not valid UTF-8/],
    ['nul-bytes.txt', /looks binary/],
    ['control-chars.txt', /looks binary/],
    ['whitespace-only.txt', /is empty/],
    ['missing.txt', /does not exist/],
    ['corpus/notes.pdf', /"\.pdf" is not an article format/],
    ['empty-dir', /holds no article files/],
  ])('reports %s as a problem', async (name, reason) => {
    const { articles, problems } = await readArticles([at(name)]);
    expect(articles).toEqual([]);
    expect(problems).toEqual([{ file: at(name), reason: expect.stringMatching(reason) }]);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', async () => {
    const { problems } = await readArticles([at('unreadable.txt')]);
    expect(problems).toEqual([{ file: at('unreadable.txt'), reason: expect.stringContaining('permission denied') }]);
  });

  it('reads a 5 MB article', async () => {
    const { articles, problems } = await readArticles([at('big.txt')]);
    expect(problems).toEqual([]);
    expect(articles[0]!.text).toHaveLength('A sentence of a long article. '.length * 180_000 - 1);
  });

  it('refuses files over the size limit', async () => {
    const { problems } = await readArticles([at('big.txt')], { maxBytes: 1_000_000 });
    expect(problems).toEqual([{ file: at('big.txt'), reason: expect.stringContaining('over the 1.0 MB limit') }]);
  });

  it('keeps going past problems, and in strict mode throws one KgError listing them all', async () => {
    const paths = [at('whitespace-only.txt'), at('corpus', 'a.txt'), at('invalid-utf8.txt')];
    const lenient = await readArticles(paths);
    expect(lenient.articles).toHaveLength(1);
    expect(lenient.problems.map((problem) => problem.file)).toEqual([at('invalid-utf8.txt'), at('whitespace-only.txt')]);

    const error = await readArticles(paths, { strict: true }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(KgError);
    expect((error as KgError).message).toContain('2 problems');
    expect((error as KgError).message).toContain(`${at('invalid-utf8.txt')}: the file is not valid UTF-8`);
    expect((error as KgError).message).toContain(`${at('whitespace-only.txt')}: the file is empty`);
  });

  it('reads the seed articles', async () => {
    const { articles, problems } = await readArticles(['seed/articles'], { strict: true });
    expect(problems).toEqual([]);
    expect(articles.length).toBeGreaterThanOrEqual(2);
    expect(articles.every((article) => article.date === '2022-01-09')).toBe(true);
  });
});
