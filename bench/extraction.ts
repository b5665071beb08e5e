/**
 * Extraction section of `npm run bench`: sentences/s and MB/s of the extraction pipeline
 * on one core (in process) and on all cores (worker_threads, one slice per core), for
 * growing corpus sizes, against a bare pass (splitter + tokenizer + alias matcher) over
 * the same articles; peak RSS; cost per article. The corpus is for speed and scale only: it
 * is generated from the constructions the extractor reads, so its accuracy predicts nothing
 * (quality figures come from `npm run eval`; real text is timed in extraction-real.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { stringify } from 'yaml';
import { createCorpusContext } from '../src/synth/corpus.ts';
import { catalogDocument } from '../src/synth/ground-truth.ts';
import { barePass, fullPass, prepareSlice, type PassResult, type SliceSpec } from './extraction-pass.ts';
import { row, type Row, type Section } from './report.ts';
import { shortCount } from './stats.ts';

export interface ExtractionBenchOptions {
  sizes: number[];
  seed: number;
  actors: number;
  cores: number;
  /** Scratch directory (for the generated catalog). */
  workDir: string;
}

const WORKER_MODULE = new URL('./extraction-worker.ts', import.meta.url).href;

const perSecond = (count: number, ms: number) => (count * 1000) / ms;

/** Runs one pass on `cores` workers, each with its own slice; wall time from "go" to the last result. */
async function parallelPass(spec: Omit<SliceSpec, 'start' | 'count'>, total: number, cores: number, mode: 'full' | 'bare'): Promise<PassResult> {
  const size = Math.ceil(total / cores);
  const workers = Array.from({ length: cores }, (_, i) => {
    const slice: SliceSpec = { ...spec, start: i * size, count: Math.max(0, Math.min(size, total - i * size)) };
    return new Worker(new URL('./ts-worker.mjs', import.meta.url), { workerData: { module: WORKER_MODULE, spec: slice, mode } });
  });
  try {
    await Promise.all(workers.map((worker) => new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject))));
    const begin = performance.now();
    const results = await Promise.all(
      workers.map((worker) => {
        const done = new Promise<PassResult>((resolve, reject) => worker.once('message', resolve).once('error', reject));
        worker.postMessage('go');
        return done;
      }),
    );
    const ms = performance.now() - begin;
    const sum = (field: keyof PassResult) => results.reduce((total, result) => total + result[field], 0);
    return { ms, articles: sum('articles'), sentences: sum('sentences'), bytes: sum('bytes'), relations: sum('relations') };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

function rateRows(label: string, size: string, full: PassResult, bare: PassResult): Row[] {
  const sentences = perSecond(full.sentences, full.ms);
  return [
    row({
      figure: `sentences/s, ${label}`,
      size,
      value: sentences,
      unit: 'sent/s',
      baseline: { name: 'bare pass', value: perSecond(bare.sentences, bare.ms) },
    }),
    row({
      figure: `MB/s, ${label}`,
      size,
      value: perSecond(full.bytes / 1e6, full.ms),
      unit: 'MB/s',
      baseline: { name: 'bare pass', value: perSecond(bare.bytes / 1e6, bare.ms) },
    }),
  ];
}

/** Measures extraction; `log` receives progress lines. */
export async function extractionSection(options: ExtractionBenchOptions, log: (line: string) => void): Promise<Section> {
  const section: Section = { name: 'Extraction', rows: [], notes: [], seconds: 0 };
  const corpus = createCorpusContext(options.seed, options.actors);
  await mkdir(options.workDir, { recursive: true });
  const catalogPath = join(options.workDir, 'synth-catalog.yaml');
  await writeFile(catalogPath, stringify(catalogDocument(corpus.population), { lineWidth: 0 }));
  const base = { seed: options.seed, actors: options.actors, catalogPath };

  for (const n of options.sizes) {
    const size = `${shortCount(n)} articles`;
    log(`extraction: ${size}, one core`);
    const { articles, context } = prepareSlice({ ...base, start: 0, count: n });
    const bare = barePass(articles, context);
    const full = fullPass(articles, context);
    section.rows.push(...rateRows('1 core', size, full, bare));
    section.rows.push(
      row({
        figure: 'cost per article, 1 core',
        size,
        value: (full.ms * 1000) / full.articles,
        unit: 'µs',
        baseline: { name: 'bare pass', value: (bare.ms * 1000) / bare.articles },
      }),
    );
    section.rows.push(row({ figure: 'peak RSS (process so far)', size, value: process.resourceUsage().maxRSS / 1024, unit: 'MB' }));
    if (options.cores > 1) {
      log(`extraction: ${size}, ${options.cores} cores`);
      const fullAll = await parallelPass(base, n, options.cores, 'full');
      const bareAll = await parallelPass(base, n, options.cores, 'bare');
      section.rows.push(...rateRows(`${options.cores} cores`, size, fullAll, bareAll));
      section.rows.push(
        row({
          figure: `speed-up of ${options.cores} cores over 1`,
          size,
          value: perSecond(fullAll.sentences, fullAll.ms) / perSecond(full.sentences, full.ms),
          unit: '×',
        }),
      );
    }
  }
  section.notes.push(
    'Articles are generated by src/synth and read through ingest (parseJsonLines) before the clock starts; the catalog is the generated one.',
    'Bare pass: the same articles through analyze (the parse) + findMentions only, the floor under any extractor built on them.',
  );
  return section;
}
