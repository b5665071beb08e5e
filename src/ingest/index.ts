/** Article ingestion: files in, cleaned articles (and the problems found) out. See docs/ingest.md. */
export type { Article, IngestProblem, IngestResult } from './types.ts';
export { readArticles, scanArticles, streamArticles, INGEST_DEFAULTS, type ArticleScan, type IngestOptions } from './read-articles.ts';
export { parseArticle, ARTICLE_EXTENSIONS } from './parse-article.ts';
export { parseTextArticle } from './parse-text.ts';
export { parseJsonLines } from './parse-jsonl.ts';
export { cleanText } from './clean-text.ts';
export { formatProblem } from './problems.ts';
