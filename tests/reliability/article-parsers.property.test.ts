/**
 * Bad article input never crashes ingest: arbitrary strings, bytes, JSON values of
 * the wrong type and very long lines come back as problems naming the file (and the
 * line for JSON Lines), never as exceptions; strict mode turns them into one KgError.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KgError } from '../../src/errors.ts';
import { parseArticle, readArticles } from '../../src/ingest/index.ts';

const FILE_NAMES = ['a.txt', 'a.md', 'a.jsonl', 'a.ndjson'];

/** Texts shaped like the formats' headers, so generated inputs reach past the first check. */
const headerish = fc.constantFrom('---\n', 'id: x\n', 'date: 2022-02-30\n', 'date 2022-01-09 ', 'title: [\n', '{"text":', '"}\n', '\n---\n', ': ', '- ');
const structured = fc.array(fc.oneof(headerish, fc.string({ maxLength: 20 })), { maxLength: 30 }).map((parts) => parts.join(''));

/** One JSON Lines line holding any JSON value, or a record whose fields have arbitrary types. */
const jsonLine = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc
    .record({ id: fc.jsonValue({ maxDepth: 1 }), date: fc.jsonValue({ maxDepth: 1 }), text: fc.jsonValue({ maxDepth: 1 }) }, { requiredKeys: [] })
    .map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 40 }),
);

describe('parseArticle never throws', () => {
  it('on header-shaped text in every format: each defect is a problem naming the file', () => {
    fc.assert(
      fc.property(structured, fc.constantFrom(...FILE_NAMES), (content, file) => {
        const { articles, problems } = parseArticle(content, { file });
        for (const problem of problems) {
          expect(problem.file).toBe(file);
          expect(problem.reason).toMatch(/;/); // "what is wrong; what to do"
        }
        expect(articles.length + problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('on JSON Lines with values of any type: one problem per bad line, with its line number', () => {
    fc.assert(
      fc.property(fc.array(jsonLine, { minLength: 1, maxLength: 12 }), (lines) => {
        const { articles, problems } = parseArticle(lines.join('\n'), { file: 'x.jsonl' });
        const nonBlank = lines.flatMap((line) => line.split('\n')).filter((line) => /\S/.test(line.replace(/^\ufeff/, ''))).length;
        if (nonBlank === 0) {
          // Nothing but blank lines: one problem for the whole (empty) file, which has no line.
          expect(articles).toEqual([]);
          expect(problems).toHaveLength(1);
          return;
        }
        for (const problem of problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lines.length);
        }
        // Every non-blank line is either an article or exactly one problem.
        expect(articles.length + problems.length).toBeLessThanOrEqual(nonBlank);
      }),
      { numRuns: 400 },
    );
  });

  it('on one very long line (1 MB) without a line break', () => {
    const long = 'word '.repeat(200_000);
    for (const file of FILE_NAMES) {
      const { articles, problems } = parseArticle(long, { file });
      expect(articles.length + problems.length).toBe(1);
    }
  });
});

describe('readArticles on arbitrary files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsgraph-reliability-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('returns problems (or, with strict, throws one KgError listing them) for any bytes on disk', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(...FILE_NAMES), async (bytes, name) => {
        const file = join(dir, `${run++}-${name}`);
        await writeFile(file, bytes);
        const result = await readArticles([file]);
        expect(result.problems.every((problem) => problem.file === file)).toBe(true);
        if (result.problems.length === 0) return;
        const strict = await readArticles([file], { strict: true }).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(strict).toBeInstanceOf(KgError);
        expect((strict as KgError).message).toContain(file);
      }),
      { numRuns: 150 },
    );
  });
});
