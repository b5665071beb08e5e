/**
 * What `kg extract` and `kg candidates` share: reading the articles (default
 * seed/articles), reporting ingest problems on stderr, and loading the catalog (plus a
 * user catalog) and the ontology into an extraction context.
 */
import { fileURLToPath } from 'node:url';
import { DEFAULT_CATALOG_PATH, loadCatalog } from '../catalog/load-catalog.ts';
import { formatProblem, readArticles, type Article } from '../ingest/index.ts';
import { loadOntology } from '../ontology/load.ts';
import { createContext, type ExtractionContext } from './index.ts';

/** The seed articles, used when no file is given. */
export const DEFAULT_ARTICLES = fileURLToPath(new URL('../../seed/articles', import.meta.url));

export interface InputOptions {
  files: string[];
  /** Extra catalog file merged after seed/catalog.yaml. */
  catalog?: string;
  ontology?: string;
  /** Fail on the first ingest problem, before anything is printed. */
  strict: boolean;
}

export interface Inputs {
  articles: Article[];
  context: ExtractionContext;
  /** Some file could not be read (its problems went to stderr). */
  failed: boolean;
}

/** Reads the articles and builds the context; ingest problems are printed to stderr. */
export async function readInputs(name: string, options: InputOptions): Promise<Inputs> {
  const catalog = loadCatalog(options.catalog ? [DEFAULT_CATALOG_PATH, options.catalog] : [DEFAULT_CATALOG_PATH]);
  const ontology = options.ontology ? loadOntology(options.ontology) : loadOntology();
  const { articles, problems } = await readArticles(options.files.length > 0 ? options.files : [DEFAULT_ARTICLES], { strict: options.strict });
  for (const problem of problems) console.error(`kg ${name}: ${formatProblem(problem)}`);
  return { articles, context: createContext({ catalog, ontology }), failed: problems.length > 0 };
}
