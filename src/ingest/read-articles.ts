/**
 * Reads articles from files and directories (recursively) and from pages fetched from
 * URLs: finds the article files, reads each within a size limit and parses it, skips
 * articles in another language, and folds near-duplicate copies into the first article
 * carrying the text (copies.ts). Output is deterministic: articles and problems in path
 * order, then line order, fetched pages after the files in the order given. Problems
 * never stop the other inputs. `readArticles` holds the whole corpus; `scanArticles`
 * then `streamArticles` read it twice (check, then stream) so that a large corpus never
 * is in memory at once.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { Article, IngestProblem, IngestResult } from './types.ts';
import { COPY_DEFAULTS, CopyFolder, type CopyOptions } from './copies.ts';
import { DuplicateFilter } from './duplicates.ts';
import { foreignLanguage, LANGUAGE_DEFAULTS } from './language.ts';
import { ARTICLE_EXTENSIONS, isArticleFile, parseArticle, type ParseHints } from './parse-article.ts';
import { ingestError } from './problems.ts';

/** Content to read as articles: `file` names it in messages (a path or a URL), `path` is where its bytes are. */
export interface ArticleInput {
  file: string;
  path: string;
  hints?: ParseHints;
}

export interface IngestOptions {
  /** Throw a KgError listing every problem (not the skipped inputs) instead of returning them (the caller then writes nothing). */
  strict: boolean;
  /** Largest file read, in bytes; bigger files are a problem. */
  maxBytes: number;
  /** Fetched pages and feeds (fetch-url.ts), read after the files. */
  fetched: readonly ArticleInput[];
  /** ISO 639-1 code of the language articles must be in; others are skipped. */
  language: string;
  /** When an article is folded as a copy into an earlier one (copies.ts). */
  copies: CopyOptions;
}

export const INGEST_DEFAULTS: IngestOptions = {
  strict: false,
  maxBytes: 20 * 1024 * 1024,
  fetched: [],
  language: LANGUAGE_DEFAULTS.language,
  copies: COPY_DEFAULTS,
};

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
  let entries: Dirent[];
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

/** Reads one input within the size limit and parses it. */
async function readOne(input: ArticleInput, maxBytes: number): Promise<IngestResult> {
  const { file, path } = input;
  const fail = (reason: string): IngestResult => ({ articles: [], problems: [{ file, reason }] });
  try {
    const { size } = await stat(path);
    if (size > maxBytes) {
      return fail(`the file is ${(size / 1e6).toFixed(1)} MB, over the ${(maxBytes / 1e6).toFixed(1)} MB limit; split it or raise the limit`);
    }
    return parseArticle(await readFile(path), { file }, input.hints);
  } catch (error) {
    return fail(describeFsError(error, 'file'));
  }
}

/**
 * Yields the articles of `inputs` in order, those in another language left out (unless
 * `checkLanguage` is false: a second pass leaves them out by the first's decisions);
 * every defect goes to `problems`.
 */
async function* articlesOf(inputs: readonly ArticleInput[], settings: IngestOptions, problems: IngestProblem[], checkLanguage = true): AsyncGenerator<Article> {
  for (const input of inputs) {
    const result = await readOne(input, settings.maxBytes);
    problems.push(...result.problems);
    for (const article of result.articles) {
      const language = checkLanguage ? await foreignLanguage(article.text, { language: settings.language }) : null;
      if (language === null) {
        yield article;
        continue;
      }
      const reason = `the article is not in the language read here ("${settings.language}"; eld says "${language}"); skipped`;
      problems.push({ ...article.origin, skip: 'not-english', reason });
    }
  }
}

/** Passes on the articles that are neither a copy of an earlier one (folded into it) nor an id clash (a problem). */
async function* foldCopies(articles: AsyncIterable<Article>, folder: CopyFolder, problems: IngestProblem[]): AsyncGenerator<Article> {
  const duplicates = new DuplicateFilter();
  for await (const article of articles) {
    if (folder.fold(article) !== null) continue;
    const duplicate = duplicates.check(article);
    if (duplicate) {
      problems.push(duplicate);
      continue;
    }
    folder.keep(article);
    yield article;
  }
}

/** Sorts `problems` and, in strict mode, throws those that are defects (skipped inputs are not). */
function settleProblems(problems: IngestProblem[], strict: boolean): void {
  problems.sort((a, b) => byCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0));
  const defects = problems.filter((problem) => problem.skip === undefined);
  if (strict && defects.length > 0) throw ingestError(defects);
}

/** The files below `paths`, then the fetched pages, as inputs to read. */
async function findInputs(paths: readonly string[], fetched: readonly ArticleInput[], problems: IngestProblem[]): Promise<ArticleInput[]> {
  const files = paths.length > 0 ? await findFiles(paths, problems) : [];
  return [...files.map((file) => ({ file, path: file })), ...fetched];
}

/**
 * Reads the articles in `paths` (files, or directories searched recursively for .txt,
 * .md, .jsonl, .ndjson, .html, .htm, .xml, .rss and .atom files; hidden entries skipped)
 * and in `options.fetched`. Every defect becomes a problem naming the file or URL (and
 * line); with `strict` they are thrown together as one KgError. Copies are folded into
 * the article they copy (its `sources`).
 */
export async function readArticles(paths: readonly string[], options: Partial<IngestOptions> = {}): Promise<IngestResult & { folded: number }> {
  const settings = { ...INGEST_DEFAULTS, ...options };
  const problems: IngestProblem[] = [];
  const inputs = await findInputs(paths, settings.fetched, problems);
  const folder = new CopyFolder(settings.copies);
  const kept = [];
  for await (const article of foldCopies(articlesOf(inputs, settings, problems), folder, problems)) kept.push(article);
  settleProblems(problems, settings.strict);
  const articles = kept.map((article) => folder.complete(article)).filter((article) => article !== null);
  return { articles, problems, folded: folder.folded };
}

/** What a first pass over a corpus found: the inputs to read, every problem, the number of good articles and the copies. */
export interface ArticleScan {
  inputs: ArticleInput[];
  problems: IngestProblem[];
  /** Articles to load (copies not counted). */
  articles: number;
  settings: IngestOptions;
  /** Which articles are copies of which; `streamArticles` completes the kept ones and leaves the copies out. */
  copies: CopyFolder;
}

/**
 * Reads and checks every article in `paths` and `options.fetched` like `readArticles`,
 * keeping only their count and signatures (for copy folding), for `streamArticles` to
 * read again.
 */
export async function scanArticles(paths: readonly string[], options: Partial<IngestOptions> = {}): Promise<ArticleScan> {
  const settings = { ...INGEST_DEFAULTS, ...options };
  const problems: IngestProblem[] = [];
  const inputs = await findInputs(paths, settings.fetched, problems);
  const copies = new CopyFolder(settings.copies);
  let articles = 0;
  for await (const _article of foldCopies(articlesOf(inputs, settings, problems), copies, problems)) articles++;
  settleProblems(problems, settings.strict);
  return { inputs, problems, articles, settings, copies };
}

/**
 * Yields the articles of a scan, in the scan's order and in batches of `size`, each with
 * its sources and signature, copies left out; memory holds one file and one batch at a
 * time. Problems were reported by the scan.
 */
export async function* streamArticles(scan: ArticleScan, size: number): AsyncGenerator<Article[]> {
  let batch: Article[] = [];
  // The scan left out articles in another language: the copy folder never kept them, so `complete` drops them.
  for await (const read of articlesOf(scan.inputs, scan.settings, [], false)) {
    const article = scan.copies.complete(read);
    if (article === null) continue;
    batch.push(article);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
