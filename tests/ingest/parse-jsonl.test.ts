import { describe, expect, it } from 'vitest';
import { parseJsonLines } from '../../src/ingest/parse-jsonl.ts';
import { parseFixture } from './fixture.ts';

describe('JSON Lines', () => {
  const { articles, problems } = parseFixture('articles.jsonl');

  it('reads every good record with its fields and line, skipping blank lines', () => {
    expect(articles.map((article) => [article.id, article.origin])).toEqual([
      ['a1', { file: 'articles.jsonl', line: 1 }],
      ['a2', { file: 'articles.jsonl', line: 3 }],
    ]);
    expect(articles[0]).toMatchObject({
      date: '2022-01-05',
      title: 'Gas prices double',
      source: 'Example Wire',
      url: 'https://example.org/a1',
      text: 'Fuel prices doubled in the west of the country.',
    });
  });

  it('reports each bad line with its number, in line order', () => {
    expect(problems.map((problem) => problem.line)).toEqual([4, 5, 6, 7, 8]);
    expect(problems.every((problem) => problem.file === 'articles.jsonl')).toBe(true);
    const [notJson, notObject, noText, duplicate, badDate] = problems.map((problem) => problem.reason);
    expect(notJson).toMatch(/not valid JSON/);
    expect(notObject).toMatch(/a list, not a JSON object/);
    expect(noText).toMatch(/no "text"/);
    expect(duplicate).toMatch(/"a1" is already used by line 1/);
    expect(badDate).toMatch(/"January 5".*YYYY-MM-DD/);
  });

  it('passes on two records with the same text (copies, folded by readArticles), each with its own source', () => {
    const result = parseJsonLines('{"text": "Same words.", "source": "A"}\n{"text": "Same words.", "source": "B"}\n', { file: 'x.jsonl' });
    expect(result.problems).toEqual([]);
    expect(result.articles.map((article) => [article.origin.line, article.source])).toEqual([[1, 'A'], [2, 'B']]);
  });

  it('refuses a field of the wrong type', () => {
    const result = parseJsonLines('{"text": "Words.", "title": ["a"]}', { file: 'x.jsonl' });
    expect(result.problems).toEqual([{ file: 'x.jsonl', line: 1, reason: expect.stringContaining('"title" must be a string') }]);
  });

  it('accepts CRLF line ends and a numeric id', () => {
    const result = parseJsonLines('{"id": 7, "text": "Words."}\r\n', { file: 'x.jsonl' });
    expect(result.problems).toEqual([]);
    expect(result.articles[0]!.id).toBe('7');
  });
});
