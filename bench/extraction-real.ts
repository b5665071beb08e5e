/**
 * Extraction on real text, parser included: the English Web Treebank's source documents
 * (emails, reviews, newsgroups, blogs; 16,622 sentences) rebuilt from their `# text =` lines,
 * through `extractArticle` on one core (sentences per CPU-second, the target) and on all
 * cores (one worker thread per core, each with half of the documents), next to the parse
 * alone (`analyze`) on the same text: the floor under any extractor built on the parser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, extractArticle } from '../src/extract/index.ts';
import { conlluText } from '../src/evaluate/conllu-text.ts';
import type { Article } from '../src/ingest/types.ts';
import { analyze } from '../src/nlp/index.ts';
import { row, type Section } from './report.ts';
import { timedWorkers } from './worker-pass.ts';

export interface RealTextBenchOptions {
  /** Folder of EWT's per-document sources (`ud/ewt/sources`). */
  sourcesDir: string;
  /** Use every n-th document only (1 = all). */
  stride: number;
  cores: number;
}

/** Target of the issue: sentences per CPU-second on one core, parse included. */
const TARGET_PER_CPU_SECOND = 1_000;
/** Target of the issue: two cores at least this much faster than one. */
const TARGET_SPEED_UP = 1.6;

const WORKER_MODULE = new URL('./extraction-real-worker.ts', import.meta.url).href;

/** Paths of the EWT source documents, every `stride`-th, in a fixed order. */
export function sourceDocuments(sourcesDir: string, stride: number): string[] {
  const files = readdirSync(sourcesDir)
    .sort()
    .flatMap((genre) => readdirSync(join(sourcesDir, genre)).sort().map((file) => join(sourcesDir, genre, file)));
  return files.filter((_, index) => index % stride === 0);
}

/** A text as an article (no metadata: extraction needs only the text). */
function textArticle(id: string, text: string): Article {
  return { id, text, date: null, title: null, source: null, url: null, contentHash: id } as unknown as Article;
}

/** One EWT document as an article. */
export function documentArticle(path: string): Article {
  return path === '' ? textArticle('warm-up', 'The minister met the envoy.') : textArticle(path, conlluText(readFileSync(path, 'utf8'), path));
}

export interface RealPass {
  wallMs: number;
  cpuMs: number;
  sentences: number;
}

/** An extraction context that counts the sentences it parses, loaded and warmed up. */
export interface CountingContext {
  context: ReturnType<typeof createContext>;
  sentences: { count: number };
}

export function countingContext(): CountingContext {
  const sentences = { count: 0 };
  const context = createContext({
    analyze: (text) => {
      const parsed = analyze(text);
      sentences.count += parsed.length;
      return parsed;
    },
  });
  // The model and the knowledge base load here, not in a timed pass.
  extractArticle(documentArticle(''), context);
  return { context, sentences };
}

/** Documents each thread extracts before its clock starts, so every pass is timed with warm code. */
const WARM_UP_DOCUMENTS = 20;

/** Runs the pipeline over the first documents untimed (the JIT compiles the hot paths). */
export function warmUp(articles: readonly Article[], prepared: CountingContext): void {
  for (const article of articles.slice(0, WARM_UP_DOCUMENTS)) extractArticle(article, prepared.context);
}

/** Times the pipeline (or the parse alone) over the articles in this thread: wall and CPU time. */
export function timedPass(articles: readonly Article[], mode: 'extract' | 'parse', prepared: CountingContext): RealPass {
  prepared.sentences.count = 0;
  const cpu = process.cpuUsage();
  const begin = performance.now();
  for (const article of articles) {
    if (mode === 'parse') prepared.sentences.count += analyze(article.text).length;
    else extractArticle(article, prepared.context);
  }
  const wallMs = performance.now() - begin;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, sentences: prepared.sentences.count };
}

/** One pass on `cores` worker threads, each with every `cores`-th document. */
async function parallelPass(paths: readonly string[], cores: number, mode: 'extract' | 'parse'): Promise<RealPass> {
  const slices = Array.from({ length: cores }, (_, core) => ({ paths: paths.filter((_, index) => index % cores === core), mode }));
  const { ms, results } = await timedWorkers<RealPass>(WORKER_MODULE, slices);
  const sum = (field: 'cpuMs' | 'sentences') => results.reduce((all, result) => all + result[field], 0);
  return { wallMs: ms, cpuMs: sum('cpuMs'), sentences: sum('sentences') };
}

/** Measures extraction on real text; `log` receives progress lines. */
export async function realTextSection(options: RealTextBenchOptions, log: (line: string) => void): Promise<Section> {
  const section: Section = { name: 'Extraction on real text', rows: [], notes: [], seconds: 0 };
  const paths = sourceDocuments(options.sourcesDir, options.stride);
  const articles = paths.map(documentArticle);
  const size = `${paths.length} EWT documents`;
  log(`extraction on real text: ${size}, one core`);
  const prepared = countingContext();
  warmUp(articles, prepared);
  const parse = timedPass(articles, 'parse', prepared);
  const full = timedPass(articles, 'extract', prepared);
  const perCpuSecond = (pass: RealPass) => (pass.sentences * 1000) / pass.cpuMs;
  const perWallSecond = (pass: RealPass) => (pass.sentences * 1000) / pass.wallMs;
  section.rows.push(
    row({
      figure: 'sentences per CPU-second, 1 core, parse included',
      size,
      value: perCpuSecond(full),
      unit: 'sent/CPU-s',
      baseline: { name: 'parse alone (analyze)', value: perCpuSecond(parse) },
      target: { text: `≥ ${TARGET_PER_CPU_SECOND.toLocaleString('en-US')}`, met: perCpuSecond(full) >= TARGET_PER_CPU_SECOND },
    }),
  );
  if (options.cores > 1) {
    log(`extraction on real text: ${size}, ${options.cores} cores`);
    const all = await parallelPass(paths, options.cores, 'extract');
    const speedUp = perWallSecond(all) / perWallSecond(full);
    section.rows.push(
      row({
        figure: `sentences/s, ${options.cores} cores (worker threads)`,
        size,
        value: perWallSecond(all),
        unit: 'sent/s',
        baseline: { name: '1 core', value: perWallSecond(full) },
      }),
      row({
        figure: `speed-up of ${options.cores} cores over 1`,
        size,
        value: speedUp,
        unit: '×',
        target: { text: `≥ ${TARGET_SPEED_UP}×`, met: speedUp >= TARGET_SPEED_UP },
      }),
    );
  }
  section.notes.push(
    'Text: every EWT source document (ud/ewt/sources) rebuilt from its `# text =` lines, read before the clock starts;',
    'the model and the knowledge base are loaded before it too.',
    'CPU time is process.cpuUsage() of the one-core pass (user + system), so the garbage collector\'s threads count against it.',
  );
  return section;
}
