/**
 * `npm run eval -- --benchmark NAME FILE`: reads a public benchmark split, runs the
 * extractor on its documents at once and reports per-type precision/recall/F1 with the
 * project's scorer, ending with the line `NAME: P=… R=… F1=…`.
 */
import { KgError } from '../../errors.ts';
import { typeTable, scores } from '../report.ts';
import type { Extractor } from '../run.ts';
import { scoreBenchmark, type BenchmarkScore, type BenchmarkSplit } from './match.ts';
import { readReDocRed } from './redocred.ts';
import { readWikiEvents } from './wikievents.ts';

type Reader = (file: string, mappingFile?: string) => BenchmarkSplit;

/** The benchmarks `--benchmark` knows, by name. */
export const BENCHMARKS: Record<string, Reader> = { wikievents: readWikiEvents, redocred: readReDocRed };

export interface BenchmarkOptions {
  /** Mapping file to use instead of `eval/benchmarks/<name>.yaml`. */
  mapping?: string;
}

/** Reads, extracts and scores one benchmark file. */
export async function scoreBenchmarkFile(name: string, file: string, extract: Extractor, options: BenchmarkOptions = {}): Promise<BenchmarkScore> {
  const read = Object.hasOwn(BENCHMARKS, name) ? BENCHMARKS[name] : undefined;
  if (!read) throw new KgError(`eval: unknown benchmark "${name}"; use ${Object.keys(BENCHMARKS).join(' or ')}.`);
  const { documents, types } = read(file, options.mapping);
  const graph = await extract(documents.map((document) => document.article));
  return scoreBenchmark(documents, graph, types);
}

/** The report `--benchmark` prints: a header, the per-type table and the `NAME: P=… R=… F1=…` line. */
export async function runBenchmark(name: string, file: string, extract: Extractor, options: BenchmarkOptions = {}): Promise<string> {
  const score = await scoreBenchmarkFile(name, file, extract, options);
  return [
    `${name} ${file}: ${score.documents} documents, ${score.goldRelations} gold relations (types the benchmark cannot express are not scored)`,
    ...typeTable(score.byType, score.micro),
    `${name}: ${scores(score.micro)}`,
  ].join('\n');
}
