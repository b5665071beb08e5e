/**
 * Two different texts with the same id cannot both go into the graph. The first one (in
 * path and line order) is kept; each later one becomes a problem naming where the first
 * is. The same text again is no clash: it is a copy, which the copy folder (copies.ts)
 * folds into the first. The filter keeps only ids, origins and text hashes, so it can
 * follow a corpus that is streamed rather than held in memory.
 */
import { createHash } from 'node:crypto';
import type { Article, IngestProblem, IngestResult } from './types.ts';

/** `a.jsonl:3`, or `line 3` when both are in the same file. */
function describeOrigin(origin: Article['origin'], from: string): string {
  if (origin.file === from && origin.line !== undefined) return `line ${origin.line}`;
  return origin.line === undefined ? origin.file : `${origin.file}:${origin.line}`;
}

const textHash = (text: string): string => createHash('sha256').update(text).digest('base64');

/** Remembers the articles seen so far and tells whether the next one repeats an id. */
export class DuplicateFilter {
  private readonly firstById = new Map<string, { origin: Article['origin']; textHash: string }>();

  /** The problem that rules `article` out, or undefined when its id is new (it is remembered) or its text the same. */
  check(article: Article): IngestProblem | undefined {
    const first = this.firstById.get(article.id);
    if (!first) {
      this.firstById.set(article.id, { origin: article.origin, textHash: textHash(article.text) });
      return undefined;
    }
    if (first.textHash === textHash(article.text)) return undefined;
    const where = describeOrigin(first.origin, article.origin.file);
    return { ...article.origin, reason: `the id "${article.id}" is already used by ${where}; give each article its own id` };
  }
}

/** Keeps the first article of each id (and copies of its text); later different texts are returned as problems. */
export function dropDuplicates(articles: readonly Article[]): IngestResult {
  const filter = new DuplicateFilter();
  const result: IngestResult = { articles: [], problems: [] };
  for (const article of articles) {
    const problem = filter.check(article);
    if (problem) result.problems.push(problem);
    else result.articles.push(article);
  }
  return result;
}
