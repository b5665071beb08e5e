/**
 * Extraction on real text, parser included: the English Web Treebank's source documents
 * (emails, reviews, newsgroups, blogs; 16,622 sentences) rebuilt from their `# text =` lines,
 * through the product's per-article extraction on one core (a child process pinned to one
 * core; sentences per CPU-second, the target) and on all cores through the thread pool of
 * `kg extract` (src/cli/extract-pool.ts), next to the parse alone (`analyze`) on the same
 * text: the floor under any extractor built on the parser.
 */
import { execFile, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openExtractor } from '../src/cli/extract-pool.ts';
import { extractChecked, loadContext } from '../src/cli/inputs.ts';
import { conlluText } from '../src/evaluate/conllu-text.ts';
import type { Article } from '../src/ingest/types.ts';
import { analyze } from '../src/nlp/index.ts';
import { cpuCeiling } from './cpu-ceiling.ts';
import { row, type Section } from './report.ts';

const run = promisify(execFile);

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

/** Paths of the EWT source documents, every `stride`-th, in a fixed order. */
export function sourceDocuments(sourcesDir: string, stride: number): string[] {
  const files = readdirSync(sourcesDir)
    .sort()
    .flatMap((genre) => readdirSync(join(sourcesDir, genre)).sort().map((file) => join(sourcesDir, genre, file)));
  return files.filter((_, index) => index % stride === 0);
}

/** A text as an article (no metadata: extraction needs only the text). */
function textArticle(id: string, text: string): Article {
  return { id, text, date: null, title: null, source: null, url: null, contentHash: id, origin: { file: id } } as unknown as Article;
}

/** One EWT document as an article. */
export function documentArticle(path: string): Article {
  return textArticle(path, conlluText(readFileSync(path, 'utf8'), path));
}

export interface RealPass {
  wallMs: number;
  cpuMs: number;
  sentences: number;
}

/** The product's context (src/cli/inputs.ts, as `kg extract` builds it) without the parse cache. */
const PRODUCT_CONTEXT = { catalog: [], parseCache: null };

/** Documents each thread extracts before its clock starts, so every pass is timed with warm code. */
const WARM_UP_DOCUMENTS = 20;

/** Times `run` over the articles in this process: wall time and CPU time (every thread of the process). */
function timed(articles: readonly Article[], run: (article: Article) => number): RealPass {
  const cpu = process.cpuUsage();
  const begin = performance.now();
  let sentences = 0;
  for (const article of articles) sentences += run(article);
  const wallMs = performance.now() - begin;
  const used = process.cpuUsage(cpu);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, sentences };
}

/**
 * The one-core passes (in this thread): the parse alone, then `extractChecked` (extraction and
 * validation, what each `kg extract` thread does per article), after a warm-up; the model and
 * the knowledge base load before the clock starts.
 */
export function singleCorePasses(articles: readonly Article[]): { parse: RealPass; full: RealPass } {
  const { context } = loadContext(PRODUCT_CONTEXT);
  const parseOf = context.analyze;
  let parsed = 0;
  context.analyze = (text) => {
    const sentences = parseOf(text);
    parsed += sentences.length;
    return sentences;
  };
  for (const article of articles.slice(0, WARM_UP_DOCUMENTS)) extractChecked(article, context);
  const parse = timed(articles, (article) => analyze(article.text).length);
  const full = timed(articles, (article) => {
    parsed = 0;
    extractChecked(article, context);
    return parsed;
  });
  return { parse, full };
}

/** Runs singleCorePasses in a child process on core 0 (`taskset`, when the system has it). */
async function pinnedSingleCorePasses(options: RealTextBenchOptions): Promise<{ parse: RealPass; full: RealPass; pinned: boolean }> {
  const script = fileURLToPath(new URL('./extraction-real-single.ts', import.meta.url));
  // V8's heap and GC flags of this process (which the pool's threads share) apply to the child too.
  const v8Flags = process.execArgv.filter((arg) => /^--(max-|min-|single-threaded)/.test(arg));
  const node = [process.execPath, ...v8Flags, '--import', 'tsx', script, options.sourcesDir, String(options.stride)];
  const pinned = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  const [command, ...args] = pinned ? ['taskset', '-c', '0', ...node] : node;
  const { stdout } = await run(command!, args, { maxBuffer: 1 << 20 });
  return { ...(JSON.parse(stdout) as { parse: RealPass; full: RealPass }), pinned };
}

