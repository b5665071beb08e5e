/**
 * JSON Lines (.jsonl, .ndjson): one article per line as a JSON object
 * `{"id", "date", "title", "source", "url", "author", "text"}`; only `text` is required, other keys
 * are ignored, blank lines are skipped. Each bad line is its own problem and does not
 * stop the others.
 */
import type { Article, IngestProblem, IngestResult } from './types.ts';
import { describeValue } from '../yaml/describe-issue.ts';
import { buildArticle, NO_FIELDS, type ArticleFields } from './build-article.ts';
import { decodeContent } from './decode.ts';
import { dropDuplicates } from './duplicates.ts';

const FIELD_NAMES = ['id', 'date', 'title', 'source', 'url', 'author'] as const satisfies ReadonlyArray<keyof ArticleFields>;

/** The fields of one parsed record, or the sentence saying what is wrong with it. */
function readRecord(value: unknown): { fields: ArticleFields; body: string } | { reason: string } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { reason: `the line holds ${describeValue(value)}, not a JSON object; write one {"text": "…"} object per line` };
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string' || !/\S/.test(record.text)) {
    return { reason: 'the record has no "text" string; put the article body in "text"' };
  }
  const fields: ArticleFields = { ...NO_FIELDS };
  for (const name of FIELD_NAMES) {
    const field = record[name];
    if (field === undefined || field === null) continue;
    const numericId = name === 'id' && typeof field === 'number';
    if (typeof field !== 'string' && !numericId) {
      return { reason: `"${name}" must be a string, not ${describeValue(field)}; fix the record` };
    }
    fields[name] = String(field);
  }
  return { fields, body: record.text };
}

/**
 * Parses the content of one JSON Lines file. Never throws: bad lines, and later records
 * repeating an id, come back in `problems` with their line number.
 */
export function parseJsonLines(content: string | Uint8Array, origin: Pick<Article['origin'], 'file'>): IngestResult {
  const { file } = origin;
  const decoded = decodeContent(content);
  if ('reason' in decoded) return { articles: [], problems: [{ file, reason: decoded.reason }] };

  const articles: Article[] = [];
  const problems: IngestProblem[] = [];
  decoded.text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const source = raw.replace(/^\ufeff/, '');
    if (!/\S/.test(source)) return;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      problems.push({ file, line, reason: `the line is not valid JSON (${(error as Error).message}); write one JSON object per line` });
      return;
    }
    const record = readRecord(value);
    if ('reason' in record) {
      problems.push({ file, line, reason: record.reason });
      return;
    }
    const outcome = buildArticle({ fields: record.fields, body: record.body }, { file, line });
    if ('article' in outcome) articles.push(outcome.article);
    else problems.push(outcome.problem);
  });

  const unique = dropDuplicates(articles);
  const byLine = (a: IngestProblem, b: IngestProblem) => (a.line ?? 0) - (b.line ?? 0);
  return { articles: unique.articles, problems: [...problems, ...unique.problems].sort(byLine) };
}
