/**
 * Reads articles from files and directories (recursively): finds the article files,
 * reads each within a size limit and parses it. Output is deterministic: articles and
 * problems in path order, then line order. Problems never stop the other files.
 * `readArticles` holds the whole corpus; `scanArticles` then `streamArticles` read it
 * twice (check, then stream) so that a large corpus never is in memory at once.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { Article, IngestProblem, IngestResult } from './types.ts';
import { DuplicateFilter } from './duplicates.ts';
import { ARTICLE_EXTENSIONS, isArticleFile, parseArticle } from './parse-article.ts';
import { ingestError } from './problems.ts';

export interface IngestOptions {
  /** Throw a KgError listing every problem instead of returning them (the caller then writes nothing). */
  strict: boolean;
  /** Largest file read, in bytes; bigger files are a problem. */
  maxBytes: number;
}

export const INGEST_DEFAULTS: IngestOptions = { strict: false, maxBytes: 20 * 1024 * 1024 };

/** Sorts by UTF-16 code units, independent of the locale. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The sentence for a file-system error, saying what to do. */
function describeFsError(error: unknown, what: 'path' | 'file' | 'directory'): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `the ${what} does not exist; check the path`;
  if (code === 'EACCES' || code === 'EPERM') return `the ${what} cannot be read (permission denied); fix its permissions`;
  return `the ${what} cannot be read (${code ?? (error as Error).message}); check it`;
}

/** Collects article files below `directory`, skipping hidden entries and symlink loops. */
async function walk(directory: string, files: string[], problems: IngestProblem[], seen: Set<string>): Promise<void> {
  let entries;
  try {
    const real = await realpath(directory);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    problems.push({ file: directory, reason: describeFsError(error, 'directory') });
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    const kind = entry.isSymbolicLink() ? await stat(path).catch(() => null) : entry;
    if (kind?.isDirectory()) await walk(path, files, problems, seen);
    else if (kind?.isFile() && isArticleFile(path)) files.push(path);
  }
}

/** Resolves the given paths to the sorted list of article files to read. */
async function findFiles(paths: readonly string[], problems: IngestProblem[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const path of paths.map((given) => normalize(given))) {
    const info = await stat(path).catch((error: unknown) => {
      problems.push({ file: path, reason: describeFsError(error, 'path') });
      return null;
    });
    if (!info) continue;
    if (info.isDirectory()) {
      const before = files.length;
      await walk(path, files, problems, seen);
      if (files.length === before) {
        problems.push({ file: path, reason: `the directory holds no article files (${ARTICLE_EXTENSIONS.join(', ')}); check the path` });
      }
    } else if (info.isFile()) {
      // A file named explicitly is read whatever its extension; the parser reports unsupported ones.
      files.push(path);
    } else {
      problems.push({ file: path, reason: 'the path is neither a file nor a directory; give article files or directories' });
    }
  }
  return [...new Set(files)].sort(byCodeUnits);
}

/** Reads one file within the size limit and parses it. */
async function readOne(file: string, maxBytes: number): Promise<IngestResult> {
  const fail = (reason: string): IngestResult => ({ articles: [], problems: [{ file, reason }] });
  try {
    const { size } = await stat(file);
    if (size > maxBytes) {
      return fail(`the file is ${(size / 1e6).toFixed(1)} MB, over the ${(maxBytes / 1e6).toFixed(1)} MB limit; split it or raise the limit`);
    }
    return parseArticle(await readFile(file), { file });
  } catch (error) {
    return fail(describeFsError(error, 'file'));
  }
}

/** Yields the articles of `files` in order, the first of each id only; every defect goes to `problems`. */
async function* articlesOf(files: readonly string[], maxBytes: number, problems: IngestProblem[]): AsyncGenerator<Article> {
  const duplicates = new DuplicateFilter();
  for (const file of files) {
    const result = await readOne(file, maxBytes);
    problems.push(...result.problems);
    for (const article of result.articles) {
      const duplicate = duplicates.check(article);
      if (duplicate) problems.push(duplicate);
      else yield article;
    }
  }
}

/** Sorts `problems` and, in strict mode, throws them. */
function settleProblems(problems: IngestProblem[], strict: boolean): void {
  problems.sort((a, b) => byCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
  if (strict && problems.length > 0) throw ingestError(problems);
}

/**
 * Reads the articles in `paths` (files, or directories searched recursively for .txt,
 * .md, .jsonl and .ndjson files; hidden entries skipped). Every defect becomes a
 * problem naming the file (and line); with `strict` they are thrown together as one KgError.
 */
export async function readArticles(paths: readonly string[], options: Partial<IngestOptions> = {}): Promise<IngestResult> {
  const { strict, maxBytes } = { ...INGEST_DEFAULTS, ...options };
  const problems: IngestProblem[] = [];
  const files = await findFiles(paths, problems);
  const articles = [];
  for await (const article of articlesOf(files, maxBytes, problems)) articles.push(article);
  settleProblems(problems, strict);
  return { articles, problems };
}

/** What a first pass over a corpus found: the files to read, every problem and the number of good articles. */
export interface ArticleScan {
  files: string[];
  problems: IngestProblem[];
  articles: number;
  maxBytes: number;
}

/**
 * Reads and checks every article in `paths` like `readArticles`, keeping only their
 * count (and the ids for duplicate detection), for `streamArticles` to read again.
 */
export async function scanArticles(paths: readonly string[], options: Partial<IngestOptions> = {}): Promise<ArticleScan> {
  const { strict, maxBytes } = { ...INGEST_DEFAULTS, ...options };
  const problems: IngestProblem[] = [];
  const files = await findFiles(paths, problems);
  let articles = 0;
  for await (const _article of articlesOf(files, maxBytes, problems)) articles++;
  settleProblems(problems, strict);
  return { files, problems, articles, maxBytes };
}

/**
 * Yields the articles of a scan, in the scan's order and in batches of `size`; memory
 * holds one file and one batch at a time. Problems were reported by the scan.
 */
export async function* streamArticles(scan: ArticleScan, size: number): AsyncGenerator<Article[]> {
  let batch: Article[] = [];
  for await (const article of articlesOf(scan.files, scan.maxBytes, [])) {
    batch.push(article);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
