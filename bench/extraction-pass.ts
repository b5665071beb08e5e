/**
 * One timed extraction pass over a slice of a synthetic corpus, shared by the in-process
 * (one core) and worker (all cores) runs. The articles are generated and ingested before
 * the clock starts; `full` times the project's pipeline (extractArticle + DocumentBuilder, by chunk),
 * `bare` only the parse (src/nlp: splitter, tokenizer, tagger, parser) and the mention finder it is built on.
 */
import { loadCatalog } from '../src/catalog/load-catalog.ts';
import { CLI_DEFAULTS } from '../src/cli/defaults.ts';
import { createContext, DocumentBuilder, extractArticle, type ExtractionContext } from '../src/extract/index.ts';
import { findMentions } from '../src/extract/mentions.ts';
import { splitSentences } from '../src/extract/sentences.ts';
import { parseJsonLines, type Article } from '../src/ingest/index.ts';
import { createCorpusContext, generateArticle } from '../src/synth/corpus.ts';
import { toJsonLine } from '../src/synth/write-corpus.ts';

export interface SliceSpec {
  seed: number;
  actors: number;
  start: number;
  count: number;
  catalogPath: string;
}

export interface PassResult {
  ms: number;
  articles: number;
  sentences: number;
  bytes: number;
  relations: number;
}

/** Articles start..start+count of the corpus, read through ingest as a JSON Lines file would be. */
export function prepareSlice(spec: SliceSpec): { articles: Article[]; context: ExtractionContext } {
  const corpus = createCorpusContext(spec.seed, spec.actors);
  const lines: string[] = [];
  for (let index = spec.start; index < spec.start + spec.count; index += 1) lines.push(toJsonLine(generateArticle(corpus, index)));
  const { articles, problems } = parseJsonLines(lines.join(''), { file: 'bench' });
  if (problems.length > 0) throw new Error(`bench: synthetic articles failed ingest: ${problems[0]!.reason}`);
  return { articles, context: createContext({ catalog: loadCatalog([spec.catalogPath]) }) };
}

/**
 * Times the full pipeline as `kg seed` runs it: a document per CLI_DEFAULTS.chunkArticles articles,
 * so memory follows the chunk, not the slice.
 */
export function fullPass(articles: readonly Article[], context: ExtractionContext): PassResult {
  const begin = performance.now();
  let relations = 0;
  for (let start = 0; start < articles.length; start += CLI_DEFAULTS.chunkArticles) {
    const builder = new DocumentBuilder(context.ontology);
    for (const article of articles.slice(start, start + CLI_DEFAULTS.chunkArticles)) builder.add(extractArticle(article, context));
    relations += builder.build().relations.length;
  }
  const ms = performance.now() - begin;
  return { ms, ...sizeOf(articles), relations };
}

/** Times the baseline: parse and find mentions, nothing else. */
export function barePass(articles: readonly Article[], context: ExtractionContext): PassResult {
  const begin = performance.now();
  let mentions = 0;
  for (const article of articles) {
    for (const sentence of context.analyze(article.text)) mentions += findMentions(sentence, context.index).length;
  }
  const ms = performance.now() - begin;
  if (mentions === 0) throw new Error('bench: the bare pass matched no mention; the catalog was not used');
  return { ms, ...sizeOf(articles), relations: 0 };
}

function sizeOf(articles: readonly Article[]): Pick<PassResult, 'articles' | 'sentences' | 'bytes'> {
  let sentences = 0;
  let bytes = 0;
  for (const article of articles) {
    sentences += splitSentences(article.text).length;
    bytes += Buffer.byteLength(article.text);
  }
  return { articles: articles.length, sentences, bytes };
}
