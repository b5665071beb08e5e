/**
 * The real documents of ../shared/data/ as articles, for the bulk tests: the English Web
 * Treebank's source documents, GUM, the Wikinews articles, WikiEvents dev and Re-DocRED
 * dev. Treebank text is rebuilt from `# text =` lines (paragraphs from `# newpar`);
 * every document then goes through ingest as a plain-text article would.
 *
 * The extraction test set (Wikinews = GUM news, EWT weblog and newsgroup) is left out
 * until its gold is committed under eval/gold/test: nothing may run the extractor on it before.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../src/ingest/index.ts';
import type { Article } from '../../src/ingest/index.ts';
import { conlluText } from '../../src/evaluate/conllu-text.ts';

export const DATA_DIR = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const GOLD_TEST_DIR = fileURLToPath(new URL('../../eval/gold/test/', import.meta.url));

/** True once the test set's gold is in the repository, so the test set may be extracted. */
export const testSetAnnotated = (): boolean => existsSync(GOLD_TEST_DIR) && readdirSync(GOLD_TEST_DIR).length > 0;

export interface BulkDocument {
  corpus: string;
  /** Where it came from, for messages: file, plus the record for multi-document files. */
  name: string;
  text: string;
}

const files = (dir: string, suffix: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => join(dir, name));

function* treebank(corpus: string, paths: string[]): Generator<BulkDocument> {
  for (const path of paths) yield { corpus, name: path.slice(DATA_DIR.length), text: conlluText(readFileSync(path, 'utf8'), path) };
}

const EWT_TEST_GENRES = new Set(['weblog', 'newsgroup']);

/** Every bulk document, corpus by corpus, in a fixed order; the test set only once annotated. */
export function* bulkDocuments(options: { includeTestSet?: boolean } = {}): Generator<BulkDocument> {
  const includeTestSet = options.includeTestSet ?? testSetAnnotated();
  const ewt = join(DATA_DIR, 'ud/ewt/sources');
  for (const genre of readdirSync(ewt).sort()) {
    if (includeTestSet || !EWT_TEST_GENRES.has(genre)) yield* treebank(`ewt-${genre}`, files(join(ewt, genre), '.conllu'));
  }
  const gum = files(join(DATA_DIR, 'ud/gum'), '.conllu').filter((path) => includeTestSet || !path.includes('/GUM_news_'));
  yield* treebank('gum', gum);
  if (includeTestSet) {
    for (const path of files(join(DATA_DIR, 'news/gum-wikinews'), '.md'))
      yield { corpus: 'wikinews', name: path.slice(DATA_DIR.length), text: readFileSync(path, 'utf8') };
  }
  const wikievents = join(DATA_DIR, 'benchmarks/wikievents/dev.jsonl');
  for (const line of readFileSync(wikievents, 'utf8').split('\n').filter(Boolean)) {
    const record = JSON.parse(line) as { doc_id: string; sentences: [unknown, string][] };
    yield { corpus: 'wikievents-dev', name: `wikievents/dev.jsonl#${record.doc_id}`, text: record.sentences.map(([, text]) => text).join(' ') };
  }
  const redocred = JSON.parse(readFileSync(join(DATA_DIR, 'benchmarks/redocred/dev_revised.json'), 'utf8')) as { title: string; sents: string[][] }[];
  for (const [index, doc] of redocred.entries()) {
    yield { corpus: 'redocred-dev', name: `redocred/dev_revised.json#${index}`, text: doc.sents.map((tokens) => tokens.join(' ')).join(' ') };
  }
}

/**
 * The articles of a bulk document, read the way `kg extract file.txt` (or `.md`) reads
 * it; documents that ingest refuses (empty after cleaning) give none.
 */
export function articlesOf(document: BulkDocument): Article[] {
  const file = document.name.endsWith('.md') ? document.name : `${document.name}.txt`;
  return parseArticle(document.text, { file }).articles;
}
