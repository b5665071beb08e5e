/** Article ingestion: files, pages, feeds and URLs in, cleaned articles (copies folded, problems found) out. See docs/ingest.md. */
export type { Article, ArticleSource, IngestProblem, IngestResult, SkipReason } from './types.ts';
export {
  readArticles,
  scanArticles,
  streamArticles,
  INGEST_DEFAULTS,
  type ArticleInput,
  type ArticleScan,
  type IngestOptions,
} from './read-articles.ts';
export { parseArticle, ARTICLE_EXTENSIONS, type ArticleFormat, type ParseHints } from './parse-article.ts';
export { parseTextArticle } from './parse-text.ts';
export { parseJsonLines } from './parse-jsonl.ts';
export { parseHtmlPage } from './parse-html.ts';
export { parseFeed } from './parse-feed.ts';
export { defaultCacheDir, fetchRequested, fetchUrls, readUrlList, FETCH_DEFAULTS, type FetchOptions, type FetchResult, type UrlRequest } from './fetch-url.ts';
export { CopyFolder, COPY_DEFAULTS, type CopyOptions, type StoredFold, type StoredOriginal } from './copies.ts';
export { cleanText } from './clean-text.ts';
export { formatProblem, ingestError } from './problems.ts';
