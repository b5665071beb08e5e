/**
 * Articles in .txt and .md files, one per file, in one of three layouts:
 * - YAML front matter (`---` … `---`) then the body;
 * - the seed layout: the first line starts with `date YYYY-MM-DD` and the text follows
 *   on the same line (` date 2022-01-09 Kazakh President…`);
 * - plain text with no header (no date).
 */
import type { Article, IngestResult } from './types.ts';
import { buildArticle, NO_FIELDS, type ArticleDraft } from './build-article.ts';
import { decodeContent } from './decode.ts';
import { hasFrontMatter, readFrontMatter, type FrontMatterReading } from './front-matter.ts';

/** The seed header: `date` (any case, optional colon) and something shaped like an ISO date. */
const DATE_HEADER = /^[ \t]*date:?[ \t]+(\d{4}-\d{1,2}-\d{1,2}\S*)[ \t]*/i;

/** Reads the header of a decoded text article, or returns the located problem that stopped it. */
function readDraft(text: string): FrontMatterReading {
  const lines = text.replace(/^\ufeff/, '').split(/\r\n?|\n/);
  if (hasFrontMatter(lines)) return readFrontMatter(lines);
  const header = DATE_HEADER.exec(lines[0]!);
  if (!header) return { draft: { fields: NO_FIELDS, body: lines.join('\n') } };
  lines[0] = lines[0]!.slice(header[0].length);
  const draft: ArticleDraft = { fields: { ...NO_FIELDS, date: header[1]! }, body: lines.join('\n'), dateLine: 1 };
  return { draft };
}

/**
 * Parses the content of one .txt or .md file into its article. Never throws: anything
 * wrong with the file comes back in `problems`.
 */
export function parseTextArticle(content: string | Uint8Array, origin: Pick<Article['origin'], 'file'>): IngestResult {
  const decoded = decodeContent(content);
  if ('reason' in decoded) return { articles: [], problems: [{ file: origin.file, reason: decoded.reason }] };
  const reading = readDraft(decoded.text);
  if ('reason' in reading) {
    return { articles: [], problems: [{ file: origin.file, line: reading.line, reason: reading.reason }] };
  }
  const outcome = buildArticle(reading.draft, { file: origin.file });
  return 'article' in outcome ? { articles: [outcome.article], problems: [] } : { articles: [], problems: [outcome.problem] };
}
