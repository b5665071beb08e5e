/**
 * Chooses the parser for a file by its extension (or, for a fetched URL, by what the
 * server says and the content shows): .txt and .md hold one article, .jsonl and .ndjson
 * one per line, .html and .htm a web page, .xml, .rss and .atom a feed of articles.
 */
import { extname } from 'node:path';
import type { Article, IngestResult } from './types.ts';
import { parseFeed } from './parse-feed.ts';
import { parseHtmlPage } from './parse-html.ts';
import { parseJsonLines } from './parse-jsonl.ts';
import { parseTextArticle } from './parse-text.ts';

export type ArticleFormat = 'text' | 'jsonl' | 'html' | 'feed';

/** What is known about content besides its bytes: its format (else taken from the extension), its address and charset. */
export interface ParseHints {
  format?: ArticleFormat;
  /** The URL it was fetched from. */
  pageUrl?: string;
  /** The charset its server declared. */
  charset?: string;
}

const FORMAT_BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'text',
  '.md': 'text',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.html': 'html',
  '.htm': 'html',
  '.xml': 'feed',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** The extensions read as articles, with their dot, lower case. */
export const ARTICLE_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION);

/** True when a file with this name is read as articles. */
export const isArticleFile = (file: string): boolean => extname(file).toLowerCase() in FORMAT_BY_EXTENSION;

/** The format of a file name's extension, if it is one of the article formats. */
export const formatOfFile = (file: string): ArticleFormat | undefined => FORMAT_BY_EXTENSION[extname(file).toLowerCase()];

/**
 * Parses the content of `origin.file` with the parser its format (from `hints`, else
 * its extension) selects. Pure and never throws: an unsupported extension, like any
 * other defect, is returned as a problem.
 */
export function parseArticle(content: string | Uint8Array, origin: Pick<Article['origin'], 'file'>, hints: ParseHints = {}): IngestResult {
  const format = hints.format ?? formatOfFile(origin.file);
  switch (format) {
    case 'text':
      return parseTextArticle(content, origin);
    case 'jsonl':
      return parseJsonLines(content, origin);
    case 'html':
      return parseHtmlPage(content, origin, { ...(hints.pageUrl && { pageUrl: hints.pageUrl }), ...(hints.charset && { charset: hints.charset }) });
    case 'feed':
      return parseFeed(content, origin);
    default: {
      const reason = `the file type "${extname(origin.file) || '(none)'}" is not an article format; use ${ARTICLE_EXTENSIONS.join(', ')}`;
      return { articles: [], problems: [{ file: origin.file, reason }] };
    }
  }
}
