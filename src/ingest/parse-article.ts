/**
 * Chooses the parser for a file by its extension: .txt and .md hold one article,
 * .jsonl and .ndjson one per line.
 */
import { extname } from 'node:path';
import type { Article, IngestResult } from './types.ts';
import { parseJsonLines } from './parse-jsonl.ts';
import { parseTextArticle } from './parse-text.ts';

type Parser = (content: string | Uint8Array, origin: Pick<Article['origin'], 'file'>) => IngestResult;

const PARSERS: Readonly<Record<string, Parser>> = {
  '.txt': parseTextArticle,
  '.md': parseTextArticle,
  '.jsonl': parseJsonLines,
  '.ndjson': parseJsonLines,
};

/** The extensions read as articles, with their dot, lower case. */
export const ARTICLE_EXTENSIONS: readonly string[] = Object.keys(PARSERS);

/** True when a file with this name is read as articles. */
export const isArticleFile = (file: string): boolean => extname(file).toLowerCase() in PARSERS;

/**
 * Parses the content of `origin.file` with the parser its extension selects. Pure and
 * never throws: an unsupported extension, like any other defect, is returned as a problem.
 */
export function parseArticle(content: string | Uint8Array, origin: Pick<Article['origin'], 'file'>): IngestResult {
  const parser = PARSERS[extname(origin.file).toLowerCase()];
  if (parser) return parser(content, origin);
  const reason = `the file type "${extname(origin.file) || '(none)'}" is not an article format; use ${ARTICLE_EXTENSIONS.join(', ')}`;
  return { articles: [], problems: [{ file: origin.file, reason }] };
}
