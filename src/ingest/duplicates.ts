/**
 * Two articles with the same id cannot both go into the graph. The first one (in path
 * and line order) is kept; each later one becomes a problem naming where the first is.
 */
import type { Article, IngestResult } from './types.ts';

/** `a.jsonl:3`, or `line 3` when both are in the same file. */
function describeOrigin(origin: Article['origin'], from: string): string {
  if (origin.file === from && origin.line !== undefined) return `line ${origin.line}`;
  return origin.line === undefined ? origin.file : `${origin.file}:${origin.line}`;
}

/** Keeps the first article of each id; later ones are returned as problems. */
export function dropDuplicates(articles: readonly Article[]): IngestResult {
  const firstById = new Map<string, Article>();
  const result: IngestResult = { articles: [], problems: [] };
  for (const article of articles) {
    const first = firstById.get(article.id);
    if (!first) {
      firstById.set(article.id, article);
      result.articles.push(article);
      continue;
    }
    const where = describeOrigin(first.origin, article.origin.file);
    const reason =
      first.text === article.text
        ? `the article repeats the text of ${where} (id "${article.id}"); remove the copy`
        : `the id "${article.id}" is already used by ${where}; give each article its own id`;
    result.problems.push({ ...article.origin, reason });
  }
  return result;
}
