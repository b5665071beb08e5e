/**
 * Writes a synthetic corpus to a directory, streaming: articles (one front-matter `.md`
 * file each under `articles/`, or one `articles.jsonl`), `catalog.yaml` for its actors
 * and `ground-truth.json`. Only the population is held in memory, so 100k articles
 * need no more memory than 100.
 */
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { KgError } from '../errors.ts';
import { createCorpusContext, generateArticle, SYNTH_DEFAULTS, type SynthArticle, type SynthOptions } from './corpus.ts';
import { catalogDocument, groundTruthHeader } from './ground-truth.ts';

export type CorpusFormat = 'md' | 'jsonl';

export interface WriteCorpusOptions extends SynthOptions {
  out: string;
  format: CorpusFormat;
}

export interface WrittenCorpus {
  articles: number;
  relations: number;
  actors: number;
  bytes: number;
  files: { articles: string; catalog: string; groundTruth: string };
}

/** Files `kg synth` owns in its output directory; anything else there means the wrong directory. */
const OWN_ENTRIES = new Set(['articles', 'articles.jsonl', 'catalog.yaml', 'ground-truth.json']);

/** Front matter plus body; quoted with JSON so titles with colons stay valid YAML. */
export function toMarkdown(article: SynthArticle): string {
  const header = [`id: ${article.id}`, `date: ${article.date}`, `title: ${JSON.stringify(article.title)}`, `source: ${JSON.stringify(article.source)}`];
  return `---\n${header.join('\n')}\n---\n${article.text}\n`;
}

/** One JSON Lines record in the shape ingest reads. */
export function toJsonLine(article: SynthArticle): string {
  const { id, date, title, source, url, text } = article;
  return `${JSON.stringify({ id, date, title, source, url, text })}\n`;
}

async function write(stream: WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

async function close(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

async function checkOutDir(out: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(out);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') throw new KgError(`synth: ${out} is a file; give --out a directory.`);
    throw error;
  }
  const foreign = entries.filter((entry) => !OWN_ENTRIES.has(entry));
  if (foreign.length > 0) {
    throw new KgError(
      `synth: ${out} already holds files kg synth did not write (${foreign.slice(0, 3).join(', ')}); choose an empty or new directory for --out.`,
    );
  }
}

/** Generates a corpus and writes it under `options.out`; resolves to what was written. */
export async function writeCorpus(options: Partial<WriteCorpusOptions> & Pick<WriteCorpusOptions, 'out'>): Promise<WrittenCorpus> {
  const { out, format = 'md', ...rest } = options;
  const synth = { ...SYNTH_DEFAULTS, ...rest };
  await checkOutDir(out);
  await mkdir(out, { recursive: true });
  const context = createCorpusContext(synth.seed, synth.actors);
  const files = {
    articles: join(out, format === 'md' ? 'articles' : 'articles.jsonl'),
    catalog: join(out, 'catalog.yaml'),
    groundTruth: join(out, 'ground-truth.json'),
  };
  await writeFile(files.catalog, stringify(catalogDocument(context.population), { lineWidth: 0 }));

  const truth = createWriteStream(files.groundTruth);
  const jsonl = format === 'jsonl' ? createWriteStream(files.articles) : null;
  if (format === 'md') await mkdir(files.articles, { recursive: true });
  let relations = 0;
  let bytes = 0;
  try {
    await write(truth, groundTruthHeader(synth, context.population));
    for (let index = synth.start; index < synth.start + synth.articles; index += 1) {
      const article = generateArticle(context, index);
      const { id, date, actors } = article;
      const entry = { article: id, date, actors, relations: article.relations.map(({ article: _, ...relation }) => relation) };
      await write(truth, `${index === synth.start ? '' : ',\n'}${JSON.stringify(entry)}`);
      relations += article.relations.length;
      const content = jsonl ? toJsonLine(article) : toMarkdown(article);
      bytes += Buffer.byteLength(content);
      if (jsonl) await write(jsonl, content);
      else await writeFile(join(files.articles, `${id}.md`), content);
    }
    await write(truth, '\n]}\n');
  } finally {
    await close(truth);
    if (jsonl) await close(jsonl);
  }
  return { articles: synth.articles, relations, actors: context.population.actors.length, bytes, files };
}
