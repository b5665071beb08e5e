/**
 * Runs an extractor over an evaluation set (a directory of articles plus a directory of
 * gold files, one per article) and scores its output. The extractor is passed in, so the
 * same runner serves `npm run eval`, the gold test and experiments with other extractors.
 */
import { readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphDocument } from '../document/types.ts';
import { KgError } from '../errors.ts';
import { readArticles, type Article } from '../ingest/index.ts';
import { loadOntology } from '../ontology/index.ts';
import { loadYamlFile, type ParsedYaml, type YamlIssue } from '../yaml/parse-yaml.ts';
import { goldArticleSchema, type GoldArticle } from './gold.ts';
import { scoreDocument, type Evaluation } from './score.ts';

export interface EvaluationSet {
  name: string;
  /** Directory of articles (any format ingest reads). */
  articles: string;
  /** Directory of gold files `<article-file-stem>.yaml` (not searched recursively). */
  gold: string;
}

/** Absolute path of `path`, given relative to the repository root. */
export const repoPath = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** The seed articles and their gold. */
export const SEED_SET: EvaluationSet = {
  name: 'seed',
  articles: repoPath('seed/articles'),
  gold: repoPath('eval/gold/seed'),
};

/** The development articles: other outlets, spellings and crises than the seeds. */
export const DEV_SET: EvaluationSet = {
  name: 'dev',
  articles: repoPath('eval/dev-articles'),
  gold: repoPath('eval/gold/dev'),
};

/** Anything that turns articles into a graph document, like `extractDocument`. */
export type Extractor = (articles: Article[]) => GraphDocument | Promise<GraphDocument>;

/** One evaluated document: its gold, the article it annotates and, for the test set, how it was chosen. */
export interface GoldDocument {
  gold: GoldArticle;
  article: Article;
  /** Topic of the document (test set manifest), for per-topic figures. */
  topic?: string;
  /** Whether the document is about politics (test set manifest). */
  political?: boolean;
}

export interface SetResult {
  name: string;
  documents: GoldDocument[];
  articles: Article[];
  gold: GoldArticle[];
  document: GraphDocument;
  evaluation: Evaluation;
}

/** File stem of an article's origin, the key gold files use. */
export const stemOf = (article: Article): string => basename(article.origin.file, extname(article.origin.file));

/**
 * Loads one gold file and checks it against itself and the ontology: every relation type
 * must be one of `relationTypes`, every endpoint listed in `actors`, and `article` must be
 * the file's stem. Throws a KgError naming file and line.
 */
export function loadGoldFile(
  file: string,
  relationTypes: ReadonlySet<string> = new Set(loadOntology().relations.keys()),
): ParsedYaml<GoldArticle> {
  const parsed = loadYamlFile(file, goldArticleSchema);
  const { article, actors, relations } = parsed.data;
  const issues: YamlIssue[] = [];
  if (article !== basename(file, '.yaml')) {
    issues.push({ path: ['article'], message: `must be the file stem "${basename(file, '.yaml')}"` });
  }
  const listed = new Set(actors);
  relations.forEach((relation, index) => {
    if (!relationTypes.has(relation.type)) {
      issues.push({ path: ['relations', index, 'type'], message: `"${relation.type}" is not a relation type of the ontology` });
    }
    for (const end of ['source', 'target'] as const) {
      if (!listed.has(relation[end])) {
        issues.push({ path: ['relations', index, end], message: `"${relation[end]}" is not listed in actors; add it there` });
      }
    }
  });
  if (issues.length > 0) parsed.fail(issues);
  return parsed;
}

/** Loads every gold file of a set's gold directory, in file-name order. */
export function loadGoldSet(set: EvaluationSet): Array<ParsedYaml<GoldArticle>> {
  const files = readdirSync(set.gold, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => entry.name)
    .sort();
  const relationTypes = new Set(loadOntology().relations.keys());
  return files.map((name) => loadGoldFile(join(set.gold, name), relationTypes));
}

/**
 * Pairs each gold file with its article by file stem and checks that every gold `sentence`
 * is quoted verbatim from the article text. Throws a KgError naming the gold file and line otherwise.
 */
export function matchGold(golds: Array<ParsedYaml<GoldArticle>>, articles: Article[]): Map<string, Article> {
  const byStem = new Map(articles.map((article) => [stemOf(article), article]));
  for (const parsed of golds) checkGoldAgainst(parsed, byStem.get(parsed.data.article));
  return byStem;
}

/**
 * Checks one gold file against the article it annotates (`undefined`: none was found):
 * every `sentence` must be a verbatim substring of the article text.
 */
export function checkGoldAgainst(parsed: ParsedYaml<GoldArticle>, article: Article | undefined): asserts article is Article {
  if (!article) {
    parsed.fail([{ path: ['article'], message: `no article file with stem "${parsed.data.article}"; check the name` }]);
  }
  const issues: YamlIssue[] = parsed.data.relations.flatMap((relation, index) =>
    article.text.includes(relation.sentence)
      ? []
      : [{ path: ['relations', index, 'sentence'], message: 'is not a verbatim substring of the article text' }],
  );
  if (issues.length > 0) parsed.fail(issues);
}

/** Reads a directory set: its gold files, each paired with its article. */
export async function loadSetDocuments(set: EvaluationSet): Promise<GoldDocument[]> {
  const golds = loadGoldSet(set);
  if (golds.length === 0) throw new KgError(`${set.gold}: no gold files (*.yaml); check the directory.`);
  const { articles } = await readArticles([set.articles], { strict: true });
  const byStem = matchGold(golds, articles);
  return golds.map((parsed) => ({ gold: parsed.data, article: byStem.get(parsed.data.article)! }));
}

/** Runs `extract` on the articles of `documents` all at once (as `kg extract` does) and scores the result. */
export async function evaluateDocuments(name: string, documents: GoldDocument[], extract: Extractor): Promise<SetResult> {
  const articles = documents.map((entry) => entry.article);
  const gold = documents.map((entry) => entry.gold);
  const idOf = new Map(documents.map((entry) => [entry.gold.article, entry.article.id]));
  const document = await extract(articles);
  const evaluation = scoreDocument(gold, document, { articleIdOf: (key) => idOf.get(key)! });
  return { name, documents, articles, gold, document, evaluation };
}

/** Reads a directory set, runs `extract` on all its articles at once and scores the result. */
export async function evaluateSet(set: EvaluationSet, extract: Extractor): Promise<SetResult> {
  return evaluateDocuments(set.name, await loadSetDocuments(set), extract);
}
