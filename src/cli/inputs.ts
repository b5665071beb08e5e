/**
 * What `kg extract`, `kg candidates` and `kg seed` share: the articles to read (default
 * seed/articles), the extraction context (seed/catalog.yaml plus the user's catalogs, and
 * the ontology), and each article extracted and validated on its own, so that one
 * article whose extraction fails is reported and the others go on.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_CATALOG_PATH } from '../catalog/load-catalog.ts';
import { REPORT_HINT, validateExtraction } from '../document/validate.ts';
import { createContext, extractArticle, type ArticleExtraction, type ExtractionContext } from '../extract/index.ts';
import { defaultCacheDir } from '../cache-dir.ts';
import { formatProblem, readArticles, type Article } from '../ingest/index.ts';
import { loadKnowledgeBase } from '../knowledge/load-knowledge.ts';
import { DEFAULT_ONTOLOGY_PATH, loadOntology } from '../ontology/load.ts';

/** The seed articles, used when no file is given. */
export const DEFAULT_ARTICLES = fileURLToPath(new URL('../../seed/articles', import.meta.url));

/** The article paths to read: those given, else the seed articles. */
export const articlePaths = (paths: readonly string[]): string[] => (paths.length > 0 ? [...paths] : [DEFAULT_ARTICLES]);

export interface ContextOptions {
  /** Extra catalog files (topic packs) merged after seed/catalog.yaml, in order. */
  catalog: readonly string[];
  /** False (`--no-topic-packs`): the general knowledge alone, no seed/catalog.yaml. Default true. */
  topicPacks?: boolean;
  /** An ontology file instead of schema/ontology.yaml. */
  ontology?: string;
  /** Folder of the parse cache; default `parses/` in the cache folder, null for none (the benches). */
  parseCache?: string | null;
}

/** The catalog and ontology files a context is built from (the pipeline fingerprint hashes them). */
export function contextFiles(options: ContextOptions): string[] {
  const catalogs = (options.topicPacks ?? true) ? [DEFAULT_CATALOG_PATH, ...options.catalog] : [];
  return [...catalogs, options.ontology ?? DEFAULT_ONTOLOGY_PATH];
}

/** The extraction context, and the files it was built from (for the pipeline fingerprint). */
export function loadContext(options: ContextOptions): { context: ExtractionContext; files: string[] } {
  const topicPacks = options.topicPacks ?? true;
  const { catalog } = loadKnowledgeBase({ catalogFiles: options.catalog, topicPacks });
  const ontology = loadOntology(options.ontology ?? DEFAULT_ONTOLOGY_PATH);
  // Parses are kept next to the fetched pages, so re-extracting after a catalog or ontology change skips the parser.
  const parseCache = options.parseCache === undefined ? join(defaultCacheDir(), 'parses') : (options.parseCache ?? undefined);
  return { context: createContext({ catalog, ontology, parseCache }), files: contextFiles(options) };
}

export interface Inputs {
  articles: Article[];
  context: ExtractionContext;
  /** Some file could not be read (its problems went to stderr). */
  failed: boolean;
}

/** Reads the articles and builds the context; ingest problems are printed to stderr as `kg <name>: file:line: reason`. */
export async function readInputs(name: string, paths: readonly string[], options: ContextOptions & { strict: boolean }): Promise<Inputs> {
  const { context } = loadContext(options);
  return { ...(await readArticleFiles(name, paths, options.strict)), context };
}

/** Reads the articles alone (the context is built elsewhere, e.g. in worker threads); problems go to stderr as in readInputs. */
export async function readArticleFiles(name: string, paths: readonly string[], strict: boolean): Promise<Omit<Inputs, 'context'>> {
  const { articles, problems } = await readArticles(articlePaths(paths), { strict });
  for (const problem of problems) console.error(`kg ${name}: ${formatProblem(problem)}`);
  // Inputs skipped on purpose (not English, no article text) are reported but are no failure.
  return { articles, failed: problems.some((problem) => problem.skip === undefined) };
}

/** One article's extraction, or why it failed, as a line naming the file (and line) and the article. */
export type CheckedExtraction = { extraction: ArticleExtraction; failure?: undefined } | { extraction?: undefined; failure: string };

/**
 * Extracts `article` and validates the result (src/document/validate.ts). An exception or
 * an invalid result is a bug in newsgraph, never in the article: the failure says so.
 */
export function extractChecked(article: Article, context: ExtractionContext): CheckedExtraction {
  let reasons: string[];
  try {
    const extraction = extractArticle(article, context);
    reasons = validateExtraction(article, extraction, context.ontology);
    if (reasons.length === 0) return { extraction };
  } catch (error) {
    reasons = [`extraction raised an error: ${(error as Error)?.message ?? String(error)}`];
  }
  return { failure: failureLine(article, reasons) };
}

/** Why `article` could not be extracted, naming its file (and line) and id, with the bug-report hint. */
export function failureLine(article: Article, reasons: readonly string[]): string {
  const where = formatProblem({ file: article.origin.file, line: article.origin.line, reason: `article "${article.id}"` });
  return `${where} could not be extracted: ${reasons.join('; ')}; ${REPORT_HINT}`;
}