/**
 * The product's multi-core path, `openExtractor` of src/cli/extract-pool.ts (what `kg extract`
 * and `kg seed` run with `--jobs cores`): threads loaded and warmed up before the clock starts.
 */
async function poolPass(articles: readonly Article[], cores: number, sentences: number): Promise<RealPass> {
  const extractor = await openExtractor(PRODUCT_CONTEXT, cores);
  try {
    await extractor.extract(articles.slice(0, WARM_UP_DOCUMENTS * cores));
    const cpu = process.cpuUsage();
    const begin = performance.now();
    const failed = (await extractor.extract(articles)).filter((result) => result.failure).length;
    const wallMs = performance.now() - begin;
    const used = process.cpuUsage(cpu);
    if (failed > 0) throw new Error(`bench: ${failed} document(s) failed on ${cores} threads`);
    return { wallMs, cpuMs: (used.user + used.system) / 1000, sentences };
  } finally {
    await extractor.close();
  }
}

/** Measures extraction on real text; `log` receives progress lines. */
export async function realTextSection(options: RealTextBenchOptions, log: (line: string) => void): Promise<Section> {
  const section: Section = { name: 'Extraction on real text', rows: [], notes: [], seconds: 0 };
  const paths = sourceDocuments(options.sourcesDir, options.stride);
  const size = `${paths.length} EWT documents`;
  log(`extraction on real text: ${size}, one core (a child process)`);
  const { parse, full, pinned } = await pinnedSingleCorePasses(options);
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
    row({ figure: 'sentences/s, 1 core', size, value: perWallSecond(full), unit: 'sent/s' }),
  );
  if (options.cores > 1) {
    log(`extraction on real text: ${size}, ${options.cores} cores (the kg extract thread pool)`);
    const all = await poolPass(paths.map(documentArticle), options.cores, full.sentences);
    const speedUp = perWallSecond(all) / perWallSecond(full);
    const ceiling = await cpuCeiling(options.cores);
    section.rows.push(
      row({
        figure: `sentences/s, ${options.cores} cores (kg extract --jobs ${options.cores})`,
        size,
        value: perWallSecond(all),
        unit: 'sent/s',
        baseline: { name: '1 core', value: perWallSecond(full) },
      }),
      row({
        figure: `sentences per CPU-second, ${options.cores} cores (every thread of the process)`,
        size,
        value: perCpuSecond(all),
        unit: 'sent/CPU-s',
        baseline: { name: '1 core', value: perCpuSecond(full) },
      }),
      row({
        figure: `speed-up of ${options.cores} cores over 1`,
        size,
        value: speedUp,
        unit: '×',
        baseline: { name: `${options.cores} busy loops over 1 (what the machine gives)`, value: ceiling },
        target: { text: `≥ ${TARGET_SPEED_UP}×`, met: speedUp >= TARGET_SPEED_UP },
      }),
    );
  }
  section.notes.push(
    'Text: every EWT source document (ud/ewt/sources) rebuilt from its `# text =` lines, read before the clock starts;',
    'the model and the knowledge base (the context kg extract builds, without the parse cache) are loaded before it too,',
    `and each thread extracts ${WARM_UP_DOCUMENTS} documents untimed first.`,
    pinned
      ? 'One core: a child process pinned to core 0 (taskset -c 0), so the garbage collector and compiler threads share that core.'
      : 'One core: a child process, NOT pinned (no taskset here): V8\'s helper threads may use another core, which flatters it.',
    'Its CPU time is process.cpuUsage() (user + system, every thread). All cores: the thread pool of kg extract and kg seed',
    '(src/cli/extract-pool.ts), one worker per core, articles handed out as workers fall free, results back in order.',
    'The speed-up\'s baseline is the ceiling: N threads of a bare busy loop against one (bench/cpu-ceiling.ts); a virtual',
    'machine whose host shares its cores gives less than N there, and no extraction can do better.',
  );
  return section;
}
