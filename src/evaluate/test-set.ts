/**
 * The held-out test set: `eval/test-set.yaml` lists its documents (real articles and
 * political EWT documents, none used for development) with their topic and whether they
 * are about politics; `eval/gold/test/<id>.yaml` holds the gold of each. Documents are
 * read from `../shared/data/…` (paths relative to the repository root), never copied here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { KgError } from '../errors.ts';
import { readArticles, type Article } from '../ingest/index.ts';
import { loadOntology } from '../ontology/index.ts';
import { loadYamlFile, type ParsedYaml } from '../yaml/parse-yaml.ts';
import { conlluText } from './conllu-text.ts';
import { checkGoldAgainst, loadGoldFile, repoPath, type GoldDocument } from './run.ts';
import { textArticle } from './text-article.ts';

const testDocumentSchema = z.strictObject({
  /** Key of the document: its gold file is `<gold dir>/<id>.yaml` with `article: <id>`. */
  id: z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, 'ids are letters, digits, ".", "_" and "-"'),
  /** File of the document, relative to the repository root (e.g. ../shared/data/news/…). */
  path: z.string().min(1),
  /** `article`: any format ingest reads; `conllu`: text rebuilt from its `# text =` lines. */
  format: z.enum(['article', 'conllu']),
  topic: z.string().min(1),
  political: z.boolean(),
  /** Why it was chosen, or anything else an annotator wants to say; not used. */
  note: z.string().optional(),
});

export const testSetSchema = z.strictObject({ documents: z.array(testDocumentSchema).min(1) });

export type TestSetDocument = z.infer<typeof testDocumentSchema>;

export interface TestSetOptions {
  /** The manifest. */
  manifest: string;
  /** Directory of the gold files. */
  gold: string;
  /** Directory the manifest's `path`s are relative to. */
  root: string;
}

export const TEST_SET_DEFAULTS: TestSetOptions = {
  manifest: repoPath('eval/test-set.yaml'),
  gold: repoPath('eval/gold/test'),
  root: repoPath('.'),
};

/** The second development set: documents on other topics, listed and annotated like the test set. */
export const DEV_WEB_SET: Partial<TestSetOptions> = {
  manifest: repoPath('eval/dev-web-set.yaml'),
  gold: repoPath('eval/gold/dev-web'),
};

/** Loads the manifest; duplicate ids are refused with their line. */
export function loadTestManifest(file: string): ParsedYaml<z.infer<typeof testSetSchema>> {
  const parsed = loadYamlFile(file, testSetSchema);
  const seen = new Set<string>();
  parsed.data.documents.forEach(({ id }, index) => {
    if (seen.has(id)) parsed.fail([{ path: ['documents', index, 'id'], message: `"${id}" is listed twice` }]);
    seen.add(id);
  });
  return parsed;
}

/** Reads one listed document as an article (a `conllu` one gets the manifest id). */
async function readTestDocument(entry: TestSetDocument, root: string, describe: () => string): Promise<Article> {
  const file = isAbsolute(entry.path) ? entry.path : resolve(root, entry.path);
  if (entry.format === 'conllu') {
    let content: string;
    try {
      content = readFileSync(file, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new KgError(`${describe()}: cannot read ${file} (${reason}); is ../shared/data in place?`);
    }
    return textArticle(entry.id, conlluText(content, file), { file });
  }
  const { articles } = await readArticles([file], { strict: true });
  if (articles.length !== 1) throw new KgError(`${describe()}: ${file} holds ${articles.length} articles; list one article per entry.`);
  return articles[0]!;
}

/**
 * Reads the test set: every manifest entry paired with its gold and document, with topic and
 * `political` from the manifest. Throws a KgError naming the manifest or gold file and line,
 * also for a gold file the manifest does not list (it would silently go unscored).
 */
export async function loadTestSet(options: Partial<TestSetOptions> = {}): Promise<GoldDocument[]> {
  const { manifest, gold, root } = { ...TEST_SET_DEFAULTS, ...options };
  const parsed = loadTestManifest(manifest);
  const relationTypes = new Set(loadOntology().relations.keys());
  const listed = new Set(parsed.data.documents.map((entry) => `${entry.id}.yaml`));
  const unlisted = existsSync(gold) ? readdirSync(gold).filter((name) => name.endsWith('.yaml') && !listed.has(name)) : [];
  if (unlisted.length > 0) {
    const files = unlisted.map((name) => join(gold, name)).join(', ');
    throw new KgError(`${manifest}: gold ${files} has no entry in the manifest; list the document or remove the gold.`);
  }
  const documents: GoldDocument[] = [];
  for (const [index, entry] of parsed.data.documents.entries()) {
    const describe = () => `${manifest}:${parsed.lineOf(['documents', index, 'path'])}`;
    const article = await readTestDocument(entry, root, describe);
    const goldFile = join(gold, `${entry.id}.yaml`);
    if (!existsSync(goldFile)) throw new KgError(`${describe()}: no gold file ${goldFile} for "${entry.id}"; annotate it or drop the entry.`);
    const goldParsed = loadGoldFile(goldFile, relationTypes);
    checkGoldAgainst(goldParsed, article);
    documents.push({ gold: goldParsed.data, article, topic: entry.topic, political: entry.political });
  }
  return documents;
}
